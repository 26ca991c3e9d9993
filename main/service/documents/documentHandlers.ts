// Handlers of the document workbench's contract methods (shared/contract/documents.ts).
import { AppError } from '../../../shared/contract';
import type { Handlers } from '../handlers';

type DocumentMethods =
  | 'document.import'
  | 'document.progress'
  | 'document.list'
  | 'document.get'
  | 'document.update'
  | 'document.delete'
  | 'document.mentions'
  | 'document.search'
  | 'node.documents';

const notYet = (): never => {
  throw new AppError('UNAVAILABLE', 'The document workbench is being built.');
};

export function documentHandlers(): Pick<Handlers, DocumentMethods> {
  return {
    'document.import': notYet,
    'document.progress': notYet,
    'document.list': notYet,
    'document.get': notYet,
    'document.update': notYet,
    'document.delete': notYet,
    'document.mentions': notYet,
    'document.search': notYet,
    'node.documents': notYet,
  };
}
