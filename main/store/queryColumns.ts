// Column lists and row types the analysis query modules share with graphStore's own queries.
import type { SqliteStatement } from './nativeBinding';
import type { EdgeRow, NodeRow } from './rowMapping';

/** Prepares (once) a statement on the bundled database; handed to query modules by GraphStore. */
export type PrepareSql = (text: string) => SqliteStatement;

/** Returns the column list unchanged; its type makes a NodeRow field left out of the list a compile error. */
function everyNodeField<const C extends readonly (keyof NodeRow)[]>(
  columns: C &
    ([Exclude<keyof NodeRow, C[number]>] extends [never] ? unknown : { missing: Exclude<keyof NodeRow, C[number]> }),
): C {
  return columns;
}

/** The one list of node columns: NODE_COLS and ENDPOINT_COLS derive from it. */
const NODE_COLUMNS = everyNodeField([
  'nid',
  'id',
  'kind',
  'label_nl',
  'label_en',
  'status',
  'dates',
  'provenance',
  'degree',
]);

export const NODE_COLS = NODE_COLUMNS.map((c) => `n.${c}`).join(', ');
export const EDGE_COLS =
  'e.eid, e.id, e.kind, s.id AS source, t.id AS target, e.status, e.dates, e.provenance, e.note_nl, e.note_en';
/** A relation's own columns, its ends as node keys (for callers that read the end nodes anyway). */
export const RELATION_COLS =
  'e.eid, e.id, e.kind, e.source_nid, e.target_nid, e.status, e.dates, e.provenance, e.note_nl, e.note_en';
export type RelationRow = Omit<EdgeRow, 'source' | 'target'> & { source_nid: number; target_nid: number };
export const EDGE_FROM = 'edge e JOIN node s ON s.nid = e.source_nid JOIN node t ON t.nid = e.target_nid';

/** Node columns of both endpoints of an edge, prefixed, for queries that return edges with their ends. */
export const ENDPOINT_COLS = ['s', 't']
  .map((a) => NODE_COLUMNS.map((c) => `${a}.${c} AS ${a}_${c}`).join(', '))
  .join(', ');

export type EndpointRow = { readonly [K in keyof NodeRow as `${'s' | 't'}_${K}`]: NodeRow[K] };

export function endpoint(row: EndpointRow, side: 's' | 't'): NodeRow {
  return side === 's'
    ? {
        nid: row.s_nid,
        id: row.s_id,
        kind: row.s_kind,
        label_nl: row.s_label_nl,
        label_en: row.s_label_en,
        status: row.s_status,
        dates: row.s_dates,
        provenance: row.s_provenance,
        degree: row.s_degree,
      }
    : {
        nid: row.t_nid,
        id: row.t_id,
        kind: row.t_kind,
        label_nl: row.t_label_nl,
        label_en: row.t_label_en,
        status: row.t_status,
        dates: row.t_dates,
        provenance: row.t_provenance,
        degree: row.t_degree,
      };
}
