// What the desktop app says when it cannot start: which part failed and what the user can do, in
// Dutch unless the system language is English. Plain TypeScript so it is tested under Node; the
// shell only shows the result in a native dialog and quits.
import type { Language } from '../../shared/contract/types';

export const START_FAILURE_KINDS = [
  'dataset',
  'native-module',
  'user-data-locked',
  'user-data-full',
  'user-data-denied',
  'user-data-newer',
  'unknown',
] as const;
export type StartFailureKind = (typeof START_FAILURE_KINDS)[number];

export interface StartFailureContext {
  /** The bundled dataset file the app opens read-only. */
  readonly datasetPath: string;
  /** The folder holding the user's own database (saved views, notes). */
  readonly userDataDir: string;
  /** The system's preferred languages, most preferred first (BCP 47 tags such as `en-GB`, `nl-NL`). */
  readonly locales: readonly string[];
}

export interface StartFailureMessage {
  readonly title: string;
  readonly content: string;
}

/** Dutch is the app's default; English only when the system's first language is English. */
export function startFailureLanguage(locales: readonly string[]): Language {
  return /^en(?:[-_]|$)/i.test(locales[0] ?? '') ? 'en' : 'nl';
}

const codeOf = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : '';

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Which part failed, read from the error's code (AppError, Node and SQLite codes), never its wording alone. */
export function classifyStartFailure(error: unknown): StartFailureKind {
  const code = codeOf(error);
  if (code === 'UNAVAILABLE') return 'dataset';
  // A better-sqlite3 binary built for another ABI (Node's, or another Electron's) fails to load.
  if (code === 'ERR_DLOPEN_FAILED' || /NODE_MODULE_VERSION|better_sqlite3\.node/.test(messageOf(error))) {
    return 'native-module';
  }
  if (code === 'STORAGE_NEWER_VERSION') return 'user-data-newer';
  if (/^(STORAGE_LOCKED|SQLITE_BUSY|SQLITE_LOCKED)/.test(code)) return 'user-data-locked';
  if (/^(STORAGE_FULL|ENOSPC|SQLITE_FULL)/.test(code)) return 'user-data-full';
  if (/^(STORAGE_READ_ONLY|EACCES|EPERM|EROFS|SQLITE_READONLY|SQLITE_CANTOPEN|SQLITE_PERM)/.test(code)) {
    return 'user-data-denied';
  }
  return 'unknown';
}

type Words = (context: StartFailureContext) => string;

const TITLE: Record<Language, string> = {
  nl: 'IPS Atlas kan niet starten',
  en: 'IPS Atlas cannot start',
};

const WHAT_AND_WHAT_TO_DO: Record<StartFailureKind, Record<Language, Words>> = {
  dataset: {
    nl: (c) =>
      `Het gegevensbestand van IPS Atlas ontbreekt of is onbruikbaar:\n${c.datasetPath}\n\nInstalleer IPS Atlas opnieuw.`,
    en: (c) => `The IPS Atlas data file is missing or unusable:\n${c.datasetPath}\n\nReinstall IPS Atlas.`,
  },
  'native-module': {
    nl: () =>
      'Een onderdeel van IPS Atlas (de databasemodule) hoort niet bij deze versie.\n\nInstalleer IPS Atlas opnieuw.',
    en: () => 'A part of IPS Atlas (its database module) does not match this version.\n\nReinstall IPS Atlas.',
  },
  'user-data-locked': {
    nl: (c) =>
      `Uw eigen gegevens (opgeslagen weergaven) zijn vergrendeld door een ander programma:\n${c.userDataDir}\n\nSluit andere vensters van IPS Atlas en programma's die deze map gebruiken (zoals een back-up), en start opnieuw.`,
    en: (c) =>
      `Your own data (saved views) is locked by another program:\n${c.userDataDir}\n\nClose other IPS Atlas windows and programs using this folder (such as a backup), then start again.`,
  },
  'user-data-full': {
    nl: (c) => `De schijf met uw eigen gegevens is vol:\n${c.userDataDir}\n\nMaak ruimte vrij en start opnieuw.`,
    en: (c) => `The disk holding your own data is full:\n${c.userDataDir}\n\nFree some space, then start again.`,
  },
  'user-data-denied': {
    nl: (c) =>
      `IPS Atlas mag de map met uw eigen gegevens niet lezen of schrijven:\n${c.userDataDir}\n\nControleer de rechten op deze map (of vraag uw beheerder) en start opnieuw.`,
    en: (c) =>
      `IPS Atlas may not read or write the folder holding your own data:\n${c.userDataDir}\n\nCheck the permissions of this folder (or ask your administrator), then start again.`,
  },
  'user-data-newer': {
    nl: (c) =>
      `Uw eigen gegevens zijn opgeslagen door een nieuwere versie van IPS Atlas:\n${c.userDataDir}\n\nInstalleer die nieuwere versie.`,
    en: (c) =>
      `Your own data was saved by a newer version of IPS Atlas:\n${c.userDataDir}\n\nInstall that newer version.`,
  },
  unknown: {
    nl: () =>
      'Er ging iets onverwachts mis bij het starten.\n\nStart IPS Atlas opnieuw. Lukt dat niet, installeer het dan opnieuw en geef de details hieronder aan uw beheerder.',
    en: () =>
      'Something unexpected went wrong while starting.\n\nStart IPS Atlas again. If that fails, reinstall it and pass the details below to your administrator.',
  },
};

const DETAILS: Record<Language, string> = { nl: 'Details', en: 'Details' };

/** The longest error text shown: enough to identify the failure, short enough for a dialog. */
const MAX_DETAIL_CHARS = 400;

export function startFailureMessage(error: unknown, context: StartFailureContext): StartFailureMessage {
  const language = startFailureLanguage(context.locales);
  const detail = messageOf(error).trim();
  const shown = detail.length > MAX_DETAIL_CHARS ? `${detail.slice(0, MAX_DETAIL_CHARS)}…` : detail;
  const words = WHAT_AND_WHAT_TO_DO[classifyStartFailure(error)][language](context);
  return {
    title: TITLE[language],
    content: shown === '' ? words : `${words}\n\n${DETAILS[language]}: ${shown}`,
  };
}
