// An export that fails past the browser's canvas limit says so in the user's language, with what to
// do, instead of the generic fault sentence (or the English text it is thrown with).
import { describe, expect, it } from 'vitest';
import { exportErrorText } from './exportErrorText';
import { ExportRefusal, PictureTooLarge } from './exportSettings';

describe('the words for a failed export', () => {
  it('tells the user a picture is too large, and to choose a smaller scale, in Dutch and in English', () => {
    expect(exportErrorText('nl', new PictureTooLarge())).toBe(
      'De afbeelding kon op dit formaat niet worden getekend. Kies een kleinere schaal.',
    );
    expect(exportErrorText('en', new PictureTooLarge())).toBe(
      'The picture could not be drawn at this size. Choose a smaller scale.',
    );
  });

  it('leaves every other error to the general rule: refusals as worded, faults never in English in the Dutch UI', () => {
    expect(exportErrorText('nl', new ExportRefusal('Er is niets om te exporteren.'))).toBe(
      'Er is niets om te exporteren.',
    );
    expect(exportErrorText('nl', new Error('Cannot read properties of undefined'))).not.toMatch(/Cannot read/);
  });
});
