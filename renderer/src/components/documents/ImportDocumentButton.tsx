// "Import document…" in the toolbar's find group: the shell's open dialog in Electron, a file input
// in browser mode (the input is also how tests hand a file over).
import { FileUp } from 'lucide-react';
import { useRef } from 'react';
import { dx } from '../../i18n/documentStrings';
import { useAtlas } from '../../state/store';
import { DOCUMENT_ACCEPT } from './documentFiles';
import { chooseAndImport, importFile } from './importCommands';
import { HiddenFileInput } from '../HiddenFileInput';

export function ImportDocumentButton() {
  const language = useAtlas((s) => s.language);
  const busy = useAtlas((s) => s.documentImport.step === 'importing');
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="tool"
        disabled={busy}
        title={dx(language, 'importDocumentHint')}
        onClick={() => void chooseAndImport(() => input.current?.click())}
      >
        <FileUp aria-hidden="true" focusable="false" />
        {dx(language, 'importDocument')}
      </button>
      <HiddenFileInput
        inputRef={input}
        accept={DOCUMENT_ACCEPT}
        testId="document-file-input"
        onFile={(file) => void importFile(file)}
      />
    </>
  );
}
