// The modal around the curation forms (CurationModal: focus taken, kept and given back, Escape its
// own): titled by the draft's mode, the form's first field takes the focus.
import type { Language } from '../../../../shared/contract';
import { cx } from '../../i18n/curationStrings';
import { closeCuration } from '../../state/curationActions';
import type { CurationDraft } from '../../state/curationSlice';
import { useAtlas } from '../../state/store';
import { CurationModal } from './CurationModal';
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
  return (
    <CurationModal
      title={cx(language, TITLES[draft.mode])}
      onClose={closeCuration}
      className="shortcuts-dialog curation-dialog"
      backdropClassName="modal-backdrop curation-backdrop"
      testId="curation-dialog"
      initialFocus="form select, form input"
      language={language}
    >
      {draft.mode === 'createNode' && <NodeForm passage={draft.passage} language={language} />}
      {draft.mode === 'editNode' && <NodeForm node={draft.node} language={language} />}
      {draft.mode === 'createRelation' && <RelationForm passage={draft.passage} language={language} />}
      {draft.mode === 'editRelation' && <RelationForm edge={draft.edge} language={language} />}
    </CurationModal>
  );
}
