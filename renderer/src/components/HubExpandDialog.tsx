// The question a hub asks before its neighbours come onto the canvas: "4,800 neighbours — show the 50
// most connected, or pick by kind", with the per-kind counts the service keeps. Escape cancels.
import { useRef } from 'react';
import { RELATION_KIND_INFO } from '../../../shared/ontology';
import { count, ts } from '../i18n/scaleStrings';
import { closeHubPrompt, HUB_PAGE, showMostConnected } from '../state/expandHub';
import { useAtlas } from '../state/store';
import { useDialogFocus, useFocusTrap } from './useFocusTrap';

export function HubExpandDialog() {
  const prompt = useAtlas((s) => s.hubPrompt);
  return prompt === null ? null : <HubQuestion key={prompt.id} />;
}

function HubQuestion() {
  const language = useAtlas((s) => s.language);
  const prompt = useAtlas((s) => s.hubPrompt);
  const label = useAtlas((s) => (s.hubPrompt === null ? '' : (s.nodes.get(s.hubPrompt.id)?.label[s.language] ?? '')));
  const dialog = useRef<HTMLDivElement>(null);
  const trap = useFocusTrap(dialog);
  useDialogFocus(dialog, () => dialog.current?.querySelector('button') ?? null);
  if (prompt === null) return null;
  return (
    <div className="modal-backdrop">
      <div
        ref={dialog}
        className="shortcuts-dialog hub-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="hub-title"
        aria-describedby="hub-node"
        tabIndex={-1}
        data-testid="hub-dialog"
        onKeyDown={(event) => {
          if (event.key === 'Escape') closeHubPrompt();
          else trap(event);
        }}
      >
        <h2 id="hub-title">{ts(language, 'hubTitle', count(language, prompt.total), HUB_PAGE)}</h2>
        <p id="hub-node">{label}</p>
        <button type="button" onClick={() => void showMostConnected(prompt.id)}>
          {ts(language, 'hubMostConnected', HUB_PAGE)}
        </button>
        <p>{ts(language, prompt.kinds === null ? 'hubCounting' : 'hubByKind')}</p>
        {prompt.kinds !== null && (
          <ul className="hub-kinds">
            {prompt.kinds.map(({ kind, count: n }) => (
              <li key={kind}>
                <button type="button" onClick={() => void showMostConnected(prompt.id, [kind])}>
                  {ts(language, 'hubKind', RELATION_KIND_INFO[kind].label[language], count(language, n))}
                </button>
              </li>
            ))}
          </ul>
        )}
        <button type="button" onClick={closeHubPrompt}>
          {ts(language, 'cancel')}
        </button>
      </div>
    </div>
  );
}
