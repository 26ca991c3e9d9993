// "Mijn toevoegingen": everything the user added (curation.list) in one dialog — their nodes,
// relations and notes, and relations whose end is gone after an update (with what is missing) —
// each opening its item on the canvas with its details.
import { useEffect, useId, useState } from 'react';
import type { CurationList, EdgeDetail, Language } from '../../../../shared/contract';
import { NODE_KIND_INFO } from '../../../../shared/ontology';
import { cx } from '../../i18n/curationStrings';
import {
  closeAdditions,
  labelsOf,
  noteTargets,
  openAddition,
  openDetached,
  type NoteTarget,
} from '../../state/additionsActions';
import { useAtlas } from '../../state/store';
import { CurationModal } from './CurationModal';
import { relationPhrase } from '../../i18n/relationPhrase';

interface Words {
  readonly labels: ReadonlyMap<string, string>;
  readonly notes: ReadonlyMap<string, NoteTarget>;
}

const NO_WORDS: Words = { labels: new Map(), notes: new Map() };

/** The labels the list needs beyond its own nodes: relations' ends and what the notes are on. */
function useWords(list: CurationList | null, language: Language): Words {
  const [words, setWords] = useState<Words>(NO_WORDS);
  useEffect(() => {
    if (list === null) return;
    let current = true;
    const ends = [...list.edges, ...list.detached.map((d) => d.relation)].flatMap((e) => [e.source, e.target]);
    Promise.all([
      labelsOf(ends, language),
      noteTargets(
        list.notes.map((n) => n.targetId),
        language,
      ),
    ]).then(
      ([labels, notes]) => current && setWords({ labels, notes }),
      () => undefined, // ids stand in for labels
    );
    return () => {
      current = false;
    };
  }, [list, language]);
  return words;
}

export function MyAdditions() {
  const open = useAtlas((s) => s.additionsOpen);
  return open ? <AdditionsDialog /> : null;
}

function AdditionsDialog() {
  const language = useAtlas((s) => s.language);
  const list = useAtlas((s) => s.additions);
  const words = useWords(list, language);
  const name = (id: string): string => words.labels.get(id) ?? id;
  const phrase = (e: EdgeDetail): string => relationPhrase(name(e.source), e.kind, name(e.target), language);
  const empty = list !== null && list.nodes.length + list.edges.length + list.notes.length + list.detached.length === 0;
  return (
    <CurationModal
      title={cx(language, 'myAdditions')}
      onClose={closeAdditions}
      className="shortcuts-dialog curation-dialog additions-dialog"
      testId="my-additions"
      language={language}
    >
      {list === null && <p>{cx(language, 'loading')}</p>}
      {empty && <p className="hint">{cx(language, 'myAdditionsEmpty')}</p>}
      {list !== null && !empty && (
        <div className="additions-sections">
          <Section title={cx(language, 'additionNodes', list.nodes.length)} count={list.nodes.length}>
            {list.nodes.map((n) => (
              <Item key={n.id} onOpen={() => void openAddition('node', n.id)}>
                <bdi>{n.label[language]}</bdi> <span className="hint">{NODE_KIND_INFO[n.kind].label[language]}</span>
              </Item>
            ))}
          </Section>
          <Section title={cx(language, 'additionRelations', list.edges.length)} count={list.edges.length}>
            {list.edges.map((e) => (
              <Item key={e.id} onOpen={() => void openAddition('edge', e.id)}>
                <bdi>{phrase(e)}</bdi>
              </Item>
            ))}
          </Section>
          <Section title={cx(language, 'additionNotes', list.notes.length)} count={list.notes.length}>
            {list.notes.map((n) => {
              const target = words.notes.get(n.targetId);
              return (
                <Item key={n.targetId} onOpen={() => void openAddition(target?.type ?? 'node', n.targetId)}>
                  <span className="hint">{cx(language, 'noteOn', target?.text ?? n.targetId)}:</span>{' '}
                  <bdi>{n.text}</bdi>
                </Item>
              );
            })}
          </Section>
          <Section title={cx(language, 'additionDetached', list.detached.length)} count={list.detached.length}>
            {list.detached.length > 0 && <li className="hint">{cx(language, 'detachedHelp')}</li>}
            {list.detached.map((d) => (
              <Item key={d.relation.id} onOpen={() => openDetached(d.relation)}>
                <bdi>{phrase(d.relation)}</bdi>{' '}
                <span className="field-problem">{cx(language, 'missing', d.missing.join(', '))}</span>
              </Item>
            ))}
          </Section>
        </div>
      )}
    </CurationModal>
  );
}

function Section({
  title,
  count,
  children,
}: {
  readonly title: string;
  readonly count: number;
  readonly children: React.ReactNode;
}) {
  const id = useId();
  if (count === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <ul>{children}</ul>
    </section>
  );
}

function Item({ onOpen, children }: { readonly onOpen: () => void; readonly children: React.ReactNode }) {
  return (
    <li>
      <button type="button" className="link addition-item" onClick={onOpen}>
        {children}
      </button>
    </li>
  );
}
