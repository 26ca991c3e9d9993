// What the user chose in the export dialog, what a format's builder returns, and the refusal the
// dialog shows as it is: the types every export format and the dialog share.
import { WordedError } from '../i18n/errorText';
import type { PictureRegion } from './canvasExporter';
import type { BriefingScope } from './formats/briefing';
import type { CsvSeparator } from './formats/csvExport';

export type { CsvSeparator };

export interface ExportSettings {
  readonly title: string;
  readonly caption: string;
  readonly marking: string;
  readonly orientation: 'portrait' | 'landscape';
  readonly scale: number;
  readonly background: 'white' | 'transparent';
  readonly region: PictureRegion;
  readonly includeChanges: boolean;
  /** What the briefing covers; the visible network unless the user narrows it. */
  readonly scope: BriefingScope;
  readonly csvSeparator: CsvSeparator;
  /** A picture's caption band: title, date, source line and the year shown. */
  readonly band: boolean;
  /** A picture's legend: the kinds in view, the status line styles, provenance. */
  readonly legend: boolean;
}

/** A running export's progress (0…1) and its cancel, from the dialog to the heavy builders. */
export interface ExportTask {
  readonly signal?: AbortSignal;
  readonly onProgress?: (fraction: number) => void;
}

/** The user cancelled a running export: nothing was saved, and nothing is wrong. */
export class ExportCancelled extends Error {
  override readonly name = 'ExportCancelled';
  constructor() {
    super('The export was cancelled.');
  }
}

/** A built file, with something the user should know (the picture was made smaller than asked). */
export interface Built {
  readonly data: Uint8Array | string;
  readonly note: string | null;
}

/**
 * The picture is past what this browser can draw: past its canvas limit drawing gives an empty image
 * rather than an error. Worded by the dialog in the user's language (exportErrorText.ts).
 */
export class PictureTooLarge extends Error {
  override readonly name = 'PictureTooLarge';
  constructor() {
    super('The picture could not be drawn at this size.');
  }
}

/** A refusal the dialog shows as it is (nothing to export, nothing selected). */
export class ExportRefusal extends WordedError {
  override readonly name = 'ExportRefusal';
}
