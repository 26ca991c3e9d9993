// A snapshot file may come from anyone: each of its nodes and relations is compared with the
// dataset (graph.details) before it is shown. An element the dataset lacks is "not in the dataset";
// one whose label, kind, status, dates, description, note, endpoints or citations differ "differs
// from the dataset". Pure; the findings are marked on the canvas, in the detail panel and in exports.
import type { GraphDetails, Language, Localized } from '../../../../shared/contract';
import type { SnapshotEdge, SnapshotNode } from './snapshotSchema';

export const VERIFICATION_STATES = ['absent', 'differs'] as const;
export type VerificationState = (typeof VERIFICATION_STATES)[number];

export interface Finding {
  readonly state: VerificationState;
  /** The fields that differ (empty when absent), in a fixed order, e.g. ["status", "target"]. */
  readonly fields: readonly string[];
}

/** Findings by element id; an element without one matched the dataset. */
export interface Verification {
  readonly nodes: ReadonlyMap<string, Finding>;
  readonly edges: ReadonlyMap<string, Finding>;
}

export const NOTHING_FOUND: Verification = { nodes: new Map(), edges: new Map() };

/** Canonical JSON (sorted keys) so two values compare equal whatever their key order. */
const same = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The fields compared, in the order findings list them. Degree is derived, not a fact: left out. */
// Provenance too, once elements carry one: a snapshot must not pass the curator's grouping off as stated.
const NODE_FIELDS = [
  'kind',
  'label',
  'status',
  'dates',
  'description',
  'aliases',
  'attributes',
  'citations',
  'provenance',
];
const EDGE_FIELDS = ['kind', 'source', 'target', 'status', 'dates', 'note', 'citations', 'provenance'];

/** A snapshot element, read-only, so the dataset's own types (NodeDetail, EdgeDetail) fit too. */
type Claimed<T> = { readonly [K in keyof T]: T[K] extends (infer U)[] ? readonly U[] : T[K] };

/** Any element: interfaces have no index signature, so fields are read through `field`. */
type Fields = object;
const field = (element: Fields, name: string): unknown => (element as Readonly<Record<string, unknown>>)[name];

function compare(claimed: Fields, stored: Fields | undefined, fields: readonly string[]): Finding | null {
  if (stored === undefined) return { state: 'absent', fields: [] };
  // Only what both sides state is compared: a field an older file lacks claims nothing, and one the
  // dataset does not give (yet) cannot be checked.
  const differing = fields.filter((f) => f in claimed && f in stored && !same(field(claimed, f), field(stored, f)));
  return differing.length === 0 ? null : { state: 'differs', fields: differing };
}

export function verifyAgainst(
  claimed: { readonly nodes: readonly Claimed<SnapshotNode>[]; readonly edges: readonly Claimed<SnapshotEdge>[] },
  dataset: GraphDetails,
): Verification {
  const storedNodes = new Map<string, Fields>(dataset.nodes.map((n) => [n.id, n]));
  const storedEdges = new Map<string, Fields>(dataset.edges.map((e) => [e.id, e]));
  const findings = <T extends { readonly id: string }>(items: readonly T[], check: (item: T) => Finding | null) =>
    new Map(
      items.flatMap((item): [string, Finding][] => {
        const finding = check(item);
        return finding === null ? [] : [[item.id, finding]];
      }),
    );
  return {
    nodes: findings(claimed.nodes, (n) => compare(n, storedNodes.get(n.id), NODE_FIELDS)),
    edges: findings(claimed.edges, (e) => compare(e, storedEdges.get(e.id), EDGE_FIELDS)),
  };
}

const WORDS: { readonly [S in VerificationState]: Localized } = {
  absent: { nl: 'niet in de dataset', en: 'not in the dataset' },
  differs: { nl: 'wijkt af van de dataset', en: 'differs from the dataset' },
};

/** "niet in de dataset" / "wijkt af van de dataset (status, target)". */
export function verificationText(finding: Finding, language: Language): string {
  const words = WORDS[finding.state][language];
  return finding.fields.length === 0 ? words : `${words} (${finding.fields.join(', ')})`;
}

/** How many elements are absent and how many differ. */
export function verificationCounts(v: Verification): { readonly absent: number; readonly differs: number } {
  const all = [...v.nodes.values(), ...v.edges.values()];
  return {
    absent: all.filter((f) => f.state === 'absent').length,
    differs: all.filter((f) => f.state === 'differs').length,
  };
}

const SUMMARY = {
  nl: (n: number) =>
    `Let op: ${String(n)} element(en) in deze weergave komen uit een geopende momentopname en worden niet door de dataset gedekt; ze zijn gemarkeerd.`,
  en: (n: number) =>
    `Note: ${String(n)} element(s) in this view come from an opened snapshot and are not backed by the dataset; they are marked.`,
} as const;

/** One warning line for an export's header, or null when every element is backed by the dataset. */
export function verificationSummary(v: Verification | undefined, language: Language): string | null {
  const count = v === undefined ? 0 : v.nodes.size + v.edges.size;
  return count === 0 ? null : SUMMARY[language](count);
}

/** The unverified elements as lines ("Politie van Atlantis — niet in de dataset"), nodes then relations. */
export function unverifiedLines(
  v: Verification | undefined,
  names: { readonly node: (id: string) => string; readonly edge: (id: string) => string },
  language: Language,
): string[] {
  if (v === undefined) return [];
  return [
    ...[...v.nodes].map(([id, f]) => `${names.node(id)} — ${verificationText(f, language)}`),
    ...[...v.edges].map(([id, f]) => `${names.edge(id)} — ${verificationText(f, language)}`),
  ];
}
