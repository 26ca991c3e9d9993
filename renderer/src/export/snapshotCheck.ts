// Checks an opened snapshot against the dataset through the contract: one graph.details call asks
// for every node and relation the file names, and each is found absent, different or matching.
import { MAX_DETAIL_EDGE_IDS, MAX_SUBGRAPH_IDS, type Language } from '../../../shared/contract';
import { client } from '../state/actions';
import { ex } from './exportStrings';
import type { Snapshot } from './formats/snapshotSchema';
import { verificationCounts, verifyAgainst, type Verification } from './formats/verification';

/** Every element of the snapshot compared with the dataset (the schema caps match the contract's). */
export async function checkSnapshot(snapshot: Snapshot): Promise<Verification> {
  const nodeIds = snapshot.nodes.map((n) => n.id).slice(0, MAX_SUBGRAPH_IDS);
  const edgeIds = snapshot.edges.map((e) => e.id).slice(0, MAX_DETAIL_EDGE_IDS);
  const dataset = await client().call('graph.details', { nodeIds, edgeIds });
  return verifyAgainst(snapshot, dataset);
}

/** What the user is told on opening: nothing when all matched, else the counts. */
export function verificationNotice(verification: Verification, language: Language): string | null {
  const { absent, differs } = verificationCounts(verification);
  if (absent + differs === 0) return null;
  return ex(language, 'unverified', absent, differs);
}
