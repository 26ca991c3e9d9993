// The hidden file input behind an "import …" button: the button clicks it (or the shell's own dialog
// answers instead); a chosen file is handed over once, and the input is emptied so choosing the same
// file again still counts.
import type { RefObject } from 'react';

export function HiddenFileInput({
  inputRef,
  accept,
  testId,
  onFile,
}: {
  readonly inputRef: RefObject<HTMLInputElement | null>;
  readonly accept: string;
  readonly testId: string;
  readonly onFile: (file: File) => void;
}) {
  return (
    <input
      ref={inputRef}
      type="file"
      accept={accept}
      hidden
      data-testid={testId}
      onChange={(event) => {
        const file = event.target.files?.[0];
        event.target.value = '';
        if (file !== undefined) onFile(file);
      }}
    />
  );
}
