// The visible subgraph as two CSV tables (nodes.csv, edges.csv) and as one zip holding both. Cells
// that a spreadsheet would run as a formula are neutralised; dates, labels in both languages and the
// citations travel along so the tables stand on their own.
import { strToU8, zipSync } from 'fflate';
import Papa from 'papaparse';
import {
  DATE_KEYS,
  type DateMap,
  type EdgeSummary,
  type NodeSummary,
  type UserNote,
} from '../../../../shared/contract';
import { NODE_KIND_INFO, RELATION_KIND_INFO, STATUS_INFO } from '../../../../shared/ontology';
import {
  citationsCell,
  provenanceCell,
  userNoteCell,
  asOfCell,
  roundCoordinate,
  verificationCell,
  type ExportDetails,
  type ExportGraph,
} from './exportModel';
import { FORMULA_START } from './formulaSafe';

/** The column separator: ';' is what Excel expects under Dutch regional settings. */
export type CsvSeparator = ';' | ',';

type Cell = string | number;

const dateCells = (dates: DateMap): Cell[] => DATE_KEYS.map((key) => dates[key] ?? '');

function toCsv(fields: readonly string[], rows: Cell[][], delimiter: CsvSeparator): string {
  // CRLF: what RFC 4180 and Excel expect. A byte-order mark tells Excel the file is UTF-8 (ë, é).
  return `\uFEFF${Papa.unparse({ fields: [...fields], data: rows }, { escapeFormulae: FORMULA_START, newline: '\r\n', delimiter })}\r\n`;
}

/**
 * The columns both tables end with: where the element is written, how it was checked, whose it is,
 * whether it holds in the year applied (as_of_year / as_of: blank without a year), the user's note.
 */
const TRACE_COLUMNS = ['citations', 'verification', 'provenance', 'as_of_year', 'as_of', 'user_note'] as const;

function traceCells(
  graph: ExportGraph,
  type: 'node' | 'edge',
  element: NodeSummary | EdgeSummary,
  detail: { readonly citations: Parameters<typeof citationsCell>[0]; readonly userNote?: UserNote } | undefined,
): Cell[] {
  return [
    citationsCell(detail?.citations),
    verificationCell(graph, type, element.id),
    provenanceCell(element),
    graph.asOfYear ?? '',
    asOfCell(graph, element),
    userNoteCell(detail),
  ];
}

export function nodesCsv(graph: ExportGraph, details?: ExportDetails, separator: CsvSeparator = ','): string {
  const { language } = graph;
  const fields = ['id', 'label_nl', 'label_en', 'kind', 'kind_label', 'status', ...DATE_KEYS];
  const rows = graph.nodes.map((n) => {
    const position = graph.positions.get(n.id);
    const detail = details?.nodes.get(n.id);
    return [
      n.id,
      n.label.nl,
      n.label.en,
      n.kind,
      NODE_KIND_INFO[n.kind].label[language],
      n.status ?? '',
      ...dateCells(n.dates),
      n.degree,
      position === undefined ? '' : roundCoordinate(position.x),
      position === undefined ? '' : roundCoordinate(position.y),
      NODE_KIND_INFO[n.kind].colour,
      NODE_KIND_INFO[n.kind].shape,
      detail?.description[language] ?? '',
      ...traceCells(graph, 'node', n, detail),
    ];
  });
  const columns = [...fields, 'degree', 'x', 'y', 'colour', 'shape', 'description', ...TRACE_COLUMNS];
  return toCsv(columns, rows, separator);
}

export function edgesCsv(graph: ExportGraph, details?: ExportDetails, separator: CsvSeparator = ','): string {
  const { language } = graph;
  const fields = ['id', 'source', 'target', 'kind', 'relation', 'status', 'status_label', ...DATE_KEYS];
  const rows = graph.edges.map((e) => [
    e.id,
    e.source,
    e.target,
    e.kind,
    RELATION_KIND_INFO[e.kind].label[language],
    e.status,
    STATUS_INFO[e.status].label[language],
    ...dateCells(e.dates),
    e.note?.nl ?? '',
    e.note?.en ?? '',
    ...traceCells(graph, 'edge', e, details?.edges.get(e.id)),
  ]);
  // as_of_year / as_of: the applied year, and whether each element holds in it or is undated (blank without a year).
  // note_nl / note_en are the dataset's notes; user_note is the user's own, in their words, kept apart.
  const columns = [...fields, 'note_nl', 'note_en', ...TRACE_COLUMNS];
  return toCsv(columns, rows, separator);
}

/** A fixed time inside the zip, so the same view gives the same bytes (zip stores a modification time). */
const ZIP_TIME = new Date(Date.UTC(2020, 0, 1));

/** Both tables in one zip; `separator` ';' for Excel with Dutch regional settings. */
export function csvZip(graph: ExportGraph, details?: ExportDetails, separator: CsvSeparator = ','): Uint8Array {
  return zipSync(
    {
      'nodes.csv': strToU8(nodesCsv(graph, details, separator)),
      'edges.csv': strToU8(edgesCsv(graph, details, separator)),
    },
    { mtime: ZIP_TIME, level: 6 },
  );
}
