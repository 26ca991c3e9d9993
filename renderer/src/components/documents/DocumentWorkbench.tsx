// The document workbench's window-wide parts: the drop overlay, the import panel and curation's
// form, notice and list.
import { CurationLayer } from '../curation/CurationLayer';
import { ExchangeDialogHost } from '../exchange/ExchangeDialogHost';
import { DocumentDropZone } from './DocumentDropZone';
import { ImportPanel } from './ImportPanel';
import './documents.css';

export function DocumentWorkbench() {
  return (
    <>
      <DocumentDropZone />
      <ImportPanel />
      <ExchangeDialogHost />
      <CurationLayer />
    </>
  );
}
