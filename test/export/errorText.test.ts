// Every error code the contract can send is worded in both languages from the string tables, and the
// service's English message never reaches the screen.
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, LANGUAGES } from '../../shared/contract';
import { CodedError, WordedError, errorCodeSentence, errorText } from '../../renderer/src/i18n/errorText';
import { attributeLabel, attributeValueText } from '../../renderer/src/i18n/attributeWords';

describe('errorText', () => {
  it('words every error code in each language, differently per language', () => {
    for (const code of ERROR_CODES) {
      const nl = errorCodeSentence('nl', code);
      const en = errorCodeSentence('en', code);
      expect(nl.length, code).toBeGreaterThan(10);
      expect(en.length, code).toBeGreaterThan(10);
      expect(nl, code).not.toBe(en);
      expect(nl, code).not.toContain(code);
    }
    expect(new Set(ERROR_CODES.map((c) => errorCodeSentence('nl', c))).size).toBe(ERROR_CODES.length);
  });

  it('never shows the English message of a coded error', () => {
    const thrown = new CodedError('NOT_FOUND', 'No node with id "x" exists.');
    for (const language of LANGUAGES) expect(errorText(language, thrown)).not.toContain('No node with id');
    expect(errorText('nl', thrown)).toBe(errorCodeSentence('nl', 'NOT_FOUND'));
    // A plain object with a code (as the api client's ApiError carries) is read the same way.
    expect(errorText('en', { code: 'CONFLICT', message: 'UNIQUE constraint' })).toBe(
      errorCodeSentence('en', 'CONFLICT'),
    );
  });

  it('shows a renderer-worded refusal as it is and anything unknown as a fault in IPS Atlas', () => {
    expect(errorText('nl', new WordedError('Er staat nog niets op het canvas.'))).toBe(
      'Er staat nog niets op het canvas.',
    );
    expect(errorText('nl', new TypeError('Cannot read properties of undefined'))).toBe(
      errorCodeSentence('nl', 'INTERNAL'),
    );
    expect(errorText('en', 'boom')).toBe(errorCodeSentence('en', 'INTERNAL'));
  });
});

describe('attribute labels', () => {
  it('turns the dataset keys into words in the chosen language', () => {
    expect(attributeLabel('legally_binding', 'nl')).toBe('Juridisch bindend');
    expect(attributeLabel('horizontale_themas', 'nl')).toBe("Horizontale thema's");
    expect(attributeLabel('horizontale_themas', 'en')).toBe('Cross-cutting themes');
    expect(attributeLabel('some_new_key', 'en')).toBe('Some new key');
    expect(attributeValueText(false, 'nl')).toBe('nee');
    expect(attributeValueText(true, 'en')).toBe('yes');
  });
});
