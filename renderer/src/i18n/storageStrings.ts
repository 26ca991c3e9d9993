// What the user is told about their own database (a file set aside, read-only, locked, newer, full,
// upgraded) and about a save it refused, in Dutch and English. "{0}" is the file, "{1}" the kept copy
// or a schema version.
import type { Language, StorageEvent, StorageEventKind } from '../../../shared/contract';
import { translator } from './stringTable';

const nl = {
  'set-aside':
    'Uw gebruikersbestand {0} was beschadigd. Het is bewaard als {1} en er is een nieuw begonnen; uw eerdere opgeslagen weergaven staan in het bewaarde bestand. Gooi het niet weg: uw beheerder kan ze eruit halen.',
  'empty-set-aside':
    'Uw gebruikersbestand {0} was leeg (0 bytes), bijvoorbeeld na een volle schijf of een onderbroken kopie. Het is bewaard als {1} en er is een nieuw begonnen. Zet uw opgeslagen weergaven zo nodig terug uit een back-up.',
  'damaged-kept':
    'Uw gebruikersbestand {0} is beschadigd en kon niet opzij worden gezet, omdat de map alleen-lezen is. Er wordt niets opgeslagen. Maak de map schrijfbaar en start IPS Atlas opnieuw.',
  locked:
    'Uw gebruikersbestand {0} is vergrendeld door een ander programma (een tweede IPS Atlas, een back-up- of synchronisatieprogramma). Uw opgeslagen weergaven zijn nu niet te zien en er wordt niets opgeslagen. Sluit dat programma en start IPS Atlas opnieuw.',
  'no-permission':
    'U hebt geen toestemming om uw gebruikersbestand {0} te lezen. Het is niet aangeraakt; er wordt niets opgeslagen. Herstel de rechten op het bestand (of vraag uw beheerder) en start IPS Atlas opnieuw.',
  'read-only':
    'Uw gebruikersbestand {0} staat op een alleen-lezen plek. Uw opgeslagen weergaven zijn te zien, maar opslaan is uitgeschakeld. Maak het bestand en de map schrijfbaar en start IPS Atlas opnieuw.',
  'newer-version':
    'Uw gebruikersbestand {0} is geschreven door een nieuwere IPS Atlas (versie {1}). Uw weergaven zijn te zien, maar opslaan is uitgeschakeld zodat er niets verloren gaat. Werk IPS Atlas bij.',
  migrated: 'Uw gebruikersbestand {0} is bijgewerkt naar deze versie van IPS Atlas; er is niets verloren gegaan.',
  'disk-full':
    'De schijf met uw gebruikersbestand {0} is vol: de laatste wijziging is niet opgeslagen. Maak ruimte vrij en probeer het opnieuw.',
  STORAGE_FULL: 'Niet opgeslagen: de schijf is vol. Maak ruimte vrij en probeer het opnieuw.',
  STORAGE_READ_ONLY: 'Niet opgeslagen: uw gebruikersbestand kan niet worden beschreven (zie de melding bovenaan).',
  STORAGE_LOCKED:
    'Niet opgeslagen: uw gebruikersbestand is vergrendeld door een ander programma. Sluit het en start IPS Atlas opnieuw.',
  STORAGE_NEWER_VERSION: 'Niet opgeslagen: uw gebruikersbestand is van een nieuwere IPS Atlas. Werk IPS Atlas bij.',
  INTERNAL:
    'Dit is niet gelukt door een fout in IPS Atlas. Probeer het opnieuw; blijft het misgaan, start IPS Atlas dan opnieuw.',
  storageTitle: 'Uw gegevens',
  dismiss: 'Begrepen',
};

const en: Record<keyof typeof nl, string> = {
  'set-aside':
    'Your user file {0} was damaged. It was kept as {1} and a new one was started; your earlier saved views are in the kept file. Do not delete it: your administrator can recover them.',
  'empty-set-aside':
    'Your user file {0} was empty (0 bytes), for instance after a full disk or an interrupted copy. It was kept as {1} and a new one was started. Restore your saved views from a backup if you need them.',
  'damaged-kept':
    'Your user file {0} is damaged and could not be set aside because its folder is read-only. Nothing is saved. Make the folder writable and restart IPS Atlas.',
  locked:
    'Your user file {0} is locked by another program (a second IPS Atlas, a backup or sync tool). Your saved views cannot be shown now and nothing is saved. Close that program and restart IPS Atlas.',
  'no-permission':
    'You have no permission to read your user file {0}. It was left untouched; nothing is saved. Fix the file’s permissions (or ask your administrator) and restart IPS Atlas.',
  'read-only':
    'Your user file {0} is on read-only storage. Your saved views are shown, but saving is off. Make the file and its folder writable and restart IPS Atlas.',
  'newer-version':
    'Your user file {0} was written by a newer IPS Atlas (version {1}). Your views are shown, but saving is off so nothing is lost. Update IPS Atlas.',
  migrated: 'Your user file {0} was upgraded to this version of IPS Atlas; nothing was lost.',
  'disk-full':
    'The disk holding your user file {0} is full: the last change was not saved. Free some space and try again.',
  STORAGE_FULL: 'Not saved: the disk is full. Free some space and try again.',
  STORAGE_READ_ONLY: 'Not saved: your user file cannot be written (see the notice at the top).',
  STORAGE_LOCKED: 'Not saved: your user file is locked by another program. Close it and restart IPS Atlas.',
  STORAGE_NEWER_VERSION: 'Not saved: your user file belongs to a newer IPS Atlas. Update IPS Atlas.',
  INTERNAL: 'This failed because of an error in IPS Atlas. Try again; if it keeps failing, restart IPS Atlas.',
  storageTitle: 'Your data',
  dismiss: 'Got it',
};

export const sx = translator({ nl, en });

export function storageEventText(language: Language, event: StorageEvent): string {
  const kind: StorageEventKind = event.kind;
  const second = event.keptAs ?? (event.fromVersion === undefined ? '' : String(event.fromVersion));
  return sx(language, kind, event.file, second);
}
