// Where an import stands, as a panel over the window: the progress bar while the file is read, the
// refusal worded from its code (nothing was stored), or the imported document's details to check.
// It takes the focus when its step changes, so a keyboard user is where the news is.
import { useEffect, useId, useRef } from 'react';
import type { Language } from '../../../../shared/contract';
import { dx, phaseLabel } from '../../i18n/documentStrings';
import { errorCodeSentence } from '../../i18n/errorText';
import { openSource } from '../../state/actions';
import { dismissImport } from '../../state/documentActions';
import { importFraction, type ImportStage } from '../../state/documentSlice';
import { useAtlas } from '../../state/store';
import { DocumentDetailsForm } from './DocumentDetailsForm';

export function ImportPanel() {
  const stage = useAtlas((s) => s.documentImport);
  const language = useAtlas((s) => s.language);
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  useEffect(() => {
    if (stage.step !== 'idle') heading.current?.focus({ preventScroll: true });
  }, [stage.step]);
  if (stage.step === 'idle') return null;
  return (
    <section
      className="import-panel"
      role="dialog"
      aria-labelledby={titleId}
      data-testid="import-panel"
      onKeyDown={(event) => {
        // Escape closes it, except while the file is still being read (the import cannot be called back).
        if (event.key === 'Escape' && stage.step !== 'importing') dismissImport();
      }}
    >
      <h2 id={titleId} ref={heading} tabIndex={-1}>
        {dx(language, 'importTitle')}
      </h2>
      <StageBody stage={stage} language={language} />
      <p className="import-actions">
        {stage.step === 'review' && (
          <button
            type="button"
            onClick={() => {
              dismissImport();
              openSource(stage.document.id);
            }}
          >
            {dx(language, 'openDocument')}
          </button>
        )}
        {stage.step !== 'importing' && (
          <button type="button" onClick={dismissImport}>
            {dx(language, 'close')}
          </button>
        )}
      </p>
    </section>
  );
}

function StageBody({ stage, language }: { readonly stage: ImportStage; readonly language: Language }) {
  switch (stage.step) {
    case 'idle':
      return null;
    case 'importing': {
      const fraction = importFraction(stage.progress);
      const { progress } = stage;
      return (
        <>
          <p>{dx(language, 'importing', stage.fileName)}</p>
          <progress
            max={1}
            aria-label={dx(language, 'importProgress')}
            data-testid="import-progress"
            {...(fraction === null ? {} : { value: fraction })}
          />
          <p role="status" className="import-phase">
            {progress === null ? '' : phaseLabel(language, progress.phase, progress.done, progress.total)}
          </p>
        </>
      );
    }
    case 'failed':
      return (
        <div role="alert" className="import-error" data-testid="import-error">
          {stage.fileName !== '' && <p>{dx(language, 'importFailed', stage.fileName)}</p>}
          <p>{errorCodeSentence(language, stage.code)}</p>
        </div>
      );
    case 'review': {
      const { document } = stage;
      return (
        <>
          <p role="status" data-testid="import-summary">
            {stage.alreadyImported
              ? dx(language, 'alreadyImported')
              : dx(language, 'imported', document.fileName, document.mentionCount, document.pageCount)}
          </p>
          <p className="import-help">{dx(language, 'reviewHelp')}</p>
          <DocumentDetailsForm key={document.id} document={document} language={language} />
        </>
      );
    }
  }
}
