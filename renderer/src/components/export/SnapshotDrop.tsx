// Opening a snapshot by dropping it on the window, or by handing it to the app (a launch argument,
// "open with"): the same checks as the Open… button, and a clear message when a file is refused.
// A document handed to the app goes to the workbench's import, as if dropped.
import { useEffect, useState } from 'react';
import { watchOpenedFiles } from '../../export/deliver';
import { ex } from '../../export/exportStrings';
import { openSnapshotText } from '../../export/snapshotActions';
import { useAtlas } from '../../state/store';
import { handedFileKind, type OpenedFile } from '../../../../shared/shell';
import { importDocument } from '../../state/documentActions';
import { isDocumentDrag, isDocumentName } from '../documents/documentDrag';
import { base64Size } from '../documents/documentFiles';
import { isExchangeName, offerExchangeFile, offerFile } from '../exchange/exchangeCommands';

const hasFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') === true;

export function SnapshotDrop({ onOpened }: { readonly onOpened: (message: string) => void }) {
  const language = useAtlas((s) => s.language);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    const open = (file: { name: string; text: string }): void => {
      void openSnapshotText(file).then((outcome) => {
        if (outcome.ok) onOpened(outcome.message);
      });
    };
    const over = (event: DragEvent): void => {
      // A document (PDF, Word, text) is the workbench's to import (DocumentDropZone), not a snapshot.
      if (!hasFiles(event) || isDocumentDrag(event)) return;
      // Without this the browser (or Electron) would navigate to the dropped file.
      event.preventDefault();
      setDragging(true);
    };
    const leave = (event: DragEvent): void => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent): void => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      // An exchange file from another laptop goes to the exchange's import dialog.
      if (file !== undefined && isExchangeName(file.name)) void offerFile(file);
      else if (file !== undefined && !isDocumentName(file.name))
        void file.text().then((text) => open({ name: file.name, text }));
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    watchOpenedFiles((file: OpenedFile) => {
      // The shell read a document's bytes as base64 (handedFileKind), as the import takes them.
      const kind = handedFileKind(file.name);
      if (kind === 'document')
        void importDocument({ name: file.name, byteSize: base64Size(file.text), base64: file.text });
      else if (kind === 'exchange') offerExchangeFile({ name: file.name, base64: file.text });
      else open(file);
    });
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [onOpened]);

  return dragging ? (
    <div className="snapshot-drop" aria-hidden="true">
      {ex(language, 'dropHere')}
    </div>
  ) : null;
}
