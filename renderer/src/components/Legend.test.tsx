// The legend's fold is the user's: remembered between sessions (a new mount reads it back), and a card
// the network cannot be fitted around folds itself unless the user opened it by hand.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { addNodes } from '../state/graphSlice';
import { apply, atlasStore, initialState } from '../state/store';
import { aNode } from '../state/testBuilders';
import { CARD_COVERS } from './canvas/canvasObstacles';
import { Legend } from './Legend';

const toggle = (): HTMLElement => screen.getByRole('button', { name: /^Legenda (inklappen|uitklappen)$/ });

beforeEach(() => {
  localStorage.clear();
  atlasStore.setState(initialState, true);
  apply(addNodes([aNode('europol', 'international-body'), aNode('netherlands', 'state')], []));
});

describe('Legend fold', () => {
  it('is remembered between sessions, folded and open', () => {
    const first = render(<Legend />);
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(toggle());
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    first.unmount();
    const second = render(<Legend />);
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle());
    second.unmount();
    render(<Legend />);
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
  });

  it('folds itself when it covers the network, but not once the user opened it by hand', () => {
    render(<Legend />);
    const card = screen.getByTestId('legend');
    act(() => void card.dispatchEvent(new CustomEvent(CARD_COVERS)));
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle());
    act(() => void card.dispatchEvent(new CustomEvent(CARD_COVERS)));
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
  });
});
