// What the user reads when an export fails: the export's own failures worded in the user's language,
// every other error by its code (errorText), so no English sentence from deep inside reaches the UI.
import type { Language } from '../../../shared/contract';
import { errorText } from '../i18n/errorText';
import { PictureTooLarge } from './exportSettings';
import { ex } from './exportStrings';

export function exportErrorText(language: Language, error: unknown): string {
  if (error instanceof PictureTooLarge) return ex(language, 'tooLarge');
  return errorText(language, error);
}
