// The words the exported documents use (briefing, PDF, change list), in Dutch and English. Kept with
// the builders, which run outside React; the UI's own strings live in renderer/src/i18n.
import { translator } from '../../i18n/stringTable';
import { LOCALE_TAGS, type Language } from '../../../../shared/contract';

const nl = {
  briefing: 'Briefing',
  relations: 'Relaties',
  description: 'Beschrijving',
  sources: 'Bronnen',
  unverified: 'Niet door de dataset gedekt (uit een geopende momentopname):',
  source: 'Bron',
  noRelations: 'Geen relaties in de weergave.',
  noDescription: 'Geen beschrijving.',
  datasetVersion: 'Datasetversie',
  exported: 'Geëxporteerd op',
  scopeNote: 'Relaties zoals zichtbaar in de weergave; elk feit met het citaat uit de bron.',
  changesTitle: 'Wijzigingen sinds de vorige briefing',
  changesSince: 'Vergeleken met',
  noChanges: 'Geen wijzigingen.',
  added: 'Toegevoegd',
  removed: 'Verwijderd',
  changed: 'Gewijzigd',
  status: 'status',
  dates: 'data gewijzigd',
  citationAdded: 'citaat toegevoegd',
  citationRemoved: 'citaat vervallen',
  legend: 'Legenda',
  undatedIn: 'niet gedateerd in {0}',
  editorialLegend: 'Redactionele groepering (gestippeld, grijs)',
  page: 'Pagina',
  of: 'van',
  relationsShown: 'relaties in beeld',
  nodesShown: 'actoren en onderwerpen in beeld',
  scopeVisible: 'Reikwijdte: het zichtbare netwerk ({0} actoren en onderwerpen).',
  scopeSelection: 'Reikwijdte: de selectie ({0} actoren en onderwerpen).',
  scopePath: 'Reikwijdte: het gemarkeerde pad ({0} actoren en onderwerpen).',
  sourceList: 'Bronnenlijst',
  supports: 'onderbouwt',
  packSources: 'bronnen',
  packBriefing: 'briefing',
  packPicture: 'netwerk',
  asOf: 'Stand in {0}',
  userLegend: 'Eigen toevoeging (paars, dubbele rand)',
  ownDocument: '{0} (eigen document)',
  documentGone: 'eigen document, inmiddels verwijderd',
  userNote: 'Eigen notitie',
  userAdditions: 'eigen toevoegingen',
  userScope:
    'Gemarkeerd als “eigen toevoeging”: door de gebruiker toegevoegd uit een eigen document, met het citaat uit dat document; niet de woorden van de brief.',
};

export type WordKey = keyof typeof nl;

const en: Record<WordKey, string> = {
  briefing: 'Briefing',
  relations: 'Relations',
  description: 'Description',
  sources: 'Sources',
  unverified: 'Not backed by the dataset (from an opened snapshot):',
  source: 'Source',
  noRelations: 'No relations in the view.',
  noDescription: 'No description.',
  datasetVersion: 'Dataset version',
  exported: 'Exported on',
  scopeNote: 'Relations as shown in the view; each fact with its quote from the source.',
  changesTitle: 'Changes since the last briefing',
  changesSince: 'Compared with',
  noChanges: 'No changes.',
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
  status: 'status',
  dates: 'dates changed',
  citationAdded: 'quote added',
  citationRemoved: 'quote dropped',
  legend: 'Legend',
  undatedIn: 'undated in {0}',
  editorialLegend: 'Editorial grouping (dotted, grey)',
  page: 'Page',
  of: 'of',
  relationsShown: 'relations shown',
  nodesShown: 'actors and subjects shown',
  scopeVisible: 'Scope: the visible network ({0} actors and subjects).',
  scopeSelection: 'Scope: the selection ({0} actors and subjects).',
  scopePath: 'Scope: the highlighted path ({0} actors and subjects).',
  sourceList: 'Source list',
  supports: 'supports',
  packSources: 'sources',
  packBriefing: 'briefing',
  packPicture: 'network',
  asOf: 'As of {0}',
  userLegend: 'Your addition (purple, double outline)',
  ownDocument: '{0} (your document)',
  documentGone: 'your document, since deleted',
  userNote: 'Your note',
  userAdditions: 'your additions',
  userScope:
    'Marked “your addition”: added by the user from one of their own documents, with the quote from that document; not the letter’s words.',
};

export const word = translator<WordKey>({ nl, en });

/** A calendar date the way a memo writes it: "3 maart 2026" / "3 March 2026". */
export function longDate(date: Date, language: Language): string {
  return new Intl.DateTimeFormat(LOCALE_TAGS[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(date);
}
