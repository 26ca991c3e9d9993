// Which nodes and relations a view shows: kinds, statuses, provenances and "as of" a year. Pure and
// JSON-serialisable, so the renderer's filters, saved views and the service's path, pattern and
// matrix queries all apply the very same rules; the year rule itself lives in asOf.ts.
import type { EdgeSummary, NodeSummary } from '../contract/types';
import type { NodeKind, Provenance, RelationKind, Status } from '../ontology';
import { holdingIn, type Datable } from './asOf';

export { REFERENCE_YEAR, validity } from './asOf';

export interface FilterSpec {
  /** Absent: every kind. */
  readonly nodeKinds?: readonly NodeKind[];
  readonly relationKinds?: readonly RelationKind[];
  readonly statuses?: readonly Status[];
  /** Absent: every provenance; `['stated', 'user']` hides the curator's editorial groupings, `['stated']` the user's additions too. */
  readonly provenances?: readonly Provenance[];
  /** Show the network as it stood (or is planned to stand) in this year. */
  readonly asOfYear?: number;
}

/** Whether an element may be shown "as of" a year: it holds, or the dataset cannot say (marked `undated`). */
export function holdsIn(status: Status | null, dates: Datable['dates'], year: number): boolean {
  return holdingIn({ status, dates }, year) !== 'not';
}

export function nodePasses(
  node: Pick<NodeSummary, 'kind' | 'status' | 'dates'> & { readonly provenance?: NodeSummary['provenance'] },
  spec: FilterSpec,
): boolean {
  if (spec.nodeKinds !== undefined && !spec.nodeKinds.includes(node.kind)) return false;
  if (spec.provenances !== undefined && !spec.provenances.includes(node.provenance ?? 'stated')) return false;
  if (spec.asOfYear !== undefined && !holdsIn(node.status, node.dates, spec.asOfYear)) return false;
  return true;
}

/**
 * The relation on its own. Views that show a relation only between shown nodes may use it alone;
 * anything that meets a relation without its ends first uses relationPasses.
 */
export function edgePasses(
  edge: Pick<EdgeSummary, 'kind' | 'status' | 'dates'> & { readonly provenance?: EdgeSummary['provenance'] },
  spec: FilterSpec,
): boolean {
  if (spec.relationKinds !== undefined && !spec.relationKinds.includes(edge.kind)) return false;
  if (spec.statuses !== undefined && !spec.statuses.includes(edge.status)) return false;
  if (spec.provenances !== undefined && !spec.provenances.includes(edge.provenance ?? 'stated')) return false;
  if (spec.asOfYear !== undefined && !holdsIn(edge.status, edge.dates, spec.asOfYear)) return false;
  return true;
}

/** A relation and both its ends: a relation is shown only where both ends are. */
export function relationPasses(
  edge: Parameters<typeof edgePasses>[0],
  source: Parameters<typeof nodePasses>[0],
  target: Parameters<typeof nodePasses>[0],
  spec: FilterSpec,
): boolean {
  return edgePasses(edge, spec) && nodePasses(source, spec) && nodePasses(target, spec);
}
