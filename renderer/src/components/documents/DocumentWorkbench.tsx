// The document workbench's window-wide parts: the drop overlay and the import panel.
import { DocumentDropZone } from './DocumentDropZone';
import { ImportPanel } from './ImportPanel';
import './documents.css';

export function DocumentWorkbench() {
  return (
    <>
      <DocumentDropZone />
      <ImportPanel />
    </>
  );
}
