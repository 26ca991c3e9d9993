// The network and its table as two tabs over one view. The canvas stays mounted behind the table, so
// switching back keeps its instance, positions and viewport.
import type { KeyboardEvent } from 'react';
import { tx } from '../i18n/explorerStrings';
import { apply, useAtlas } from '../state/store';
import { MAIN_TABS, setTab, type MainTab } from '../state/uiSlice';
import { GraphCanvas } from './GraphCanvas';
import { StartView } from './StartView';
import { TableView } from './TableView';

const LABEL = { canvas: 'tabCanvas', table: 'tabTable' } as const;

export function MainView() {
  const language = useAtlas((s) => s.language);
  const tab = useAtlas((s) => s.tab);
  const choose = (next: MainTab): void => {
    apply(setTab(next));
    document.getElementById(`main-tab-${next}`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    event.preventDefault();
    choose(tab === 'canvas' ? 'table' : 'canvas');
  };
  return (
    <section className="main-view">
      <div role="tablist" aria-label={tx(language, 'tabs')} className="main-tabs" onKeyDown={onKeyDown}>
        {MAIN_TABS.map((name) => (
          <button
            key={name}
            id={`main-tab-${name}`}
            type="button"
            role="tab"
            aria-selected={tab === name}
            aria-controls={`main-panel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => choose(name)}
          >
            {tx(language, LABEL[name])}
          </button>
        ))}
      </div>
      <div
        id="main-panel-canvas"
        role="tabpanel"
        aria-labelledby="main-tab-canvas"
        className="tab-panel"
        hidden={tab !== 'canvas'}
      >
        <GraphCanvas />
        <StartView />
      </div>
      <div
        id="main-panel-table"
        role="tabpanel"
        aria-labelledby="main-tab-table"
        className="tab-panel"
        hidden={tab !== 'table'}
      >
        {tab === 'table' && <TableView />}
      </div>
    </section>
  );
}
