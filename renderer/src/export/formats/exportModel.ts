// What every export is built from: the visible subgraph as plain data (sorted, so the same view
// always gives the same file), where each node stands, the language, and the dataset it came from.
import {
  isUserDocumentId,
  type DocumentSummary,
  type EdgeDetail,
  type EdgeSummary,
  type GraphInfo,
  type Language,
  type NodeDetail,
  type NodeSummary,
  type SourceMeta,
  type UserNote,
} from '../../../../shared/contract';
import { holdingIn, relationHoldingIn } from '../../../../shared/filters/asOf';
import type { Provenance, Status } from '../../../../shared/ontology';
import { verificationText, type Finding, type Verification } from './verification';
import { word } from './exportWords';
import { relationPhrase } from '../../i18n/relationPhrase';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface ExportGraph {
  readonly nodes: readonly NodeSummary[];
  readonly edges: readonly EdgeSummary[];
  /** Model positions (Cytoscape's, not screen pixels) of the nodes that have one. */
  readonly positions: ReadonlyMap<string, Point>;
  readonly language: Language;
  /**
   * What an opened snapshot put in view that the dataset does not back (absent or different), by
   * element id: every export marks these rows. Absent when nothing is unverified.
   */
  readonly verification?: Verification;
  /** The applied "as of" year, when one is: exports then say which elements it cannot date. */
  readonly asOfYear?: number;
}

const byIdCache = new WeakMap<ExportGraph, ReadonlyMap<string, NodeSummary>>();

/** The graph's nodes by id, built once per graph: a 100k-relation export looks up both ends of each. */
function nodesById(graph: ExportGraph): ReadonlyMap<string, NodeSummary> {
  const known = byIdCache.get(graph);
  if (known !== undefined) return known;
  const built = new Map(graph.nodes.map((n) => [n.id, n]));
  byIdCache.set(graph, built);
  return built;
}

/**
 * An element's standing in the applied year, as exports write it: `holds`, or `undated` when the
 * dataset cannot say it held then (the as-of rule's third outcome; `not` is never in view), or ''
 * when no year is applied. A relation answers for both its ends too, as on the canvas.
 */
export function asOfCell(graph: ExportGraph, element: NodeSummary | EdgeSummary): '' | 'holds' | 'undated' {
  const year = graph.asOfYear;
  if (year === undefined) return '';
  if (!('source' in element)) return holdingIn(element, year) === 'undated' ? 'undated' : 'holds';
  const nodes = nodesById(graph);
  const source = nodes.get(element.source);
  const target = nodes.get(element.target);
  if (source === undefined || target === undefined) return holdingIn(element, year) === 'undated' ? 'undated' : 'holds';
  return relationHoldingIn(element, source, target, year) === 'undated' ? 'undated' : 'holds';
}

/** The verification finding of one exported element, worded ("niet in de dataset"), or '' when verified. */
export function verificationCell(graph: ExportGraph, type: 'node' | 'edge', id: string): string {
  const finding: Finding | undefined = (type === 'node' ? graph.verification?.nodes : graph.verification?.edges)?.get(
    id,
  );
  return finding === undefined ? '' : verificationText(finding, graph.language);
}

/**
 * An element's provenance as exports write it: `stated` (its quote states it), `editorial` (the
 * curator's grouping) or `user` (the user's own addition, quoting their own document), so a memo built
 * from the file never passes a grouping or an addition off as the letter's words.
 */
export const provenanceCell = (element: Pick<NodeSummary, 'provenance'>): Provenance => element.provenance;

/** The user's own note on an element, as exports write it (their words, in a column of its own); '' for none. */
export const userNoteCell = (detail: { readonly userNote?: UserNote } | undefined): string =>
  detail?.userNote?.text ?? '';

/** How an export names a node (its label) and a relation ("A — werkt samen met → B") of this graph. */
export function elementNames(graph: ExportGraph): { node: (id: string) => string; edge: (id: string) => string } {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n.label[graph.language]]));
  const edges = new Map(graph.edges.map((e) => [e.id, e]));
  const node = (id: string): string => nodes.get(id) ?? id;
  const edge = (id: string): string => {
    const e = edges.get(id);
    return e === undefined ? id : relationPhrase(node(e.source), e.kind, node(e.target), graph.language);
  };
  return { node, edge };
}

