// Which nodes and relations a view shows: kinds, statuses and "as of" a year. Pure and
// JSON-serialisable, so the renderer's filters, saved views and the service's path and pattern
// queries all apply the very same rules.
import type { DateMap, EdgeSummary, NodeSummary } from '../contract/types';
import type { NodeKind, RelationKind, Status } from '../ontology';

export interface FilterSpec {
  /** Absent: every kind. */
  readonly nodeKinds?: readonly NodeKind[];
  readonly relationKinds?: readonly RelationKind[];
  readonly statuses?: readonly Status[];
  /** Show the network as it stood (or is planned to stand) in this year. */
  readonly asOfYear?: number;
}

/** The year the source letter speaks from: "now" for statuses without dates. */
export const REFERENCE_YEAR = 2019;

const yearOf = (value: string | undefined): number | undefined => {
  const match = value === undefined ? null : /^(\d{4})/.exec(value);
  return match?.[1] === undefined ? undefined : Number(match[1]);
};

/** First and last year an element holds, from the dates the letter gives. */
export function validity(dates: DateMap): { from?: number; until?: number } {
  const period = dates.period?.split(/\s*[–-]\s*/);
  const from =
    yearOf(dates.from) ?? yearOf(dates.since) ?? yearOf(dates.signed) ?? yearOf(dates.founded) ?? yearOf(period?.[0]);
  const until = yearOf(dates.until) ?? yearOf(period?.[1]);
  return { ...(from === undefined ? {} : { from }), ...(until === undefined ? {} : { until }) };
}

/** Whether something with this status and these dates is part of the network in `year`. */
export function holdsIn(status: Status | null, dates: DateMap, year: number): boolean {
  const { from, until } = validity(dates);
  if (from !== undefined && year < from) return false;
  if (until !== undefined && year > until) return false;
  switch (status) {
    case 'historical':
      // Ended before the letter unless its dates say otherwise.
      return until !== undefined || year < REFERENCE_YEAR;
    case 'planned':
    case 'ambition':
    case 'pending-ratification':
      // Not yet there before the letter, unless a date says when it starts.
      return from !== undefined || year >= REFERENCE_YEAR;
    default:
      return true;
  }
}

export function nodePasses(node: Pick<NodeSummary, 'kind' | 'status' | 'dates'>, spec: FilterSpec): boolean {
  if (spec.nodeKinds !== undefined && !spec.nodeKinds.includes(node.kind)) return false;
  if (spec.asOfYear !== undefined && !holdsIn(node.status, node.dates, spec.asOfYear)) return false;
  return true;
}

export function edgePasses(edge: Pick<EdgeSummary, 'kind' | 'status' | 'dates'>, spec: FilterSpec): boolean {
  if (spec.relationKinds !== undefined && !spec.relationKinds.includes(edge.kind)) return false;
  if (spec.statuses !== undefined && !spec.statuses.includes(edge.status)) return false;
  if (spec.asOfYear !== undefined && !holdsIn(edge.status, edge.dates, spec.asOfYear)) return false;
  return true;
}
