// The result types of the contract: what the renderer receives. Plain data, JSON-safe.
import type { NodeKind, Provenance, RelationKind, Status } from '../ontology';

import type { Language, Localized } from './languages';

export { LANGUAGES, LOCALE_TAGS, type Language, type Localized } from './languages';

/** Dates as the letter gives them: "YYYY", "YYYY-MM", "YYYY-MM-DD" or a period "YYYY–YYYY". */
export type DateMap = Readonly<Partial<Record<DateKey, string>>>;
export const DATE_KEYS = ['founded', 'signed', 'since', 'from', 'until', 'period', 'revised'] as const;
export type DateKey = (typeof DATE_KEYS)[number];

export type AttributeValue = string | number | boolean;

export interface Citation {
  readonly sourceId: string;
  readonly quote: string;
  /** Character offsets into the raw source text, so the viewer can highlight the exact passage. */
  readonly start: number;
  readonly end: number;
}

export interface NodeSummary {
  readonly id: string;
  readonly kind: NodeKind;
  readonly label: Localized;
  readonly status: Status | null;
  readonly dates: DateMap;
  /** `stated` by its quote, or the curator's `editorial` grouping (drawn and exported differently). */
  readonly provenance: Provenance;
  /** Number of relations this node takes part in, in the whole dataset. */
  readonly degree: number;
}

/** Only a node's summary fields, from anything that carries more (a detail, a snapshot's node). */
export const nodeSummaryOf = (n: NodeSummary): NodeSummary => ({
  id: n.id,
  kind: n.kind,
  label: n.label,
  status: n.status,
  dates: n.dates,
  provenance: n.provenance,
  degree: n.degree,
});

/** The user's own note on a node or relation (note.set): their words, never the letter's. */
export interface UserNote {
  readonly targetId: string;
  readonly text: string;
  readonly updatedAt: string;
}

export interface NodeDetail extends NodeSummary {
  readonly description: Localized;
  readonly aliases: readonly string[];
  readonly attributes: Readonly<Record<string, AttributeValue>>;
  readonly citations: readonly Citation[];
  /** Present when the user has written a note on this node. */
  readonly userNote?: UserNote;
}

export interface EdgeSummary {
  readonly id: string;
  readonly kind: RelationKind;
  readonly source: string;
  readonly target: string;
  readonly status: Status;
  readonly dates: DateMap;
  readonly provenance: Provenance;
  readonly note: Localized | null;
}

export interface EdgeDetail extends EdgeSummary {
  readonly citations: readonly Citation[];
  /** Present when the user has written a note on this relation. */
  readonly userNote?: UserNote;
}

export interface Neighbourhood {
  readonly centre: NodeSummary;
  readonly nodes: readonly NodeSummary[];
  readonly edges: readonly EdgeSummary[];
  /** Total relations of the centre matching the request; more pages follow while nextCursor is set. */
  readonly total: number;
  readonly nextCursor: string | null;
  /**
   * Asked with `among`: the other relations between this page's new nodes and between them and the
   * nodes among, so an expansion never shows two related nodes unconnected (one call, not two).
   */
  readonly joining?: readonly EdgeSummary[];
}

export interface Position {
  readonly x: number;
  readonly y: number;
}

export interface ElementsPage {
  readonly nodes: readonly NodeSummary[];
  readonly edges: readonly EdgeSummary[];
  /**
   * Where the dataset's precomputed overview layout places this page's nodes, by node id: the whole
   * graph laid out at build time. Empty when the dataset ships no overview.
   */
  readonly overview: Readonly<Record<string, Position>>;
  readonly nextCursor: string | null;
}

/** Nodes and the relations among them (see graph.subgraph and node.ego). */
export interface Subgraph {
  readonly nodes: readonly NodeSummary[];
  readonly edges: readonly EdgeSummary[];
  /** A cap was reached: more relations (or, for node.ego, more nodes) exist than were returned. */
  readonly truncated: boolean;
}

export interface EgoNetwork extends Subgraph {
  readonly centre: NodeSummary;
}

export interface SearchHit {
  readonly node: NodeSummary;
  /** The label or alias that matched, for showing why a result came up. */
  readonly matched: string;
}

export interface SourceMeta {
  readonly id: string;
  readonly title: Localized;
  readonly author: string;
  readonly kind: string;
  readonly language: string;
  readonly date: string | null;
  readonly reference: string | null;
}

export interface Mention {
  readonly nodeId: string;
  readonly kind: NodeKind;
  readonly start: number;
  readonly end: number;
}

export interface SourceDocument extends SourceMeta {
  /** The raw text exactly as shipped; citation and mention offsets point into it. */
  readonly text: string;
  readonly mentions: readonly Mention[];
}

export interface GraphInfo {
  readonly datasetVersion: string;
  readonly nodeCount: number;
  readonly edgeCount: number;
  /** The earliest year any node or relation's dates name (or the letter's year): where a year control starts. */
  readonly earliestYear: number;
  readonly sources: readonly SourceMeta[];
}

export interface Preferences {
  readonly language: Language;
}

export interface SavedViewSummary {
  readonly name: string;
  readonly updatedAt: string;
}

/** Full details of the nodes and relations asked for that exist (see graph.details). */
export interface GraphDetails {
  readonly nodes: readonly NodeDetail[];
  readonly edges: readonly EdgeDetail[];
}

/** The view the user last had open, kept apart from the named views so a restart can restore it. */
export interface LastView {
  readonly state: unknown;
  readonly updatedAt: string;
}

export interface SavedView extends SavedViewSummary {
  /** The renderer's view state, opaque to the service (validated as JSON, size-capped). */
  readonly state: unknown;
}
