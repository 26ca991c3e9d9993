// The ways to act on a passage selected in the document viewer: two buttons in the viewer's header
// (reachable by Tab after selecting with Shift+arrows; the keys N and R in the text do the same) and
// a small toolbar at the selection for the mouse. Each opens the node or relation form on the passage.
import { Spline, SquarePlus } from 'lucide-react';
import { useState } from 'react';
import type { Language } from '../../../../shared/contract';
import { cx } from '../../i18n/curationStrings';
import { startCuration } from '../../state/curationActions';
import type { PassageDraft } from '../../state/curationSlice';
import { MAX_PASSAGE } from './curationRules';
import type { PickedPassage } from './usePickedPassage';

type Mode = 'createNode' | 'createRelation';

/** Opens the form for a picked passage; false when there is none (or it is too long) to act on. */
export function curatePassage(mode: Mode, passage: PassageDraft | null): boolean {
  if (passage === null || passage.end - passage.start > MAX_PASSAGE) return false;
  startCuration({ mode, passage });
  return true;
}

/** The keys in the document's text: N makes a node, R a relation, from the selected passage. */
export function passageKey(key: string, passage: PassageDraft | null): boolean {
  const mode = ({ n: 'createNode', r: 'createRelation' } as const)[key.toLowerCase()];
  return mode !== undefined && curatePassage(mode, passage);
}

export function PassageButtons({
  read,
  language,
}: {
  readonly read: () => PassageDraft | null;
  readonly language: Language;
}) {
  const [hint, setHint] = useState<string | null>(null);
  const act = (mode: Mode): void => {
    const passage = read();
    const tooLong = passage !== null && passage.end - passage.start > MAX_PASSAGE;
    setHint(curatePassage(mode, passage) ? null : cx(language, tooLong ? 'tooLong' : 'selectionHelp', MAX_PASSAGE));
  };
  return (
    <div className="passage-buttons" role="group" aria-label={cx(language, 'selectionTools')}>
      <button type="button" onClick={() => act('createNode')} aria-keyshortcuts="N" data-testid="passage-create-node">
        <SquarePlus aria-hidden="true" focusable="false" size={16} /> {cx(language, 'createNode')}
      </button>
      <button
        type="button"
        onClick={() => act('createRelation')}
        aria-keyshortcuts="R"
        data-testid="passage-create-relation"
      >
        <Spline aria-hidden="true" focusable="false" size={16} /> {cx(language, 'createRelation')}
      </button>
      <p role="status" className="passage-hint">
        {hint ?? ''}
      </p>
    </div>
  );
}

/** The toolbar beside a selection; pressing its buttons keeps the selection (no focus change on press). */
export function SelectionToolbar({
  picked,
  language,
}: {
  readonly picked: PickedPassage | null;
  readonly language: Language;
}) {
  if (picked === null || picked.at === null) return null;
  const { passage } = picked;
  if (passage.end - passage.start > MAX_PASSAGE) return null;
  const top = Math.min(picked.at.top, window.innerHeight - 48);
  const left = Math.max(8, Math.min(picked.at.left, window.innerWidth - 320));
  return (
    <div
      className="selection-toolbar"
      role="toolbar"
      aria-label={cx(language, 'selectionTools')}
      style={{ top, left }}
      data-testid="selection-toolbar"
    >
      {(['createNode', 'createRelation'] as const).map((mode) => (
        <button
          key={mode}
          type="button"
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => curatePassage(mode, passage)}
        >
          {cx(language, mode)}
        </button>
      ))}
    </div>
  );
}
