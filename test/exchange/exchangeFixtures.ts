// Builders for exchange tests: two laptops (each a real service over the mini dataset with its own user
// database file), a document imported on one, and user nodes, relations and notes written straight
// into its user database, as curation stores them (the exchange does not depend on how they were made).
import { openSqlite } from '../../main/store/nativeBinding';
import type { ExchangeExport } from '../../shared/contract';
import { base64, openWorkbench, userDbFile, type Workbench } from '../documents/documentFixtures';

export const LETTER = [
  'Vervolgbrief over internationale politiesamenwerking.',
  'Europol en het RST in Curaçao werken samen in een nieuw Cyberteam Caribisch gebied.',
  'Het Cyberteam Caribisch gebied valt onder het Verdrag van Enschede.',
].join('\n\n');

export const laptop = (): Workbench => openWorkbench();

export async function importLetter(w: Workbench, text = LETTER): Promise<string> {
  return (await w.call('document.import', { fileName: 'vervolgbrief.txt', data: base64(text) })).document.id;
}

const STAMP = '2026-12-01T10:00:00.000Z';

function cite(text: string, documentId: string, phrase: string): [string, number, number, string] {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in the letter`);
  return [documentId, start, start + phrase.length, phrase];
}

/** Runs SQL on a laptop's user database through a second connection (WAL lets both in). */
export function onUserDb<T>(w: Workbench, work: (db: ReturnType<typeof openSqlite>) => T): T {
  const db = openSqlite(userDbFile(w), { fileMustExist: true });
  try {
    return work(db);
  } finally {
    db.close();
  }
}

export function addNode(w: Workbench, id: string, label: string, documentId: string, phrase = label): void {
  onUserDb(w, (db) =>
    db
      .prepare(
        `INSERT INTO user_node (id, kind, label_nl, label_en, status, dates, description, aliases, document_id,
           start_offset, end_offset, quote, created_at, updated_at)
         VALUES (?, 'national-organisation', ?, NULL, 'in-force', '{"from":"2026"}', '', '[]', ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, label, ...cite(LETTER, documentId, phrase), STAMP, STAMP),
  );
}

function addRelation(
  w: Workbench,
  id: string,
  source: string,
  target: string,
  documentId: string,
  phrase: string,
): void {
  onUserDb(w, (db) =>
    db
      .prepare(
        `INSERT INTO user_relation (id, kind, source, target, status, dates, document_id, start_offset, end_offset,
           quote, created_at, updated_at)
         VALUES (?, 'part-of', ?, ?, 'in-force', '{}', ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, source, target, ...cite(LETTER, documentId, phrase), STAMP, STAMP),
  );
}

export function setNote(w: Workbench, targetId: string, text: string): void {
  onUserDb(w, (db) =>
    db
      .prepare(
        `INSERT INTO user_note (target_id, text, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (target_id) DO UPDATE SET text = excluded.text`,
      )
      .run(targetId, text, STAMP),
  );
}

/** Everything in the user's tables, in a fixed order: equal before and after means nothing changed. */
export function userTables(w: Workbench): string {
  const tables = [
    'document',
    'document_mention',
    'user_node',
    'user_relation',
    'user_note',
    'preference',
    'saved_view',
  ];
  return onUserDb(w, (db) =>
    JSON.stringify([
      ...tables.map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()),
      db.prepare('SELECT document_id, page, start_offset, text FROM document_passage ORDER BY 1, 3').all(),
    ]),
  );
}

/** Laptop A with the letter, a node from it, a relation from that node to a bundle node, and notes. */
export async function laptopWithWork(): Promise<{ a: Workbench; documentId: string }> {
  const a = laptop();
  const documentId = await importLetter(a);
  addNode(a, 'user-node-cyberteam', 'Cyberteam Caribisch gebied', documentId);
  addRelation(
    a,
    'user-rel-cyberteam-enschede',
    'user-node-cyberteam',
    'treaty-of-enschede',
    documentId,
    LETTER.split('\n\n')[2] ?? '',
  );
  setNote(a, 'europol', 'Navragen bij Europol.');
  setNote(a, 'user-node-cyberteam', 'Nieuw team, volgen.');
  return { a, documentId };
}

export const bytesOf = (exported: ExchangeExport): Uint8Array => new Uint8Array(Buffer.from(exported.data, 'base64'));
