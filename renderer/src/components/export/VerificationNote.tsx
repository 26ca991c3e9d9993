// The detail panel's word on an element an opened snapshot claims but the dataset does not back:
// "not in the dataset" (the panel then shows only what the snapshot says, marked as such) or
// "differs from the dataset" (the panel shows what the dataset says, and names the fields that differ).
import type { Language } from '../../../../shared/contract';
import { NODE_KIND_INFO } from '../../../../shared/ontology';
import { verificationText } from '../../export/formats/verification';
import { t } from '../../i18n/strings';
import { useAtlas } from '../../state/store';
import { findingFor } from '../../state/verificationSlice';
import { isolate } from '../../../../shared/text/isolate';
import { relationPhrase } from '../../i18n/relationPhrase';

const LEAD = {
  nl: { snapshot: 'Uit de momentopname', shown: 'Hieronder staat wat de dataset zegt.' },
  en: { snapshot: 'From the snapshot', shown: 'Below is what the dataset says.' },
} as const;

export function VerificationNote({ type, id }: { readonly type: 'node' | 'edge'; readonly id: string }) {
  const language = useAtlas((s) => s.language);
  const finding = useAtlas((s) => findingFor(s, type, id));
  if (finding === null) return null;
  return (
    <p className="unverified-note" role="note" data-testid="detail-verification" data-verification={finding.state}>
      <strong>
        {LEAD[language].snapshot}: {verificationText(finding, language)}.
      </strong>{' '}
      {finding.state === 'differs' && LEAD[language].shown}
    </p>
  );
}

/** The panel for a selected element that only the snapshot knows: its own words, marked as unverified. */
export function UnverifiedDetail({ language }: { readonly language: Language }) {
  const selection = useAtlas((s) => s.selection);
  const node = useAtlas((s) => (s.selection?.type === 'node' ? s.nodes.get(s.selection.id) : undefined));
  const edge = useAtlas((s) => (s.selection?.type === 'edge' ? s.edges.get(s.selection.id) : undefined));
  const nodes = useAtlas((s) => s.nodes);
  const label = (id: string): string => isolate(nodes.get(id)?.label[language] ?? id);
  const absent = useAtlas(
    (s) => s.selection !== null && findingFor(s, s.selection.type, s.selection.id)?.state === 'absent',
  );
  if (selection === null || !absent) return null;
  const title =
    node !== undefined
      ? `${isolate(node.label[language])} (${NODE_KIND_INFO[node.kind].label[language]})`
      : edge === undefined
        ? selection.id
        : relationPhrase(label(edge.source), edge.kind, label(edge.target), language);
  return (
    <aside className="detail" aria-label={t(language, 'detailPanel')} data-testid="detail-panel">
      <h2>{title}</h2>
      <VerificationNote type={selection.type} id={selection.id} />
    </aside>
  );
}
