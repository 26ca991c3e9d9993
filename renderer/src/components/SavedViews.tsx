// Named views in the user database: save the current view under a name (the same name replaces it),
// open one (an undoable step), delete one.
import { useState } from 'react';
import { tx } from '../i18n/explorerStrings';
import { useAtlas } from '../state/store';
import { deleteView, openView, saveView } from '../state/viewActions';

export function SavedViews() {
  const language = useAtlas((s) => s.language);
  const views = useAtlas((s) => s.savedViews);
  const [name, setName] = useState('');
  return (
    <section className="saved-views" aria-labelledby="views-heading" data-testid="saved-views">
      <h2 id="views-heading">{tx(language, 'views')}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const trimmed = name.trim();
          if (trimmed === '') return;
          void saveView(trimmed).then(() => setName(''));
        }}
      >
        <label>
          <span className="visually-hidden">{tx(language, 'viewName')}</span>
          <input
            type="text"
            value={name}
            maxLength={120}
            placeholder={tx(language, 'viewName')}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <button type="submit" disabled={name.trim() === ''}>
          {tx(language, 'save')}
        </button>
      </form>
      {views.length === 0 ? (
        <p className="hint">{tx(language, 'noViews')}</p>
      ) : (
        <ul>
          {views.map((view) => (
            <li key={view.name}>
              <button
                type="button"
                className="link"
                onClick={() => void openView(view.name)}
                aria-label={tx(language, 'openView', view.name)}
              >
                {view.name}
              </button>
              <button
                type="button"
                className="remove"
                onClick={() => void deleteView(view.name)}
                aria-label={tx(language, 'deleteView', view.name)}
                title={tx(language, 'delete')}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
