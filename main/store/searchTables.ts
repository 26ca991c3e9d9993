// Compile-time tables that keep search and paging instant at 100k nodes and a million relations:
// the top nodes for every 1–3 letter prefix (by tier, then degree), the vocabulary of name words
// with their trigrams (near spellings read candidates from an index, never from memory), and each
// node's relation count per kind (a neighbours page's total without counting a hub's relations).
import { nameWords, namePrefixes, trigrams } from './nameIndex';
import type { SqliteDatabase } from './nativeBinding';

/** Nodes kept per prefix: the contract's largest suggest page. */
export const PREFIX_TOP_K = 50;

interface NameRow {
  nid: number;
  label_nl: string;
  label_en: string;
  aliases: string;
}

type Ranked = [nid: number, name: string][];

export function writeSearchTables(db: SqliteDatabase): void {
  db.exec(`INSERT INTO degree_by_kind (nid, kind, n)
    SELECT nid, kind, count(*) FROM (SELECT source_nid AS nid, kind FROM edge
      UNION ALL SELECT target_nid, kind FROM edge WHERE target_nid <> source_nid) GROUP BY nid, kind`);
  // Best-connected first, so each prefix's lists fill with the nodes a user most likely means.
  const rows = db
    .prepare('SELECT nid, label_nl, label_en, aliases FROM node ORDER BY degree DESC, nid')
    .iterate() as Iterable<NameRow>;
  const byPrefix = new Map<string, [Ranked, Ranked, Ranked]>();
  const words = new Map<string, number>();
  for (const row of rows) {
    const names = [row.label_nl, row.label_en, ...(JSON.parse(row.aliases) as string[])];
    for (const [prefix, { tier, name }] of namePrefixes(names)) {
      let tiers = byPrefix.get(prefix);
      if (tiers === undefined) byPrefix.set(prefix, (tiers = [[], [], []]));
      const list = tiers[tier];
      if (list.length < PREFIX_TOP_K) list.push([row.nid, name]);
    }
    for (const word of new Set(names.flatMap(nameWords)))
      if (word.length >= 2 && /\p{L}/u.test(word)) words.set(word, (words.get(word) ?? 0) + 1);
  }
  const insertPrefix = db.prepare('INSERT INTO name_prefix (prefix, pos, nid, name) VALUES (?, ?, ?, ?)');
  for (const [prefix, tiers] of byPrefix)
    tiers
      .flat()
      .slice(0, PREFIX_TOP_K)
      .forEach(([nid, name], pos) => insertPrefix.run(prefix, pos, nid, name));
  const insertWord = db.prepare('INSERT INTO name_word (word, len, nodes) VALUES (?, ?, ?)');
  const insertGram = db.prepare('INSERT INTO word_gram (gram, len, wid) VALUES (?, ?, ?)');
  for (const [word, nodes] of words) {
    const wid = Number(insertWord.run(word, word.length, nodes).lastInsertRowid);
    for (const gram of trigrams(word)) insertGram.run(gram, word.length, wid);
  }
}
