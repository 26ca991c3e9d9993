// The document workbench's view state: the user's imported documents, and where an import stands
// (reading with its progress, refused with its code, or done and awaiting the user's check of its
// title, date, author and kind). Not part of the undo history: documents are the user's data.
import type { DocumentSummary, ErrorCode, ImportProgress } from '../../../shared/contract';

export type ImportStage =
  | { readonly step: 'idle' }
  | { readonly step: 'importing'; readonly fileName: string; readonly progress: ImportProgress | null }
  /** Refused: worded from `code` at render, in the language shown then. Nothing was stored. */
  | { readonly step: 'failed'; readonly fileName: string; readonly code: ErrorCode }
  | { readonly step: 'review'; readonly document: DocumentSummary; readonly alreadyImported: boolean };

export interface DocumentSlice {
  /** The user's own documents, newest import first; null until first listed. */
  readonly documents: readonly DocumentSummary[] | null;
  readonly documentImport: ImportStage;
}

export const initialDocuments: DocumentSlice = { documents: null, documentImport: { step: 'idle' } };

export const setDocuments =
  (documents: readonly DocumentSummary[]) =>
  <S extends DocumentSlice>(state: S): S => ({ ...state, documents });

/**
 * Puts one document in the list (new, or its edited metadata), replacing the one with its id. A list
 * not yet loaded stays unloaded: a list of just this one would hide the others from the next load.
 */
export const putDocument =
  (document: DocumentSummary) =>
  <S extends DocumentSlice>(state: S): S =>
    state.documents === null
      ? state
      : { ...state, documents: [document, ...state.documents.filter((d) => d.id !== document.id)] };

export const dropDocument =
  (id: string) =>
  <S extends DocumentSlice>(state: S): S =>
    state.documents === null ? state : { ...state, documents: state.documents.filter((d) => d.id !== id) };

export const setImportStage =
  (stage: ImportStage) =>
  <S extends DocumentSlice>(state: S): S => ({ ...state, documentImport: stage });

/** A progress report, kept only while that file is still the one importing (a late poll is dropped). */
export const setImportProgress =
  (fileName: string, progress: ImportProgress | null) =>
  <S extends DocumentSlice>(state: S): S =>
    state.documentImport.step === 'importing' && state.documentImport.fileName === fileName
      ? { ...state, documentImport: { step: 'importing', fileName, progress } }
      : state;

/** The share of the import done, 0–1, for the progress bar; null when the phase has no count. */
export function importFraction(progress: ImportProgress | null): number | null {
  if (progress === null) return null;
  if (progress.phase === 'done') return 1;
  // Extracting pages is the long part; the other phases are short steps around it.
  const base = { reading: 0, extracting: 0.05, mentions: 0.85, storing: 0.95 }[progress.phase];
  const width = { reading: 0.05, extracting: 0.8, mentions: 0.1, storing: 0.05 }[progress.phase];
  if (progress.total <= 0) return base;
  return base + (width * Math.min(progress.done, progress.total)) / progress.total;
}
