// What the last opened snapshot claimed that the dataset does not back: findings by element id,
// each with the very summary object the snapshot put on the canvas. A mark holds only while that
// object is still what the canvas shows: once the element is loaded again from the dataset (an
// expansion, a search), the genuine one replaces it and the mark goes with it.
import type { EdgeSummary, NodeSummary } from '../../../shared/contract';
import type { Finding, Verification } from '../export/formats/verification';
import type { GraphSlice } from './graphSlice';

interface Claimed<T> {
  readonly finding: Finding;
  readonly shown: T;
}

export interface VerificationSlice {
  readonly snapshotClaims: {
    readonly nodes: ReadonlyMap<string, Claimed<NodeSummary>>;
    readonly edges: ReadonlyMap<string, Claimed<EdgeSummary>>;
  };
}

export const initialVerification: VerificationSlice = { snapshotClaims: { nodes: new Map(), edges: new Map() } };

/** Records the findings of a snapshot just shown, against the summaries it put on the canvas. */
export const setSnapshotClaims =
  (verification: Verification, nodes: readonly NodeSummary[], edges: readonly EdgeSummary[]) =>
  <S extends VerificationSlice>(state: S): S => {
    const claimed = <T extends { readonly id: string }>(items: readonly T[], found: ReadonlyMap<string, Finding>) =>
      new Map(
        items.flatMap((shown): [string, Claimed<T>][] => {
          const finding = found.get(shown.id);
          return finding === undefined ? [] : [[shown.id, { finding, shown }]];
        }),
      );
    return {
      ...state,
      snapshotClaims: { nodes: claimed(nodes, verification.nodes), edges: claimed(edges, verification.edges) },
    };
  };

/** The findings that still apply to what the canvas holds (see the module comment). */
export function shownFindings(
  claims: VerificationSlice['snapshotClaims'],
  nodes: GraphSlice['nodes'],
  edges: GraphSlice['edges'],
): Verification {
  const still = <T>(map: ReadonlyMap<string, Claimed<T>>, loaded: ReadonlyMap<string, T>) =>
    new Map([...map].filter(([id, c]) => loaded.get(id) === c.shown).map(([id, c]) => [id, c.finding]));
  return { nodes: still(claims.nodes, nodes), edges: still(claims.edges, edges) };
}

export const selectShownFindings = (state: GraphSlice & VerificationSlice): Verification =>
  shownFindings(state.snapshotClaims, state.nodes, state.edges);

/** The finding for one element the canvas holds now, or null when the dataset backs it. */
export function findingFor(state: GraphSlice & VerificationSlice, type: 'node' | 'edge', id: string): Finding | null {
  const claim = type === 'node' ? state.snapshotClaims.nodes.get(id) : state.snapshotClaims.edges.get(id);
  const loaded = type === 'node' ? state.nodes.get(id) : state.edges.get(id);
  return claim !== undefined && loaded === claim.shown ? claim.finding : null;
}