/** Details fetched for an export (graph.details): descriptions and citations, by id. */
export interface ExportDetails {
  readonly nodes: ReadonlyMap<string, NodeDetail>;
  readonly edges: ReadonlyMap<string, EdgeDetail>;
}

/**
 * A relation's line per status, as the canvas draws it (canvas/graphStyle's STATUS_LINE, which sits
 * above this layer; a test holds the two equal): GEXF's edge shape and yEd's line type.
 */
export const STATUS_STROKE: { readonly [S in Status]: 'solid' | 'dashed' | 'dotted' } = {
  'in-force': 'solid',
  'pending-ratification': 'dashed',
  planned: 'dashed',
  ambition: 'dotted',
  historical: 'solid',
};

/**
 * The colour of the user's own additions, as the canvas draws them (canvas/graphStyle's USER_MARK,
 * which sits above this layer; a test holds the two equal): legends, yEd and Gephi graphics.
 */
export const USER_COLOUR = '#6A3D9A';

/** An element's citations as one cell: one line per quote, `source: “quote”`. */
export const citationsCell = (citations: readonly { sourceId: string; quote: string }[] | undefined): string =>
  (citations ?? []).map((c) => `${c.sourceId}: “${c.quote}”`).join('\n');

export const NO_DETAILS: ExportDetails = { nodes: new Map(), edges: new Map() };

export function detailsFrom(nodes: readonly NodeDetail[], edges: readonly EdgeDetail[]): ExportDetails {
  return { nodes: new Map(nodes.map((n) => [n.id, n])), edges: new Map(edges.map((e) => [e.id, e])) };
}

const byId = <T extends { readonly id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const byKey = <T>([a]: readonly [string, T], [b]: readonly [string, T]): number => (a < b ? -1 : a > b ? 1 : 0);

/** The visible graph in a stable order: exports must not depend on the order things were loaded in. */
export function exportGraph(
  nodes: Iterable<NodeSummary>,
  edges: Iterable<EdgeSummary>,
  positions: ReadonlyMap<string, Point>,
  language: Language,
  verification?: Verification,
  asOfYear?: number,
): ExportGraph {
  const sortedNodes = [...nodes].sort(byId);
  const ids = new Set(sortedNodes.map((n) => n.id));
  const sortedEdges = [...edges].filter((e) => ids.has(e.source) && ids.has(e.target)).sort(byId);
  const kept = new Map([...positions].filter(([id]) => ids.has(id)));
  const edgeIds = new Set(sortedEdges.map((e) => e.id));
  const flagged =
    verification === undefined || verification.nodes.size + verification.edges.size === 0
      ? {}
      : {
          verification: {
            nodes: new Map([...verification.nodes].filter(([id]) => ids.has(id)).sort(byKey)),
            edges: new Map([...verification.edges].filter(([id]) => edgeIds.has(id)).sort(byKey)),
          },
        };
  const year = asOfYear === undefined ? {} : { asOfYear };
  return { nodes: sortedNodes, edges: sortedEdges, positions: kept, language, ...flagged, ...year };
}

/**
 * A source's title in the language asked, for citations. A user document (its id starts `user-doc-`)
 * is found among `info.sources` once withUserDocuments has added it; one since deleted is named as the
 * user's, never left as a bare id that could pass for the letter.
 */
export function sourceTitle(info: Pick<GraphInfo, 'sources'>, sourceId: string, language: Language): string {
  const source: SourceMeta | undefined = info.sources.find((s) => s.id === sourceId);
  if (source !== undefined) return source.title[language];
  return isUserDocumentId(sourceId) ? word(language, 'documentGone') : sourceId;
}

/**
 * The bundled sources followed by the user's own documents, each titled as theirs ("Verslag JIT
 * (eigen document)"), so a user addition's citation names the user's document and never the letter.
 */
export function withUserDocuments<I extends Pick<GraphInfo, 'sources'>>(
  info: I,
  documents: readonly DocumentSummary[],
): I {
  const own = documents.map((d): SourceMeta => ({
    id: d.id,
    title: { nl: word('nl', 'ownDocument', d.title), en: word('en', 'ownDocument', d.title) },
    author: d.author ?? '',
    kind: d.kind,
    language: d.language ?? '',
    date: d.date,
    reference: null,
  }));
  return { ...info, sources: [...info.sources, ...own] };
}

/** Positions rounded to a hundredth of a pixel: byte-identical files whatever the float noise. */
export const roundCoordinate = (value: number): number => Math.round(value * 100) / 100;
