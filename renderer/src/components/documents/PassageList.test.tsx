// Passages from the user's documents under the search box's node suggestions: the matched words
// marked, with document and page; the arrow keys go on from the nodes into the passages, and Enter
// on one opens the viewer at that passage.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DocumentPassage, SearchHit } from '../../../../shared/contract';
import { connectFakeApi } from '../../../../test/support/fakeApi';
import { atlasStore, initialState } from '../../state/store';
import { aNode } from '../../state/testBuilders';
import { SearchBox } from '../SearchBox';

const europol: SearchHit = {
  node: { ...aNode('europol', 'international-body'), label: { nl: 'Europol', en: 'Europol' } },
  matched: 'Europol',
};
const passage: DocumentPassage = {
  documentId: 'user-doc-1',
  title: 'Raadsconclusies',
  page: 2,
  start: 140,
  end: 190,
  text: 'de Raad vraagt Europol om jaarlijks te rapporteren',
  highlights: [{ start: 15, end: 22 }],
};

beforeEach(() => {
  atlasStore.setState(initialState, true);
});

describe('passages in search', () => {
  it('lists passages after the nodes, marked, with document and page, and Enter opens one', async () => {
    const calls = connectFakeApi({
      'search.suggest': () => [europol],
      'document.search': () => ({ passages: [passage], truncated: false }),
    });
    render(<SearchBox />);
    const box = screen.getByRole('combobox');
    await userEvent.type(box, 'Europol');
    const passages = await screen.findByRole('listbox', { name: 'Passages in documenten' });
    const option = within(passages).getByRole('option');
    expect(option.querySelector('mark')?.textContent).toBe('Europol');
    expect(option.textContent).toContain('Raadsconclusies, p. 2');
    expect(calls.find((c) => c.method === 'document.search')?.input).toEqual({ text: 'Europol', limit: 6 });

    await userEvent.keyboard('{ArrowDown}');
    expect(box.getAttribute('aria-activedescendant')).toBe(option.id);
    expect(option.getAttribute('aria-selected')).toBe('true');
    await userEvent.keyboard('{Enter}');
    expect(atlasStore.getState().sourceView).toEqual({ sourceId: 'user-doc-1', focus: { start: 140, end: 190 } });
  });
});
