// Suggestions mark a node the user made as theirs ("Eigen toevoeging"), in the language shown, and
// leave the dataset's nodes unmarked.
import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../shared/contract';
import { atlasStore, initialState } from '../state/store';
import { aNode } from '../state/testBuilders';
import { SuggestionList } from './SuggestionList';

const bundle: SearchHit = { node: { ...aNode('europol', 'international-body') }, matched: 'europol' };
const own: SearchHit = {
  node: { ...aNode('user-node-0123456789abcdef', 'international-body'), provenance: 'user' },
  matched: 'J-CAT',
};

beforeEach(() => {
  atlasStore.setState(initialState, true);
});

describe('SuggestionList', () => {
  it('marks only the user’s own node, in Dutch and in English', () => {
    const { rerender } = render(
      <SuggestionList id="s" label="Suggesties" hits={[bundle, own]} active={0} onChoose={() => undefined} />,
    );
    const [first, second] = screen.getAllByRole('option');
    expect(first?.textContent).not.toContain('Eigen toevoeging');
    expect(second?.textContent).toContain('Eigen toevoeging');
    atlasStore.setState({ language: 'en' });
    rerender(<SuggestionList id="s" label="Suggestions" hits={[bundle, own]} active={0} onChoose={() => undefined} />);
    expect(screen.getAllByRole('option')[1]?.textContent).toContain('Your addition');
  });
});
