// The modal around the curation forms: it takes the focus (the form's first field), keeps it (Tab
// wraps), gives it back on closing, and Escape closes it without closing the document viewer beneath.
import { useId, useRef } from 'react';
import type { Language } from '../../../../shared/contract';
import { cx } from '../../i18n/curationStrings';
import { closeCuration } from '../../state/curationActions';
import type { CurationDraft } from '../../state/curationSlice';
import { useAtlas } from '../../state/store';
import { useDialogFocus, useFocusTrap } from '../useFocusTrap';
import { NodeForm } from './NodeForm';
import { RelationForm } from './RelationForm';
import './curation.css';

const TITLES = {
  createNode: 'nodeFormTitle',
  createRelation: 'relationFormTitle',
  editNode: 'editNodeTitle',
  editRelation: 'editRelationTitle',
} as const;

export function CurationDialog() {
  const draft = useAtlas((s) => s.curationDraft);
  const language = useAtlas((s) => s.language);
  // A new draft is a new dialog: its fields start from that draft, its focus from its opener.
  return draft === null ? null : <DraftDialog key={draftKey(draft)} draft={draft} language={language} />;
}

const draftKey = (draft: CurationDraft): string =>
  draft.mode === 'editNode'
    ? draft.node.id
    : draft.mode === 'editRelation'
      ? draft.edge.id
      : `${draft.mode}:${draft.passage.documentId}:${String(draft.passage.start)}:${String(draft.passage.end)}`;

function DraftDialog({ draft, language }: { readonly draft: CurationDraft; readonly language: Language }) {
  const dialog = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const trap = useFocusTrap(dialog);
  useDialogFocus(dialog, () => dialog.current?.querySelector<HTMLElement>('form select, form input') ?? null);
  return (
    <div className="modal-backdrop curation-backdrop">
      <div
        ref={dialog}
        className="shortcuts-dialog curation-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        data-testid="curation-dialog"
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            // The viewer beneath closes on Escape too: this Escape is the dialog's alone. An Escape
            // a field used (the node picker clearing its search) does not close the form.
            event.stopPropagation();
            if (!event.defaultPrevented) closeCuration();
          } else trap(event);
        }}
      >
        <header>
          <h2 id={titleId}>{cx(language, TITLES[draft.mode])}</h2>
          <button type="button" className="btn-ghost" onClick={closeCuration} aria-label={cx(language, 'close')}>
            ×
          </button>
        </header>
        {draft.mode === 'createNode' && <NodeForm passage={draft.passage} language={language} />}
        {draft.mode === 'editNode' && <NodeForm node={draft.node} language={language} />}
        {draft.mode === 'createRelation' && <RelationForm passage={draft.passage} language={language} />}
        {draft.mode === 'editRelation' && <RelationForm edge={draft.edge} language={language} />}
      </div>
    </div>
  );
}
