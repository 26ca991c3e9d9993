// What changed between two versions of a view (two snapshots, or a snapshot and the current data):
// nodes and relations added or removed, changed in status or dates, and citations added or removed.
// Pure, sorted by id, so the list and the canvas marks are stable.
import type { Citation, DateMap, EdgeDetail, NodeDetail } from '../../../../shared/contract';
import type { Status } from '../../../../shared/ontology';

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface Side {
  readonly nodes: ReadonlyMap<string, NodeDetail>;
  readonly edges: ReadonlyMap<string, EdgeDetail>;
}

export interface ElementChange<T> {
  readonly id: string;
  readonly change: ChangeKind;
  /** The element as it was (absent when added) and as it is (absent when removed). */
  readonly before?: T;
  readonly after?: T;
  readonly statusBefore?: Status | null;
  readonly statusAfter?: Status | null;
  readonly datesChanged: boolean;
  readonly citationsAdded: readonly Citation[];
  readonly citationsRemoved: readonly Citation[];
}

export interface GraphDiff {
  readonly nodes: readonly ElementChange<NodeDetail>[];
  readonly edges: readonly ElementChange<EdgeDetail>[];
}

const citationKey = (c: Citation): string => `${c.sourceId}\u0000${c.quote}`;

function citationChanges(before: readonly Citation[], after: readonly Citation[]) {
  const was = new Set(before.map(citationKey));
  const is = new Set(after.map(citationKey));
  return {
    citationsAdded: after.filter((c) => !was.has(citationKey(c))),
    citationsRemoved: before.filter((c) => !is.has(citationKey(c))),
  };
}

const sameDates = (a: DateMap, b: DateMap): boolean => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof DateMap>;
  return [...keys].every((k) => a[k] === b[k]);
};

function compare<T extends NodeDetail | EdgeDetail>(
  before: ReadonlyMap<string, T>,
  after: ReadonlyMap<string, T>,
): ElementChange<T>[] {
  const ids = [...new Set([...before.keys(), ...after.keys()])].sort();
  return ids.flatMap((id): ElementChange<T>[] => {
    const was = before.get(id);
    const is = after.get(id);
    if (was === undefined && is !== undefined) {
      return [
        {
          id,
          change: 'added',
          after: is,
          statusAfter: is.status,
          datesChanged: false,
          citationsAdded: is.citations,
          citationsRemoved: [],
        },
      ];
    }
    if (is === undefined && was !== undefined) {
      return [
        {
          id,
          change: 'removed',
          before: was,
          statusBefore: was.status,
          datesChanged: false,
          citationsAdded: [],
          citationsRemoved: was.citations,
        },
      ];
    }
    if (was === undefined || is === undefined) return [];
    const citations = citationChanges(was.citations, is.citations);
    const datesChanged = !sameDates(was.dates, is.dates);
    const statusChanged = was.status !== is.status;
    if (!statusChanged && !datesChanged && citations.citationsAdded.length + citations.citationsRemoved.length === 0) {
      return [];
    }
    return [
      {
        id,
        change: 'changed',
        before: was,
        after: is,
        statusBefore: was.status,
        statusAfter: is.status,
        datesChanged,
        ...citations,
      },
    ];
  });
}

export function diffGraphs(before: Side, after: Side): GraphDiff {
  return { nodes: compare(before.nodes, after.nodes), edges: compare(before.edges, after.edges) };
}

export const isEmptyDiff = (diff: GraphDiff): boolean => diff.nodes.length === 0 && diff.edges.length === 0;

/** Element id → change, for the canvas's highlight classes. */
export function diffMarks(diff: GraphDiff): { nodes: Map<string, ChangeKind>; edges: Map<string, ChangeKind> } {
  return {
    nodes: new Map(diff.nodes.map((c) => [c.id, c.change])),
    edges: new Map(diff.edges.map((c) => [c.id, c.change])),
  };
}
