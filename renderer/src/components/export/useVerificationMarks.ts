// The canvas's marks for an opened snapshot's unverified elements: element id → 'absent' or
// 'differs', for what the canvas holds now (state/verificationSlice.ts), recomputed only when the
// claims or the loaded elements change.
import { useMemo } from 'react';
import { useAtlas } from '../../state/store';
import { shownFindings } from '../../state/verificationSlice';

export function useVerificationMarks(): {
  readonly unverifiedNodes: ReadonlyMap<string, string>;
  readonly unverifiedEdges: ReadonlyMap<string, string>;
} {
  const claims = useAtlas((s) => s.snapshotClaims);
  const nodes = useAtlas((s) => s.nodes);
  const edges = useAtlas((s) => s.edges);
  return useMemo(() => {
    const found = shownFindings(claims, nodes, edges);
    const states = (m: ReadonlyMap<string, { readonly state: string }>) =>
      new Map([...m].map(([id, f]) => [id, f.state]));
    return { unverifiedNodes: states(found.nodes), unverifiedEdges: states(found.edges) };
  }, [claims, nodes, edges]);
}
