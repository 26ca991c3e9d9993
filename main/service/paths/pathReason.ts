// Why each found path was chosen, as data the renderer words: its length, how many of its hops
// pass only generic relations (and which kinds), whether it is among the shortest, and whether a
// path of the same length through substantive relations was ranked before it.
import type { EdgeSummary, PathReason } from '../../../shared/contract';
import { isGenericRelation, type RelationKind } from '../../../shared/ontology';

/** A path as its hops, each hop as the relations between its two nodes. */
type HopRelations = readonly (readonly EdgeSummary[])[];

const genericHopsOf = (hops: HopRelations) =>
  hops.filter((relations) => relations.every((r) => isGenericRelation(r.kind)));

/** Given every path found, the function that tells one of them why it was chosen. */
export function pathReasons(paths: readonly HopRelations[]): (hops: HopRelations) => PathReason {
  const shortest = Math.min(...paths.map((hops) => hops.length));
  const fewestGeneric = new Map<number, number>();
  for (const hops of paths) {
    const count = genericHopsOf(hops).length;
    fewestGeneric.set(hops.length, Math.min(count, fewestGeneric.get(hops.length) ?? count));
  }
  return (hops) => {
    const generic = genericHopsOf(hops);
    const genericKinds: RelationKind[] = [];
    for (const r of generic.flat()) if (!genericKinds.includes(r.kind)) genericKinds.push(r.kind);
    return {
      hops: hops.length,
      genericHops: generic.length,
      genericKinds,
      shortest: hops.length === shortest,
      afterSubstantive: generic.length > (fewestGeneric.get(hops.length) ?? generic.length),
    };
  };
}
