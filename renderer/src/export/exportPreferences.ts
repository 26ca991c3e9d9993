// The export choices the user expects back next time, kept in the renderer's own storage: the CSV
// separator (';' for Dutch Excel). Stored per machine; a missing or unreadable value falls back to the
// language's custom.
import type { Language } from '../../../shared/contract';
import type { CsvSeparator } from './exportSettings';

const KEY = 'ips-atlas.export.csvSeparator';

const storage = (): Storage | null => {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Storage can be switched off (a locked-down profile): the choice then lasts for the session.
    return null;
  }
};

/** The remembered separator, or the language's custom: ';' in Dutch, ',' in English. */
export function rememberedCsvSeparator(language: Language): CsvSeparator {
  const stored = storage()?.getItem(KEY);
  return stored === ';' || stored === ',' ? stored : language === 'nl' ? ';' : ',';
}

export function rememberCsvSeparator(separator: CsvSeparator): void {
  storage()?.setItem(KEY, separator);
}
