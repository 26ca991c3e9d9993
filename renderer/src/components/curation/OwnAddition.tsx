// The detail panel's part for the user's own node or relation: marked "Eigen toevoeging" (not the
// letter's), with Edit (the form, prefilled) and Delete (a second press confirms; the notice undoes).
import { useState } from 'react';
import type { EdgeDetail, Language, NodeDetail } from '../../../../shared/contract';
import { cx } from '../../i18n/curationStrings';
import { errorText } from '../../i18n/errorText';
import { deleteAddition, startCuration } from '../../state/curationActions';

export type OwnElement =
  { readonly type: 'node'; readonly node: NodeDetail } | { readonly type: 'edge'; readonly edge: EdgeDetail };

export function OwnAddition({
  element,
  label,
  language,
}: {
  readonly element: OwnElement;
  readonly label: string;
  readonly language: Language;
}) {
  const [confirming, setConfirming] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const id = element.type === 'node' ? element.node.id : element.edge.id;
  const edit = (): void =>
    startCuration(
      element.type === 'node' ? { mode: 'editNode', node: element.node } : { mode: 'editRelation', edge: element.edge },
    );
  const remove = (): void => {
    setConfirming(false);
    deleteAddition(id, label).catch((error: unknown) => setRefusal(errorText(language, error)));
  };
  return (
    <div className="own-addition" data-testid="own-addition">
      <p className="own-addition-mark" title={cx(language, 'ownAdditionHelp')}>
        <span className="badge">{cx(language, 'ownAddition')}</span>{' '}
        <span className="hint">{cx(language, 'ownAdditionHelp')}</span>
      </p>
      <p className="own-addition-actions">
        <button type="button" onClick={edit}>
          {cx(language, 'edit')}
        </button>
        {confirming ? (
          <button
            type="button"
            className="confirm"
            ref={(button) => button?.focus()}
            onBlur={() => setConfirming(false)}
            onClick={remove}
            aria-label={cx(language, 'confirmDeleteNamed', label)}
          >
            {cx(language, 'confirmDelete')}
          </button>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            {cx(language, 'delete')}
          </button>
        )}
      </p>
      {refusal !== null && <p role="alert">{refusal}</p>}
    </div>
  );
}
