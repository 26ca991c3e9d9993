// The one table of export formats: for each, its group in the dialog, its file type, the key of its
// label in the string tables, the fields the dialog offers for it, and its builder. The dialog, the
// fields, the file names and the dispatch all read this table; `satisfies` makes a format missing
// from it (or a group, field or label key that does not exist) a compile error.
import type { FileType } from './deliver';
import type { ExportStringKey } from './exportStrings';
import { fileType } from './fileTypes';
import * as build from './formatBuilders';

/** In the order the dialog offers them. */
export const EXPORT_FORMAT_IDS = ['png', 'svg', 'pdf', 'json', 'csv', 'graphml', 'gexf', 'md', 'docx'] as const;
export type ExportFormat = (typeof EXPORT_FORMAT_IDS)[number];

export const EXPORT_GROUP_IDS = ['picture', 'data', 'text'] as const;
export type ExportGroup = (typeof EXPORT_GROUP_IDS)[number];

/** The group's heading in the string tables. */
export const EXPORT_GROUPS = {
  picture: 'groupPicture',
  data: 'groupData',
  text: 'groupText',
} as const satisfies Record<ExportGroup, ExportStringKey>;

/**
 * What the dialog lets the user set for a format: its title, the PDF's caption, marking and
 * orientation, the briefing's scope and changes since a comparison, the CSV separator, and the
 * picture's scale, background, area, caption band, legend and copy button.
 */
export type ExportField =
  | 'title'
  | 'caption'
  | 'marking'
  | 'orientation'
  | 'changes'
  | 'scale'
  | 'background'
  | 'region'
  | 'copy'
  | 'scope'
  | 'separator'
  | 'band'
  | 'legend';

export interface FormatSpec {
  readonly group: ExportGroup;
  readonly fileType: FileType;
  readonly label: ExportStringKey;
  readonly fields: readonly ExportField[];
  readonly build: build.Builder;
}

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const EXPORT_FORMATS = {
  png: {
    group: 'picture',
    fileType: fileType('png', 'image/png', 'PNG'),
    label: 'png',
    fields: ['title', 'marking', 'band', 'legend', 'scale', 'background', 'region', 'copy'],
    build: build.png,
  },
  svg: {
    group: 'picture',
    fileType: fileType('svg', 'image/svg+xml', 'SVG'),
    label: 'svg',
    fields: ['title', 'caption', 'marking', 'band', 'legend', 'background', 'region'],
    build: build.svg,
  },
  pdf: {
    group: 'picture',
    fileType: fileType('pdf', 'application/pdf', 'PDF'),
    label: 'pdf',
    fields: ['title', 'caption', 'marking', 'orientation'],
    build: build.pdf,
  },
  json: {
    group: 'data',
    fileType: fileType('json', 'application/json', 'IPS Atlas'),
    label: 'json',
    fields: ['title'],
    build: build.snapshot,
  },
  csv: {
    group: 'data',
    fileType: fileType('zip', 'application/zip', 'CSV (zip)'),
    label: 'csv',
    fields: ['separator'],
    build: build.csv,
  },
  graphml: {
    group: 'data',
    fileType: fileType('graphml', 'application/graphml+xml', 'GraphML'),
    label: 'graphml',
    fields: [],
    build: build.graphml,
  },
  gexf: {
    group: 'data',
    fileType: fileType('gexf', 'application/gexf+xml', 'GEXF'),
    label: 'gexf',
    fields: [],
    build: build.gexf,
  },
  md: {
    group: 'text',
    fileType: fileType('md', 'text/markdown', 'Markdown'),
    label: 'md',
    fields: ['title', 'marking', 'scope', 'changes'],
    build: build.briefingMarkdown,
  },
  docx: {
    group: 'text',
    fileType: fileType('docx', DOCX_MIME, 'Word'),
    label: 'docx',
    fields: ['title', 'marking', 'scope', 'changes'],
    build: build.briefingWord,
  },
} as const satisfies Record<ExportFormat, FormatSpec>;

/** Whether the dialog offers `field` for `format`. */
export const offers = (format: ExportFormat, field: ExportField): boolean =>
  (EXPORT_FORMATS[format].fields as readonly ExportField[]).includes(field);

/** The formats of one group, in the dialog's order. */
export const formatsIn = (group: ExportGroup): readonly ExportFormat[] =>
  EXPORT_FORMAT_IDS.filter((format) => EXPORT_FORMATS[format].group === group);
