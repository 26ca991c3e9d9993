// Which window drops are documents (imported here) and which are snapshots (opened by SnapshotDrop):
// by the file's name on drop, by its type while it is dragged (names are hidden until the drop).
import { DOCUMENT_FILE_FILTER } from '../../../../shared/shell';

const DOCUMENT_TYPES = new Set([
  'application/pdf',
  'text/plain',
  'text/markdown',
  'text/x-markdown',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
]);

const carriesFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') === true;

const fileTypes = (event: DragEvent): string[] =>
  [...(event.dataTransfer?.items ?? [])].filter((item) => item.kind === 'file').map((item) => item.type);

/** A file name the workbench imports: .txt, .md, .pdf or .docx. */
export function isDocumentName(name: string): boolean {
  const extension = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  return name.includes('.') && DOCUMENT_FILE_FILTER.extensions.includes(extension);
}

/** Files are dragged and one of them is a document by its type. */
export function isDocumentDrag(event: DragEvent): boolean {
  return carriesFiles(event) && fileTypes(event).some((type) => DOCUMENT_TYPES.has(type));
}

/** Files are dragged that may be documents: any but only-JSON (snapshots) ones, whose type may be unknown. */
export function mayBeDocumentDrag(event: DragEvent): boolean {
  if (!carriesFiles(event)) return false;
  const types = fileTypes(event);
  return types.length === 0 || !types.every((type) => type === 'application/json');
}
