// The one mapping from an error to the sentence the user reads: a service error is worded from its
// `code` in the user's language (its `message` is the service's English and never reaches the screen);
// an export refusal is already worded by the renderer; anything else is a fault in IPS Atlas.
import { isErrorCode, type ErrorCode, type Language } from '../../../shared/contract';
import { sx } from './storageStrings';
import { translator } from './stringTable';

type CodeWords = Record<Exclude<ErrorCode, `STORAGE_${string}` | 'INTERNAL'>, string>;

const nl: CodeWords = {
  INVALID_INPUT:
    'Dit verzoek kon niet worden uitgevoerd: de invoer is ongeldig. Controleer uw keuze en probeer het opnieuw.',
  NOT_FOUND: 'Dit onderdeel bestaat niet (meer) in de gegevens. Zoek het opnieuw op.',
  CONFLICT: 'Dit botst met iets dat al bestaat, bijvoorbeeld een weergave met dezelfde naam. Kies een andere naam.',
  UNAUTHORIZED: 'Dit verzoek is geweigerd: IPS Atlas kon de afzender niet herkennen. Start IPS Atlas opnieuw.',
  FORBIDDEN: 'Dit is niet toegestaan in IPS Atlas.',
  PAYLOAD_TOO_LARGE: 'Dit is te groot om in één keer te verwerken. Kies minder onderdelen en probeer het opnieuw.',
  UNAVAILABLE: 'Dit is nu niet beschikbaar. Wacht even en probeer het opnieuw.',
  DOCUMENT_ENCRYPTED:
    'Dit document is met een wachtwoord beveiligd. Sla het zonder beveiliging op en importeer het opnieuw. Er is niets opgeslagen.',
  DOCUMENT_NO_TEXT:
    'Dit document bevat alleen gescande afbeeldingen en geen tekst. Gebruik een versie met tekst (bijvoorbeeld na tekstherkenning). Er is niets opgeslagen.',
  DOCUMENT_MALFORMED:
    'Dit bestand is beschadigd of is niet wat de naam zegt. Open het in het programma waarmee het is gemaakt en sla het opnieuw op. Er is niets opgeslagen.',
  DOCUMENT_TOO_LARGE: 'Dit document is te groot om te importeren (maximaal 25 MB). Er is niets opgeslagen.',
  DOCUMENT_UNSUPPORTED:
    'Dit soort bestand kan IPS Atlas niet lezen. Importeer tekst (.txt), Markdown (.md), PDF of Word (.docx).',
  EXCHANGE_FOREIGN:
    'Dit is geen uitwisselingsbestand van IPS Atlas (.ipsatlas). Kies het bestand dat IPS Atlas op de andere laptop heeft gemaakt. Er is niets veranderd.',
  EXCHANGE_MALFORMED:
    'Dit uitwisselingsbestand is beschadigd of onvolledig. Maak het op de andere laptop opnieuw. Er is niets veranderd.',
  EXCHANGE_NEWER_VERSION:
    'Dit uitwisselingsbestand is gemaakt met een nieuwere versie van IPS Atlas. Werk IPS Atlas bij en probeer het opnieuw. Er is niets veranderd.',
};

const en: CodeWords = {
  INVALID_INPUT: 'This request could not be carried out: the input is not valid. Check your choice and try again.',
  NOT_FOUND: 'This item does not exist (any more) in the data. Look it up again.',
  CONFLICT:
    'This clashes with something that already exists, for example a view with the same name. Choose another name.',
  UNAUTHORIZED: 'This request was refused: IPS Atlas could not recognise its sender. Restart IPS Atlas.',
  FORBIDDEN: 'This is not allowed in IPS Atlas.',
  PAYLOAD_TOO_LARGE: 'This is too large to handle at once. Choose fewer items and try again.',
  UNAVAILABLE: 'This is not available right now. Wait a moment and try again.',
  DOCUMENT_ENCRYPTED:
    'This document is password-protected. Save it without protection and import it again. Nothing was stored.',
  DOCUMENT_NO_TEXT:
    'This document holds only scanned images and no text. Use a version with text (after text recognition, for example). Nothing was stored.',
  DOCUMENT_MALFORMED:
    'This file is damaged or is not what its name says. Open it in the program that made it and save it again. Nothing was stored.',
  DOCUMENT_TOO_LARGE: 'This document is too large to import (25 MB at most). Nothing was stored.',
  DOCUMENT_UNSUPPORTED:
    'IPS Atlas cannot read this kind of file. Import text (.txt), Markdown (.md), PDF or Word (.docx).',
  EXCHANGE_FOREIGN:
    'This is not an IPS Atlas exchange file (.ipsatlas). Choose the file IPS Atlas made on the other laptop. Nothing was changed.',
  EXCHANGE_MALFORMED:
    'This exchange file is damaged or incomplete. Make it again on the other laptop. Nothing was changed.',
  EXCHANGE_NEWER_VERSION:
    'This exchange file was made by a newer version of IPS Atlas. Update IPS Atlas and try again. Nothing was changed.',
};

const cx = translator({ nl, en });

/** Anything carrying a wire error code: the api client's ApiError, a delivery failure, a snapshot refusal. */
interface Coded {
  readonly code: unknown;
}

const hasCode = (error: unknown): error is Coded => typeof error === 'object' && error !== null && 'code' in error;

/** An error whose message the renderer itself worded in the user's language (an export refusal, say). */
export class WordedError extends Error {
  override readonly name: string = 'WordedError';
}

/** A wire error from the shell's bridge (save, copy, open), thrown with its code for errorText. */
export class CodedError extends Error {
  override readonly name = 'CodedError';
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The user's sentence for one error code, in the given language. Every code has one. */
export function errorCodeSentence(language: Language, code: ErrorCode): string {
  switch (code) {
    case 'STORAGE_FULL':
    case 'STORAGE_READ_ONLY':
    case 'STORAGE_LOCKED':
    case 'STORAGE_NEWER_VERSION':
    case 'INTERNAL':
      return sx(language, code);
    default:
      return cx(language, code);
  }
}

/** What the user reads for any thrown value: coded errors by code, worded errors as they are, the rest as a fault. */
export function errorText(language: Language, error: unknown): string {
  if (error instanceof WordedError) return error.message;
  if (hasCode(error) && isErrorCode(error.code)) return errorCodeSentence(language, error.code);
  return sx(language, 'INTERNAL');
}
