// Strings for what the canvas leaves out on a large graph: the hub question, the hub and overview
// notices. Numbers are formatted in the language's own way (4.800 / 4,800) by `count`.
import { LOCALE_TAGS, type Language } from '../../../shared/contract';
import { translator } from './stringTable';

const nl = {
  hubTitle: '{0} buren — toon de {1} meest verbonden, of kies per soort',
  hubMostConnected: 'Toon de {0} meest verbonden',
  hubByKind: 'Of kies een soort relatie:',
  hubKind: '{0} ({1})',
  hubCounting: 'Relaties per soort tellen…',
  cancel: 'Annuleren',
  hubLeftOut: '{0} van {1} relaties van {2} getoond, de meest verbonden eerst; {3} weggelaten.',
  loadMore: 'Toon {0} meer',
  overviewLeftOut:
    'Overzicht: {0} van {1} knopen getoond, de meest verbonden van elke soort; {2} weggelaten. Zoek of klap een knoop uit voor de rest.',
  overviewKinds: 'Per soort getoond: {0}',
  dismiss: 'Sluiten',
  leftOutRegion: 'Weggelaten',
};

const en: Record<keyof typeof nl, string> = {
  hubTitle: '{0} neighbours — show the {1} most connected, or pick by kind',
  hubMostConnected: 'Show the {0} most connected',
  hubByKind: 'Or pick a kind of relation:',
  hubKind: '{0} ({1})',
  hubCounting: 'Counting relations by kind…',
  cancel: 'Cancel',
  hubLeftOut: '{0} of {1} relations of {2} shown, most connected first; {3} left out.',
  loadMore: 'Show {0} more',
  overviewLeftOut:
    'Overview: {0} of {1} nodes shown, the most connected of each kind; {2} left out. Search or expand a node for the rest.',
  overviewKinds: 'Shown per kind: {0}',
  dismiss: 'Close',
  leftOutRegion: 'Left out',
};

export type ScaleStringKey = keyof typeof nl;

export const ts = translator<ScaleStringKey>({ nl, en });

/** A count as the language writes it: 4.800 in Dutch, 4,800 in English. */
export const count = (language: Language, n: number): string => n.toLocaleString(LOCALE_TAGS[language]);
