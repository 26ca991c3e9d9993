// Turns bundled-database rows into contract types. JSON columns were written by bundleWriter.
import type { Citation, DateMap, EdgeSummary, NodeDetail, NodeSummary } from '../../shared/contract';
import type { NodeKind, Provenance, RelationKind, Status } from '../../shared/ontology';

export interface NodeRow {
  nid: number;
  id: string;
  kind: string;
  label_nl: string;
  label_en: string;
  status: string | null;
  dates: string;
  provenance: string;
  degree: number;
}

export interface NodeDetailRow extends NodeRow {
  description_nl: string;
  description_en: string;
  aliases: string;
  attributes: string;
}

export interface EdgeRow {
  eid: number;
  id: string;
  kind: string;
  source: string;
  target: string;
  status: string;
  dates: string;
  provenance: string;
  note_nl: string | null;
  note_en: string | null;
}

export interface CitationRow {
  source_id: string;
  quote: string;
  start_offset: number;
  end_offset: number;
}

export function toNodeSummary(row: NodeRow): NodeSummary {
  return {
    id: row.id,
    kind: row.kind as NodeKind,
    label: { nl: row.label_nl, en: row.label_en },
    status: row.status as Status | null,
    dates: JSON.parse(row.dates) as DateMap,
    provenance: row.provenance as Provenance,
    degree: row.degree,
  };
}

export function toNodeDetail(row: NodeDetailRow, citations: readonly CitationRow[]): NodeDetail {
  return {
    ...toNodeSummary(row),
    description: { nl: row.description_nl, en: row.description_en },
    aliases: JSON.parse(row.aliases) as string[],
    attributes: JSON.parse(row.attributes) as NodeDetail['attributes'],
    citations: citations.map(toCitation),
  };
}

/** The columns a relation row has in the bundle and in the user database alike, as the contract reads them. */
export function toRelationCore(
  row: Pick<EdgeRow, 'id' | 'kind' | 'source' | 'target' | 'status' | 'dates'>,
): Pick<EdgeSummary, 'id' | 'kind' | 'source' | 'target' | 'status' | 'dates'> {
  return {
    id: row.id,
    kind: row.kind as RelationKind,
    source: row.source,
    target: row.target,
    status: row.status as Status,
    dates: JSON.parse(row.dates) as DateMap,
  };
}

export function toEdgeSummary(row: EdgeRow): EdgeSummary {
  return {
    ...toRelationCore(row),
    provenance: row.provenance as Provenance,
    note: row.note_nl === null || row.note_en === null ? null : { nl: row.note_nl, en: row.note_en },
  };
}

export function toCitation(row: CitationRow): Citation {
  return { sourceId: row.source_id, quote: row.quote, start: row.start_offset, end: row.end_offset };
}
