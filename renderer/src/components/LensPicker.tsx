// The letter's IPS priorities as one-click lenses: each shows that priority node, what is linked to it
// and one hop further (found through the contract), hiding the rest until the lens is closed.
import { tx } from '../i18n/explorerStrings';
import { closeScope, openLens } from '../state/canvasActions';
import { useAtlas } from '../state/store';
import { KindIcon } from './KindIcon';
import { isolate } from '../../../shared/text/isolate';

export function LensPicker() {
  const language = useAtlas((s) => s.language);
  const lenses = useAtlas((s) => s.lenses);
  const scope = useAtlas((s) => s.scope);
  const anchor = useAtlas((s) => (s.scope === null ? undefined : s.nodes.get(s.scope.anchorId)));
  return (
    <section className="lenses" aria-labelledby="lenses-heading" data-testid="lenses">
      <h2 id="lenses-heading">{tx(language, 'lenses')}</h2>
      <p className="hint">{tx(language, 'lensHint')}</p>
      <ul>
        {lenses.map((lens) => (
          <li key={lens.id}>
            <button
              type="button"
              aria-pressed={scope?.type === 'lens' && scope.anchorId === lens.id}
              onClick={() => (scope?.anchorId === lens.id ? closeScope() : void openLens(lens.id))}
            >
              <KindIcon kind={lens.kind} /> {lens.label[language]}
            </button>
          </li>
        ))}
      </ul>
      {scope !== null && (
        <p className="scope-banner" role="status">
          {tx(
            language,
            scope.type === 'lens' ? 'scopeLens' : 'scopeEgo',
            isolate(anchor?.label[language] ?? scope.anchorId),
          )}{' '}
          <button type="button" onClick={closeScope}>
            {tx(language, 'closeScope')}
          </button>
        </p>
      )}
    </section>
  );
}
