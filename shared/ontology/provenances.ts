// Where an element comes from: `stated` when its quote states it (the only kind a memo may present
// as the letter's words), `editorial` when it is the curator's grouping, `user` when this user made it
// from a passage of one of their own documents (never in the bundle); append, never reorder.
import type { Localized } from '../contract/languages';

export const PROVENANCES = ['stated', 'editorial', 'user'] as const;

export type Provenance = (typeof PROVENANCES)[number];

/** What an element without a `provenance` in the dataset is. */
export const DEFAULT_PROVENANCE: Provenance = 'stated';

export const PROVENANCE_INFO: {
  readonly [P in Provenance]: { readonly label: Localized };
} = {
  stated: { label: { nl: 'Uit de brief', en: 'Stated in the letter' } },
  editorial: { label: { nl: 'Redactionele groepering', en: 'Editorial grouping' } },
  user: { label: { nl: 'Eigen toevoeging', en: 'Your addition' } },
};
