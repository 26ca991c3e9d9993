// Where an exchange file, however it arrived (the import button, a drop, a file handed to the app),
// opens the import dialog: one at a time, a new file replacing a report nobody has acted on.
import { useEffect, useState } from 'react';
import { ExchangeDialog } from './ExchangeDialog';
import { onExchangeFile, type ExchangeFile } from './exchangeCommands';

export function ExchangeDialogHost() {
  const [file, setFile] = useState<{ key: number; file: ExchangeFile } | null>(null);
  useEffect(() => onExchangeFile((next) => setFile((old) => ({ key: (old?.key ?? 0) + 1, file: next }))), []);
  return file === null ? null : <ExchangeDialog key={file.key} file={file.file} onClose={() => setFile(null)} />;
}
