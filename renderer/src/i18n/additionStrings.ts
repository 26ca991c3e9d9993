// UI strings that mark the user's own additions (provenance `user`) where elements are shown: the
// legend's entry, the filter's check box, the relation list's chip. Dutch and English with the same keys. The mark's short name
// itself is PROVENANCE_INFO.user.label ("Eigen toevoeging"), shared with the exports.
import { translator } from './stringTable';

const nl = {
  userLegend: 'Eigen toevoeging (paars, dubbele rand)',
  showUser: 'Eigen toevoegingen tonen',
  userTitle: 'Eigen toevoeging: door u toegevoegd uit een eigen document, niet de woorden van de brief',
  ownDocument: 'eigen document',
};

export type AdditionStringKey = keyof typeof nl;

const en: Record<AdditionStringKey, string> = {
  userLegend: 'Your addition (purple, double outline)',
  showUser: 'Show your additions',
  userTitle: "Your addition: added by you from one of your own documents, not the letter's words",
  ownDocument: 'your document',
};

export const ta = translator<AdditionStringKey>({ nl, en });
