// The search box asks only after a pause in typing, and an answer for text it no longer holds never
// replaces the answer for the text it does: driven with fake timers and an API that answers out of order.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Envelope, SearchHit } from '../../../shared/contract';
import { createApiClient } from '../api/client';
import { connectActions } from '../state/actions';
import { atlasStore, initialState } from '../state/store';
import { aNode } from '../state/testBuilders';
import { SEARCH_DEBOUNCE_MS, SearchBox } from './SearchBox';

const hitFor = (id: string, label: string): SearchHit => ({
  node: { ...aNode(id), label: { nl: label, en: label } },
  matched: label,
});

/** An API whose search answers wait until the test releases them, in whatever order it likes. */
function outOfOrderApi() {
  const pending = new Map<string, (hits: SearchHit[]) => void>();
  const asked: string[] = [];
  connectActions(
    createApiClient((method, input) => {
      const text = (input as { text: string }).text;
      if (method === 'document.search') return Promise.resolve({ ok: true, value: { passages: [], truncated: false } });
      if (method !== 'search.suggest') return Promise.resolve({ ok: true, value: [] } as Envelope<never[]>);
      asked.push(text);
      return new Promise<Envelope<SearchHit[]>>((resolve) => {
        pending.set(text, (hits) => resolve({ ok: true, value: hits }));
      });
    }),
  );
  const release = async (text: string, hits: SearchHit[]): Promise<void> => {
    const answer = pending.get(text);
    if (answer === undefined) throw new Error(`the box never asked for "${text}"`);
    await act(async () => {
      answer(hits);
      await Promise.resolve();
    });
  };
  return { asked, release };
}

/** Keystrokes with no pause between them (fake timers stand still while typing). */
function typeInto(box: HTMLElement, text: string): void {
  for (const letter of text) {
    const input = box as HTMLInputElement;
    fireEvent.change(input, { target: { value: input.value + letter } });
  }
}

const labels = (): string[] =>
  screen.queryAllByRole('option').map((o) => o.querySelector('.hit-label')?.textContent ?? '');

beforeEach(() => {
  vi.useFakeTimers();
  atlasStore.setState(initialState, true);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('SearchBox debounce and stale answers', () => {
  it('asks once for a word typed without a pause, and only after the pause', async () => {
    const api = outOfOrderApi();
    render(<SearchBox />);
    typeInto(screen.getByRole('combobox'), 'Politiezone');
    expect(api.asked).toEqual([]);
    await act(() => vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS));
    expect(api.asked).toEqual(['Politiezone']);
  });

  it('a slow answer for "Pol" never overwrites the answer for "Politie"', async () => {
    const api = outOfOrderApi();
    render(<SearchBox />);
    const box = screen.getByRole('combobox');
    typeInto(box, 'Pol');
    await act(() => vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS));
    typeInto(box, 'itie');
    await act(() => vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS));
    expect(api.asked).toEqual(['Pol', 'Politie']);

    await api.release('Politie', [hitFor('politie', 'Politie')]);
    expect(labels()).toEqual(['Politie']);
    await api.release('Pol', [hitFor('polen', 'Polen'), hitFor('politie', 'Politie')]);
    expect(labels()).toEqual(['Politie']);
  });

  it('shows nothing from an older answer that arrives while the newer one is still on its way', async () => {
    const api = outOfOrderApi();
    render(<SearchBox />);
    const box = screen.getByRole('combobox');
    typeInto(box, 'Pol');
    await act(() => vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS));
    typeInto(box, 'itie');
    await api.release('Pol', [hitFor('polen', 'Polen')]);
    expect(labels()).toEqual([]);
    await act(() => vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS));
    await api.release('Politie', [hitFor('politie', 'Politie')]);
    expect(labels()).toEqual(['Politie']);
  });
});
