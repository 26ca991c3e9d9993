// Which relation kinds the ontology allows between the pattern's two sides, so the builder offers
// the handful that can match rather than all of them.
import type { PatternDirection } from '../../../shared/analysis/patternQuery';
import { RELATION_KIND_INFO, RELATION_KINDS, type NodeKind, type RelationKind } from '../../../shared/ontology';

const meets = (allowed: readonly NodeKind[], kinds: readonly NodeKind[] | null): boolean =>
  kinds === null || kinds.some((kind) => allowed.includes(kind));

/**
 * Relation kinds that can join a subject of `subjectKinds` to an object of `objectKinds` in the
 * direction asked (null: any kind on that side).
 */
export function relationKindsBetween(
  subjectKinds: readonly NodeKind[] | null,
  objectKinds: readonly NodeKind[] | null,
  direction: PatternDirection,
): RelationKind[] {
  return RELATION_KINDS.filter((kind) => {
    const { from, to } = RELATION_KIND_INFO[kind];
    const forward = meets(from, subjectKinds) && meets(to, objectKinds);
    const backward = meets(from, objectKinds) && meets(to, subjectKinds);
    return direction === 'forward' ? forward : direction === 'backward' ? backward : forward || backward;
  });
}
