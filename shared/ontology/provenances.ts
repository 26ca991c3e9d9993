// Where an element comes from: `stated` when its quote states it (the only kind a memo may present
// as the letter's words), `editorial` when it is the curator's grouping. The workbench will add
// `user` (made by this user from one of their own documents); append, never reorder.
import type { Localized } from '../contract/languages';

export const PROVENANCES = ['stated', 'editorial'] as const;

export type Provenance = (typeof PROVENANCES)[number];

/** What an element without a `provenance` in the dataset is. */
export const DEFAULT_PROVENANCE: Provenance = 'stated';

export const PROVENANCE_INFO: {
  readonly [P in Provenance]: { readonly label: Localized };
} = {
  stated: { label: { nl: 'Uit de brief', en: 'Stated in the letter' } },
  editorial: { label: { nl: 'Redactionele groepering', en: 'Editorial grouping' } },
};
