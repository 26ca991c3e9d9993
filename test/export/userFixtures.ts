// The user's own additions beside the small fixture view: an imported document, a node and a relation
// curated from its passages (provenance `user`, citations into that document), and the user's notes
// on a bundled node and on their own relation. Builders shared by the export tests.
import type { DocumentSummary, EdgeDetail, NodeDetail, UserNote } from '../../shared/contract';
import {
  detailsFrom,
  exportGraph,
  type ExportDetails,
  type ExportGraph,
} from '../../renderer/src/export/formats/exportModel';
import { EDGES, NODES, POSITIONS } from './exportFixtures';

export const USER_DOC_ID = 'user-doc-0001';
export const USER_DOC_TITLE = 'Verslag JIT Noordzee 2025';
export const USER_QUOTE = 'Het JIT Noordzee is in 2025 door Nederland en Duitsland opgericht.';
export const NODE_NOTE = 'Navragen bij de liaison in Wiesbaden.';
export const RELATION_NOTE = 'Eigen inschatting: loopt tot 2027.';

export const USER_DOCUMENT: DocumentSummary = {
  id: USER_DOC_ID,
  title: USER_DOC_TITLE,
  author: 'Adviseur',
  date: '2025-06',
  kind: 'report',
  language: 'nl',
  format: 'pdf',
  fileName: 'jit-noordzee.pdf',
  byteSize: 4096,
  pageCount: 3,
  charCount: 900,
  mentionCount: 4,
  importedAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
};

const note = (targetId: string, text: string): UserNote => ({ targetId, text, updatedAt: '2026-03-02T09:00:00.000Z' });

const citation = { sourceId: USER_DOC_ID, quote: USER_QUOTE, start: 120, end: 120 + USER_QUOTE.length };

export const USER_NODE: NodeDetail = {
  id: 'user-node-jit-noordzee',
  kind: 'instrument',
  label: { nl: 'JIT Noordzee', en: 'JIT Noordzee' },
  status: 'in-force',
  dates: { from: '2025' },
  provenance: 'user',
  degree: 1,
  description: { nl: 'Gemeenschappelijk onderzoeksteam.', en: 'Joint investigation team.' },
  aliases: [],
  attributes: {},
  citations: [citation],
};

export const USER_EDGE: EdgeDetail = {
  id: 'user-rel-netherlands-uses-jit',
  kind: 'uses',
  source: 'netherlands',
  target: USER_NODE.id,
  status: 'in-force',
  dates: { from: '2025' },
  provenance: 'user',
  note: null,
  citations: [citation],
  userNote: note('user-rel-netherlands-uses-jit', RELATION_NOTE),
};

/** The bundled Netherlands, with the user's note on it. */
export const NETHERLANDS_NOTED: NodeDetail = (() => {
  const found = NODES.find((n) => n.id === 'netherlands');
  if (found === undefined) throw new Error('fixture has no netherlands');
  return { ...found, userNote: note('netherlands', NODE_NOTE) };
})();

const USER_NODES: NodeDetail[] = [...NODES.filter((n) => n.id !== 'netherlands'), NETHERLANDS_NOTED, USER_NODE];
const USER_EDGES: EdgeDetail[] = [...EDGES, USER_EDGE];

export function userGraph(language: 'nl' | 'en' = 'nl', asOfYear?: number): ExportGraph {
  const positions = new Map([...POSITIONS, [USER_NODE.id, { x: 40, y: -90 }]]);
  return exportGraph(USER_NODES, USER_EDGES, positions, language, undefined, asOfYear);
}

export function userDetails(): ExportDetails {
  return detailsFrom(USER_NODES, USER_EDGES);
}
