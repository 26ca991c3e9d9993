// The export choices the user expects back next time, kept in the renderer's own storage: the CSV
// separator (';' for Dutch Excel) and whether pictures carry a caption band and a legend. Stored per
// machine; a missing or unreadable value falls back to the language's custom or the default.
import type { Language } from '../../../shared/contract';
import { choiceStorage } from '../state/localChoices';
import type { CsvSeparator } from './exportSettings';

const KEY = 'ips-atlas.export.csvSeparator';
const PICTURE_KEY = 'ips-atlas.export.pictureFrame';

/** The remembered separator, or the language's custom: ';' in Dutch, ',' in English. */
export function rememberedCsvSeparator(language: Language): CsvSeparator {
  const stored = choiceStorage()?.getItem(KEY);
  return stored === ';' || stored === ',' ? stored : language === 'nl' ? ';' : ',';
}

export function rememberCsvSeparator(separator: CsvSeparator): void {
  choiceStorage()?.setItem(KEY, separator);
}

export interface PictureFrameChoice {
  readonly band: boolean;
  readonly legend: boolean;
}

/** Whether pictures get the caption band and the legend; both on until the user says otherwise. */
export function rememberedPictureFrame(): PictureFrameChoice {
  const stored = choiceStorage()?.getItem(PICTURE_KEY) ?? '';
  const [band, legend] = stored.split(',');
  return { band: band !== '0', legend: legend !== '0' };
}

export function rememberPictureFrame(choice: PictureFrameChoice): void {
  choiceStorage()?.setItem(PICTURE_KEY, `${choice.band ? '1' : '0'},${choice.legend ? '1' : '0'}`);
}
