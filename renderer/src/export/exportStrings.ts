// The export, open and compare UI's strings in Dutch (the default) and English.
import type { Language } from '../../../shared/contract';
import type { SnapshotProblem } from './formats/snapshot';

const nl = {
  exportButton: 'Exporteren…',
  openButton: 'Openen…',
  compareButton: 'Vergelijken…',
  exportTitle: 'Exporteren',
  close: 'Sluiten',
  format: 'Formaat',
  groupPicture: 'Afbeelding',
  groupData: 'Gegevens',
  groupText: 'Tekst',
  png: 'PNG-afbeelding',
  svg: 'SVG (vector)',
  pdf: 'PDF (A4, één pagina)',
  json: 'Momentopname (JSON, opnieuw te openen)',
  csv: 'CSV-tabellen (zip)',
  graphml: 'GraphML (yEd)',
  gexf: 'GEXF (Gephi)',
  md: 'Briefingtekst (Markdown)',
  docx: 'Briefingtekst (Word)',
  title: 'Titel',
  caption: 'Onderschrift',
  marking: 'Rubricering (kop- en voettekst)',
  markingNone: 'Geen',
  markingPlaceholder: 'bijv. Departementaal vertrouwelijk',
  orientation: 'Oriëntatie',
  portrait: 'Staand',
  landscape: 'Liggend',
  scale: 'Schaal',
  background: 'Achtergrond',
  white: 'Wit',
  transparent: 'Transparant',
  region: 'Uitsnede',
  regionView: 'Wat nu in beeld is',
  regionAll: 'Het hele zichtbare netwerk',
  includeChanges: 'Met de wijzigingen sinds de vergeleken momentopname',
  save: 'Opslaan…',
  download: 'Downloaden',
  copy: 'Kopieer afbeelding',
  working: 'Bezig…',
  saved: 'Opgeslagen.',
  downloaded: 'Gedownload.',
  copied: 'Afbeelding gekopieerd.',
  cancelled: 'Niet opgeslagen.',
  reduced: 'De afbeelding was te groot voor de browser en is gemaakt op schaal {0}×.',
  needSelection: 'Selecteer eerst een of meer actoren op het canvas: de briefing gaat over de selectie.',
  emptyView: 'Er staat nog niets op het canvas om te exporteren.',
  defaultTitle: 'Internationale politiesamenwerking',
  compareTitle: 'Wat is er veranderd?',
  compareWithCurrent: 'Momentopname vergelijken met de huidige gegevens…',
  compareTwo: 'Twee momentopnamen vergelijken…',
  compareSince: 'Vergeleken met {0}',
  noChanges: 'Geen verschillen gevonden.',
  showOnCanvas: 'Toon op het canvas',
  hideMarks: 'Markering weghalen',
  clearComparison: 'Vergelijking sluiten',
  added: 'Toegevoegd',
  removed: 'Verwijderd',
  changed: 'Gewijzigd',
  nodes: 'Actoren en onderwerpen',
  relations: 'Relaties',
  dropHere: 'Laat de momentopname los om haar te openen',
  opened: 'Momentopname "{0}" geopend.',
  otherDataset:
    'Deze momentopname komt van datasetversie {0}; de huidige is {1}. Vergelijk om te zien wat er veranderde.',
  problemNotJson: '"{0}" kan niet worden geopend: het is geen JSON-bestand.',
  problemNotSnapshot: '"{0}" kan niet worden geopend: het is geen IPS Atlas-momentopname.',
  problemNewer: '"{0}" komt van een nieuwere IPS Atlas (formaatversie {1}); werk de app bij om het te openen.',
  problemInvalid: '"{0}" kan niet worden geopend: het veld {1} klopt niet ({2}). Er is niets veranderd.',
};

export type ExportStringKey = keyof typeof nl;

const en: Record<ExportStringKey, string> = {
  exportButton: 'Export…',
  openButton: 'Open…',
  compareButton: 'Compare…',
  exportTitle: 'Export',
  close: 'Close',
  format: 'Format',
  groupPicture: 'Picture',
  groupData: 'Data',
  groupText: 'Text',
  png: 'PNG picture',
  svg: 'SVG (vector)',
  pdf: 'PDF (A4, one page)',
  json: 'Snapshot (JSON, reopens)',
  csv: 'CSV tables (zip)',
  graphml: 'GraphML (yEd)',
  gexf: 'GEXF (Gephi)',
  md: 'Briefing text (Markdown)',
  docx: 'Briefing text (Word)',
  title: 'Title',
  caption: 'Caption',
  marking: 'Handling marking (header and footer)',
  markingNone: 'None',
  markingPlaceholder: 'e.g. Departementaal vertrouwelijk',
  orientation: 'Orientation',
  portrait: 'Portrait',
  landscape: 'Landscape',
  scale: 'Scale',
  background: 'Background',
  white: 'White',
  transparent: 'Transparent',
  region: 'Area',
  regionView: 'What is in view now',
  regionAll: 'The whole visible network',
  includeChanges: 'With the changes since the compared snapshot',
  save: 'Save…',
  download: 'Download',
  copy: 'Copy picture',
  working: 'Working…',
  saved: 'Saved.',
  downloaded: 'Downloaded.',
  copied: 'Picture copied.',
  cancelled: 'Not saved.',
  reduced: 'The picture was too large for the browser and was made at {0}× instead.',
  needSelection: 'First select one or more actors on the canvas: the briefing is about the selection.',
  emptyView: 'There is nothing on the canvas to export yet.',
  defaultTitle: 'International police cooperation',
  compareTitle: 'What changed?',
  compareWithCurrent: 'Compare a snapshot with the current data…',
  compareTwo: 'Compare two snapshots…',
  compareSince: 'Compared with {0}',
  noChanges: 'No differences found.',
  showOnCanvas: 'Show on the canvas',
  hideMarks: 'Remove the marks',
  clearComparison: 'Close the comparison',
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
  nodes: 'Actors and subjects',
  relations: 'Relations',
  dropHere: 'Drop the snapshot to open it',
  opened: 'Snapshot "{0}" opened.',
  otherDataset: 'This snapshot comes from dataset version {0}; the current one is {1}. Compare to see what changed.',
  problemNotJson: '"{0}" cannot be opened: it is not a JSON file.',
  problemNotSnapshot: '"{0}" cannot be opened: it is not an IPS Atlas snapshot.',
  problemNewer: '"{0}" comes from a newer IPS Atlas (format version {1}); update the app to open it.',
  problemInvalid: '"{0}" cannot be opened: the field {1} is wrong ({2}). Nothing was changed.',
};

const STRINGS: Readonly<Record<Language, Readonly<Record<ExportStringKey, string>>>> = { nl, en };

/** The string with {0}, {1} … filled in. */
export function ex(language: Language, key: ExportStringKey, ...args: readonly (string | number)[]): string {
  return STRINGS[language][key].replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}

export function problemText(language: Language, fileName: string, problem: SnapshotProblem): string {
  switch (problem.kind) {
    case 'not-json':
      return ex(language, 'problemNotJson', fileName);
    case 'not-snapshot':
      return ex(language, 'problemNotSnapshot', fileName);
    case 'newer-version':
      return ex(language, 'problemNewer', fileName, problem.version);
    case 'invalid':
      return ex(language, 'problemInvalid', fileName, problem.field, problem.detail);
  }
}
