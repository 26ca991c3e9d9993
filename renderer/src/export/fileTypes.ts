// The file types IPS Atlas exports, with their extension, MIME type and save-dialog filter, and the
// file name offered: the title made safe for every file system.
import type { FileType } from './deliver';

const type = (extension: string, mime: string, name: string): FileType => ({
  extension,
  mime,
  filter: { name, extensions: [extension] },
});

export const FILE_TYPES = {
  png: type('png', 'image/png', 'PNG'),
  svg: type('svg', 'image/svg+xml', 'SVG'),
  pdf: type('pdf', 'application/pdf', 'PDF'),
  json: type('json', 'application/json', 'IPS Atlas'),
  zip: type('zip', 'application/zip', 'CSV (zip)'),
  graphml: type('graphml', 'application/graphml+xml', 'GraphML'),
  gexf: type('gexf', 'application/gexf+xml', 'GEXF'),
  md: type('md', 'text/markdown', 'Markdown'),
  docx: type('docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'Word'),
} as const;

export type FileKind = keyof typeof FILE_TYPES;

/** "Samenwerking met België" → "samenwerking-met-belgie"; empty titles fall back to "ips-atlas". */
export function fileName(title: string, kind: FileKind): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${slug === '' ? 'ips-atlas' : slug}.${FILE_TYPES[kind].extension}`;
}
