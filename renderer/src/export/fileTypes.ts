// A file type an export is saved as (extension, MIME type, save-dialog filter), and the file name
// offered: the title made safe for every file system. Each format's type is in EXPORT_FORMATS.
import type { FileType } from './deliver';

export const fileType = (extension: string, mime: string, name: string): FileType => ({
  extension,
  mime,
  filter: { name, extensions: [extension] },
});

/** "Samenwerking met België" → "samenwerking-met-belgie"; empty titles fall back to "ips-atlas". */
export function fileName(title: string, type: FileType): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${slug === '' ? 'ips-atlas' : slug}.${type.extension}`;
}
