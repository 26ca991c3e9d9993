// Every UI string in Dutch (the default) and English. Data labels come from the dataset itself.
import { translator } from './stringTable';

const nl = {
  appTitle: 'IPS Atlas',
  tagline: 'Internationale politiesamenwerking',
  searchLabel: 'Zoek een actor, verdrag, instrument of fenomeen',
  searchPlaceholder: 'Zoek… (Ctrl+K)',
  noResults: 'Geen resultaten voor',
  emptyCanvas: 'Zoek hierboven een actor, bijvoorbeeld Europol, om te beginnen.',
  kind: 'Soort',
  status: 'Status',
  aliases: 'Ook genoemd',
  dates: 'Data',
  attributes: 'Kenmerken',
  sources: 'Bronnen',
  relations: 'Relaties',
  from: 'Van',
  to: 'Naar',
  close: 'Sluiten',
  switchLanguage: 'English',
  switchLanguageLabel: 'Switch to English',
  detailPanel: 'Details',
  canvasLabel: 'Netwerkweergave',
  loading: 'Laden…',
  sourceViewer: 'Brontekst',
  closeSource: 'Brontekst sluiten',
  footnotes: 'Voetnoten',
  openInSource: 'Toon in de brontekst',
};

export type StringKey = keyof typeof nl;

const en: Record<StringKey, string> = {
  appTitle: 'IPS Atlas',
  tagline: 'International police cooperation',
  searchLabel: 'Search an actor, treaty, instrument or phenomenon',
  searchPlaceholder: 'Search… (Ctrl+K)',
  noResults: 'No results for',
  emptyCanvas: 'Search above for an actor, for example Europol, to begin.',
  kind: 'Kind',
  status: 'Status',
  aliases: 'Also called',
  dates: 'Dates',
  attributes: 'Attributes',
  sources: 'Sources',
  relations: 'Relations',
  from: 'From',
  to: 'To',
  close: 'Close',
  switchLanguage: 'Nederlands',
  switchLanguageLabel: 'Schakel naar Nederlands',
  detailPanel: 'Details',
  canvasLabel: 'Network view',
  loading: 'Loading…',
  sourceViewer: 'Source text',
  closeSource: 'Close the source text',
  footnotes: 'Footnotes',
  openInSource: 'Show in the source text',
};

export const t = translator<StringKey>({ nl, en });
