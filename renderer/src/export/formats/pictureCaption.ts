// The caption a picture carries (PNG caption band, SVG caption): the title, then the export date with
// the source line (the letter, the dataset version, the app), then the year the view shows, if one is
// applied. One function, so a PNG and an SVG of the same view say the same thing.
import type { Language, SourceMeta } from '../../../../shared/contract';
import type { CaptionLines } from './pictureFrame';
import { word } from './exportWords';

export interface CaptionInput {
  readonly language: Language;
  readonly title: string;
  /** The export date, already worded (longDate). */
  readonly date: string;
  readonly sources: readonly SourceMeta[];
  readonly datasetVersion: string;
  readonly asOfYear?: number;
  /** The view holds the user's own additions: the source line names them too, so the picture is not all "the letter". */
  readonly hasUserAdditions?: boolean;
}

export function captionLines(input: CaptionInput): CaptionLines {
  const { language } = input;
  const letters = [
    ...input.sources.map((s) => s.title[language]),
    ...(input.hasUserAdditions === true ? [word(language, 'userAdditions')] : []),
  ].join('; ');
  const source = [
    `${word(language, 'exported')} ${input.date}`,
    ...(letters === '' ? [] : [`${word(language, 'source')}: ${letters}`]),
    `${word(language, 'datasetVersion')} ${input.datasetVersion} · IPS Atlas`,
  ].join(' · ');
  return {
    title: input.title.trim(),
    lines: [source, ...(input.asOfYear === undefined ? [] : [word(language, 'asOf', input.asOfYear)])],
  };
}
