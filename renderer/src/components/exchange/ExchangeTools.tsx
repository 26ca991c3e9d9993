// "Uitwisselen" in the documents side bar: export everything the user made for another laptop, or
// import what another laptop exported (the shell's open dialog, else a file input in browser mode).
import { ArrowLeftRight } from 'lucide-react';
import { useRef, useState } from 'react';
import { errorText } from '../../i18n/errorText';
import { xs } from '../../i18n/exchangeStrings';
import { useAtlas } from '../../state/store';
import { chooseExchangeFile, EXCHANGE_ACCEPT, exportForLaptop, offerFile } from './exchangeCommands';
import './exchange.css';
import { HiddenFileInput } from '../HiddenFileInput';

export function ExchangeTools() {
  const language = useAtlas((s) => s.language);
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);
  const fail = (error: unknown): void => setMessage({ text: errorText(language, error), isError: true });

  const exportAll = async (): Promise<void> => {
    setBusy(true);
    setMessage({ text: xs(language, 'exporting'), isError: false });
    try {
      const { saved, file } = await exportForLaptop();
      const { document, node, relation, note } = file.counts;
      const key = saved === 'saved' ? 'exported' : saved === 'downloaded' ? 'exportedDownload' : 'exportCancelled';
      setMessage({ text: xs(language, key, file.fileName, document, node, relation, note), isError: false });
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="exchange-tools saved-views" aria-labelledby="exchange-heading" data-testid="exchange-tools">
      <h2 id="exchange-heading" title={xs(language, 'exchangeHint')}>
        <ArrowLeftRight aria-hidden="true" focusable="false" size={14} /> {xs(language, 'exchange')}
      </h2>
      <button type="button" className="link" disabled={busy} onClick={() => void exportAll()}>
        {xs(language, 'exportForLaptop')}
      </button>
      <button
        type="button"
        className="link"
        disabled={busy}
        onClick={() => {
          setMessage(null);
          chooseExchangeFile(() => input.current?.click()).catch(fail);
        }}
      >
        {xs(language, 'importFromLaptop')}
      </button>
      <HiddenFileInput
        inputRef={input}
        accept={EXCHANGE_ACCEPT}
        testId="exchange-file-input"
        onFile={(file) => void offerFile(file).catch(fail)}
      />
      {message !== null && (
        <p role={message.isError ? 'alert' : 'status'} className={message.isError ? 'exchange-error' : 'hint'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
