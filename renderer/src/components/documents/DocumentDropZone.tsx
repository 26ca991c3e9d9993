// Drag and drop of a document anywhere on the window: while a file is dragged over, an overlay says
// what can be dropped; dropping it imports it. Only file drags count, not text or canvas drags, and a
// snapshot (.json) is left to SnapshotDrop, which opens it.
import { useEffect, useState } from 'react';
import { dx } from '../../i18n/documentStrings';
import { useAtlas } from '../../state/store';
import { isDocumentName, mayBeDocumentDrag } from './documentDrag';
import { importFile } from './importCommands';

export function DocumentDropZone() {
  const language = useAtlas((s) => s.language);
  const [over, setOver] = useState(false);
  const [tooMany, setTooMany] = useState(false);
  useEffect(() => {
    // dragenter/dragleave fire for every child crossed: count them, so the overlay does not flicker.
    let depth = 0;
    const enter = (event: DragEvent): void => {
      if (!mayBeDocumentDrag(event)) return;
      event.preventDefault();
      depth += 1;
      setOver(true);
      setTooMany(false);
    };
    const overWindow = (event: DragEvent): void => {
      if (!mayBeDocumentDrag(event)) return;
      // Without this the browser would open the file in place of the app.
      event.preventDefault();
      if (event.dataTransfer !== null) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: DragEvent): void => {
      if (!mayBeDocumentDrag(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const drop = (event: DragEvent): void => {
      depth = 0;
      setOver(false);
      const files = [...(event.dataTransfer?.files ?? [])].filter((file) => isDocumentName(file.name));
      if (files.length === 0) return;
      event.preventDefault();
      setTooMany(files.length > 1);
      const first = files[0];
      if (files.length === 1 && first !== undefined) void importFile(first);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', overWindow);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', overWindow);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);
  return (
    <>
      {over && (
        <div className="document-drop" data-testid="document-drop">
          <p>
            <strong>{dx(language, 'dropHere')}</strong>
            <span>{dx(language, 'dropTypes')}</span>
          </p>
        </div>
      )}
      <p className={tooMany ? 'document-drop-note' : 'visually-hidden'} role="status">
        {tooMany ? dx(language, 'dropOneFile') : ''}
      </p>
    </>
  );
}
