// Writes and reads the JSON snapshot. Writing is deterministic (keys sorted, elements sorted by id,
// coordinates rounded, no timestamp), so the same view gives the same bytes. Reading never throws:
// it names the first thing wrong, so the user learns why a file was refused.
import type { z } from 'zod';
import type { PatternQuery } from '../../../../shared/analysis/patternQuery';
import { firstIssue } from '../../../../shared/contract/zodIssue';
import type { FilterSpec } from '../../../../shared/filters/graphFilter';
import { roundCoordinate, type ExportDetails, type ExportGraph } from './exportModel';
import { roundedViewport, type Viewport } from './viewport';
import type { Side } from './graphDiff';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, snapshotSchema, type Snapshot, type SnapshotNode } from './snapshotSchema';

export interface SnapshotInput {
  readonly graph: ExportGraph;
  readonly details: ExportDetails;
  readonly datasetVersion: string;
  readonly pinned: ReadonlySet<string>;
  readonly selection: {
    readonly nodes: ReadonlySet<string>;
    readonly edges: ReadonlySet<string>;
    readonly focus: { readonly type: 'node' | 'edge'; readonly id: string } | null;
  };
  readonly viewport: Viewport;
  readonly filters: FilterSpec;
  readonly layout: Snapshot['layout'];
  readonly edgeLabels: boolean;
  readonly pattern: PatternQuery | null;
}

/** JSON with object keys sorted at every level: the file's bytes depend only on its content. */
export function canonicalJson(value: unknown): string {
  const sortKeys = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sortKeys);
    if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
      return Object.fromEntries(
        entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, x]) => [k, sortKeys(x)]),
      );
    }
    return v;
  };
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

const sorted = (ids: Iterable<string>, keep: (id: string) => boolean): string[] => [...ids].filter(keep).sort();

export function buildSnapshot(input: SnapshotInput): Snapshot {
  const { graph, details } = input;
  const nodeIds = new Set(graph.nodes.map((n) => n.id));
  const edgeIds = new Set(graph.edges.map((e) => e.id));
  const nodes = graph.nodes.map((n): SnapshotNode => {
    const d = details.nodes.get(n.id);
    return {
      ...n,
      description: d?.description ?? { nl: '', en: '' },
      aliases: [...(d?.aliases ?? [])],
      attributes: { ...(d?.attributes ?? {}) },
      citations: [...(d?.citations ?? [])],
      dates: { ...n.dates },
    };
  });
  const edges = graph.edges.map((e) => ({
    ...e,
    dates: { ...e.dates },
    citations: [...(details.edges.get(e.id)?.citations ?? [])],
  }));
  const focus = input.selection.focus;
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    dataset: { version: input.datasetVersion },
    language: graph.language,
    nodes,
    edges,
    positions: Object.fromEntries(
      [...graph.positions].map(([id, p]) => [id, [roundCoordinate(p.x), roundCoordinate(p.y)] as [number, number]]),
    ),
    pinned: sorted(input.pinned, (id) => nodeIds.has(id)),
    selection: {
      nodes: sorted(input.selection.nodes, (id) => nodeIds.has(id)),
      edges: sorted(input.selection.edges, (id) => edgeIds.has(id)),
      focus: focus !== null && (focus.type === 'node' ? nodeIds : edgeIds).has(focus.id) ? { ...focus } : null,
    },
    viewport: roundedViewport(input.viewport, roundCoordinate),
    filters: structuredClone(input.filters) as Snapshot['filters'],
    layout: input.layout,
    edgeLabels: input.edgeLabels,
    pattern: input.pattern === null ? null : structuredClone(input.pattern),
  };
}

export const snapshotJson = (input: SnapshotInput): string => canonicalJson(buildSnapshot(input));

/** Why a file is not a snapshot this app can open; the UI words it in the user's language. */
export type SnapshotProblem =
  | { readonly kind: 'not-json' }
  | { readonly kind: 'not-snapshot' }
  | { readonly kind: 'newer-version'; readonly version: number }
  | { readonly kind: 'invalid'; readonly field: string; readonly detail: string };

export type SnapshotRead =
  { readonly ok: true; readonly snapshot: Snapshot } | { readonly ok: false; readonly problem: SnapshotProblem };

const invalidSnapshot = (error: z.ZodError): SnapshotProblem => ({ kind: 'invalid', ...firstIssue(error) });

/** References inside the file that the schema cannot see: relations and selections to nodes it lacks. */
function danglingReference(s: Snapshot): SnapshotProblem | null {
  const nodes = new Set<string>();
  for (const [i, n] of s.nodes.entries()) {
    if (nodes.has(n.id)) return { kind: 'invalid', field: `nodes.${String(i)}.id`, detail: `"${n.id}" appears twice` };
    nodes.add(n.id);
  }
  const edges = new Set(s.edges.map((e) => e.id));
  for (const [i, e] of s.edges.entries()) {
    for (const end of ['source', 'target'] as const) {
      if (!nodes.has(e[end]))
        return { kind: 'invalid', field: `edges.${String(i)}.${end}`, detail: `"${e[end]}" is not among the nodes` };
    }
  }
  const missing = (list: readonly string[], known: Set<string>, field: string): SnapshotProblem | null => {
    const i = list.findIndex((id) => !known.has(id));
    return i < 0
      ? null
      : { kind: 'invalid', field: `${field}.${String(i)}`, detail: `"${list[i] ?? ''}" is not in the snapshot` };
  };
  return (
    missing(Object.keys(s.positions), nodes, 'positions') ??
    missing(s.pinned, nodes, 'pinned') ??
    missing(s.selection.nodes, nodes, 'selection.nodes') ??
    missing(s.selection.edges, edges, 'selection.edges')
  );
}

export function readSnapshot(text: string): SnapshotRead {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: { kind: 'not-json' } };
  }
  const head = value as { format?: unknown; version?: unknown } | null;
  if (head === null || typeof head !== 'object' || head.format !== SNAPSHOT_FORMAT) {
    return { ok: false, problem: { kind: 'not-snapshot' } };
  }
  if (typeof head.version === 'number' && head.version > SNAPSHOT_VERSION) {
    return { ok: false, problem: { kind: 'newer-version', version: head.version } };
  }
  const parsed = snapshotSchema.safeParse(value);
  if (!parsed.success) return { ok: false, problem: invalidSnapshot(parsed.error) };
  const dangling = danglingReference(parsed.data);
  return dangling === null ? { ok: true, snapshot: parsed.data } : { ok: false, problem: dangling };
}

/** A snapshot's elements by id, as one side of a comparison. */
export function snapshotSide(snapshot: Snapshot): Side {
  return {
    nodes: new Map(snapshot.nodes.map((n) => [n.id, n])),
    edges: new Map(snapshot.edges.map((e) => [e.id, e])),
  };
}
