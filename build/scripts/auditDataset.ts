// The audit worksheet for the curated dataset (docs/data-audit.md describes the method). For each
// relation it prints both ends' names and whether each quote names both ends, the quote's tense cues
// next to the relation's status, and any time cue on an undated element. It decides nothing: a
// flagged line is a question for someone reading the letter, not a verdict.
//   npx tsx build/scripts/auditDataset.ts [--all] [--mentions] [--data data]
import { resolve } from 'node:path';
import type { NodeEntry, RelationEntry } from '../../main/dataset/entrySchemas';
import { loadDataset } from '../../main/dataset/loadDataset';
import { timeCuesIn } from '../../main/dataset/timeCues';
import { normalise } from '../../shared/text/normalisedText';

/** Verb cues in Dutch, each with the statuses it fits; a status outside that set is flagged. */
const TENSE_CUES: readonly { readonly name: string; readonly pattern: RegExp; readonly fits: readonly string[] }[] = [
  { name: 'future (zal/zullen/gaat)', pattern: /\b(?:zal|zullen|gaat)\b/i, fits: ['planned', 'ambition'] },
  { name: 'coming period', pattern: /\bkomende\b/i, fits: ['planned', 'ambition'] },
  {
    name: 'ambition (streven/wil/inzetten/verkennen)',
    pattern: /\b(?:streeft|streven|wil|willen|verkennen|verkent|ambitie)\b/i,
    fits: ['ambition', 'planned'],
  },
  {
    name: 'pending (goedkeuring/inwerkingtreding)',
    pattern: /\b(?:goedkeuring|inwerkingtreding)\b/i,
    fits: ['pending-ratification'],
  },
  {
    name: 'past (heeft/hebben … / plaatsgemaakt)',
    pattern: /\b(?:plaatsgemaakt|vervangen|voorheen)\b/i,
    fits: ['historical', 'in-force'],
  },
];

interface Names {
  readonly label: string;
  readonly names: readonly string[];
  readonly implicit?: RegExp;
}

// The letter's speaker, its addressee and the letter itself are named without their labels: the
// minister writes "ik" and "mijn ministerie" to the House as "u", and every quote is a sentence of
// the letter. These are the only references the script accepts besides labels and aliases; any
// other is for the reader to judge.
const IMPLICIT: Readonly<Record<string, RegExp>> = {
  'minister-of-justice-and-security': /\b(?:ik|mijn|me)\b/i,
  'ministry-of-justice-and-security': /\bmijn (?:ministerie|departement)\b/i,
  'house-of-representatives': /\b(?:u|uw)\b/i,
  'kamerbrief-visie-ips': /./,
};

function namesOf(node: NodeEntry): Names {
  const all = [node.label.nl, node.label.en, ...node.aliases];
  const implicit = IMPLICIT[node.id];
  return {
    label: node.label.en,
    names: [...new Set(all.map((n) => normalise(n)))],
    ...(implicit === undefined ? {} : { implicit }),
  };
}

/**
 * A name where a word starts: "liaison" finds "liaisons" and "Europol" finds "Europol-strategie",
 * but "RST" is not found in "eerst". An acronym ("OM", "SIS") must match whole and in capitals,
 * or the Dutch "om" would name the Public Prosecution Service.
 */
function containsName(text: string, name: string): boolean {
  const acronym = name.length <= 6 && /\p{Lu}/u.test(name) && name === name.toUpperCase();
  const haystack = acronym ? text : text.toLowerCase();
  const needle = acronym ? name : name.toLowerCase();
  if (needle.length === 0) return false;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const before = /\p{L}/u.test(haystack.charAt(at - 1));
    const after = /\p{L}/u.test(haystack.charAt(at + needle.length));
    if (!before && !(acronym && after)) return true;
  }
  return false;
}

function mentions(quote: string, names: Names): boolean {
  const text = normalise(quote);
  return names.names.some((n) => containsName(text, n)) || (names.implicit?.test(quote) ?? false);
}

interface Row {
  readonly file: string;
  readonly id: string;
  readonly lines: string[];
  readonly flags: string[];
}

