// The status of a node or relation, read from the letter's tense: what exists, what awaits ratification,
// what the strategic agenda says will be done, what is aspired to, and what ended or was replaced.
import type { Localized } from '../contract/languages';

export const STATUSES = ['in-force', 'pending-ratification', 'planned', 'ambition', 'historical'] as const;

export type Status = (typeof STATUSES)[number];

export const STATUS_INFO: { readonly [S in Status]: { readonly label: Localized } } = {
  'in-force': { label: { nl: 'Van kracht / bestaand', en: 'In force / existing' } },
  'pending-ratification': { label: { nl: 'Wacht op goedkeuring', en: 'Pending ratification' } },
  planned: { label: { nl: 'Gepland', en: 'Planned' } },
  ambition: { label: { nl: 'Ambitie', en: 'Ambition' } },
  historical: { label: { nl: 'Historisch / vervangen', en: 'Historical / replaced' } },
};