function auditRelation(file: string, rel: RelationEntry, nodes: ReadonlyMap<string, Names>): Row {
  const from = nodes.get(rel.from) ?? { label: `?${rel.from}`, names: [] };
  const to = nodes.get(rel.to) ?? { label: `?${rel.to}`, names: [] };
  const flags: string[] = [];
  const lines = [
    `${rel.id}  [${rel.kind}, ${rel.status}${rel.provenance === undefined ? '' : `, ${rel.provenance}`}]` +
      `  ${JSON.stringify(rel.dates)}`,
    `  from ${rel.from} = ${from.label} {${from.names.join(' | ')}}`,
    `  to   ${rel.to} = ${to.label} {${to.names.join(' | ')}}`,
  ];
  let bothInOne = false;
  let fromNamed = false;
  let toNamed = false;
  for (const { quote } of rel.citations) {
    const a = mentions(quote, from);
    const b = mentions(quote, to);
    bothInOne ||= a && b;
    fromNamed ||= a;
    toNamed ||= b;
    const tenses = TENSE_CUES.filter((c) => c.pattern.test(quote));
    const misfit = tenses.filter((c) => !c.fits.includes(rel.status)).map((c) => c.name);
    const cues = timeCuesIn(quote);
    lines.push(`  quote [from ${a ? 'yes' : 'NO'}, to ${b ? 'yes' : 'NO'}] "${quote}"`);
    if (misfit.length > 0) flags.push(`status ${rel.status} vs ${misfit.join(', ')}`);
    if (cues.length > 0 && Object.keys(rel.dates).length === 0 && rel.timeNote === undefined) {
      flags.push(`time cue without date: ${cues.join(', ')}`);
    }
  }
  if (rel.provenance !== 'editorial') {
    if (!fromNamed) flags.push(`no quote names the source ${rel.from}`);
    if (!toNamed) flags.push(`no quote names the target ${rel.to}`);
    if (fromNamed && toNamed && !bothInOne) flags.push('no quote names both ends (each is named in a different quote)');
  }
  return { file, id: rel.id, lines, flags: [...new Set(flags)] };
}

function auditNode(file: string, node: NodeEntry): Row {
  const names = namesOf(node);
  const flags: string[] = [];
  const lines = [`${node.id}  [${node.kind}${node.status === undefined ? '' : `, ${node.status}`}]  ${node.label.en}`];
  if (!node.citations.some((c) => mentions(c.quote, names))) flags.push('no quote names the node');
  for (const { quote } of node.citations) {
    const cues = timeCuesIn(quote);
    if (cues.length > 0 && Object.keys(node.dates).length === 0 && node.timeNote === undefined) {
      flags.push(`time cue without date: ${cues.join(', ')}`);
    }
  }
  return { file, id: node.id, lines, flags: [...new Set(flags)] };
}

/** Sentences of the letter, normalised, split where a sentence ends. */
function sentencesOf(text: string): string[] {
  return normalise(text)
    .split(/(?<=[.!?])\s+(?=[A-Z«•–0-9])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * "Opening a node shows what the letter says about it": the letter's sentences that name a node
 * while no citation of the node or of any of its relations lies in that sentence.
 */
function uncitedMentions(loaded: ReturnType<typeof loadDataset>, names: ReadonlyMap<string, Names>): string[] {
  const letter = loaded.sources[0];
  if (letter === undefined) return [];
  const sentences = sentencesOf(letter.text);
  const cited = new Map<string, string[]>();
  const cite = (id: string, quote: string): void => {
    cited.set(id, [...(cited.get(id) ?? []), normalise(quote).slice(0, 60)]);
  };
  for (const { entry } of loaded.nodes) for (const c of entry.citations) cite(entry.id, c.quote);
  for (const { entry } of loaded.relations) {
    for (const c of entry.citations) {
      cite(entry.from, c.quote);
      cite(entry.to, c.quote);
    }
  }
  const lines: string[] = [];
  for (const [id, n] of names) {
    const quotes = cited.get(id) ?? [];
    for (const s of sentences) {
      if (!n.names.some((name) => containsName(s, name))) continue;
      if (quotes.some((q) => s.includes(q) || q.includes(s.slice(0, 60)))) continue;
      lines.push(`${id}: "${s}"`);
    }
  }
  return lines;
}

function main(): void {
  const at = process.argv.indexOf('--data');
  const dataDir = resolve(at === -1 ? 'data' : (process.argv[at + 1] ?? 'data'));
  const showAll = process.argv.includes('--all');
  const loaded = loadDataset(dataDir);
  if (loaded.problems.length > 0) {
    console.error(loaded.problems.map((p) => `${p.file}: ${p.message}`).join('\n'));
    process.exit(1);
  }
  const names = new Map(loaded.nodes.map(({ entry }) => [entry.id, namesOf(entry)]));
  const rows = [
    ...loaded.nodes.map(({ file, entry }) => auditNode(file, entry)),
    ...loaded.relations.map(({ file, entry }) => auditRelation(file, entry, names)),
  ];
  for (const row of rows) {
    if (!showAll && row.flags.length === 0) continue;
    console.log(`${row.file}: ${row.lines.join('\n')}`);
    for (const flag of row.flags) console.log(`  FLAG ${flag}`);
  }
  const uncited = process.argv.includes('--mentions') ? uncitedMentions(loaded, names) : [];
  if (uncited.length > 0)
    console.log(`\nSentences that name a node none of whose citations lies there:\n${uncited.join('\n')}`);
  const flagged = rows.filter((r) => r.flags.length > 0);
  const count = (text: string): number => flagged.filter((r) => r.flags.some((f) => f.startsWith(text))).length;
  console.log(
    `\n${String(loaded.nodes.length)} nodes, ${String(loaded.relations.length)} relations checked; ` +
      `${String(flagged.length)} flagged: ${String(count('no quote names the'))} with an end no quote names, ` +
      `${String(count('no quote names both'))} with the ends in different quotes, ` +
      `${String(count('status'))} status/tense, ${String(count('time cue'))} time cue without date`,
  );
}

main();
