// The document viewer's passage tools on a real drawing of a two-page document: a selection across a
// mention and plain text becomes a relation draft citing exactly its offsets (tidied of the space at
// its start), with the nodes it mentions; without a selection the buttons say how to make one.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { connectFakeApi } from '../../../../test/support/fakeApi';
import { openSource } from '../../state/actions';
import { aUserDocument, itsMentions } from '../../state/documentTestBuilders';
import { atlasStore, initialState } from '../../state/store';
import { SourceViewer } from '../SourceViewer';

const doc = aUserDocument();

beforeEach(() => {
  atlasStore.setState(initialState, true);
  connectFakeApi({ 'document.get': () => doc, 'document.mentions': () => itsMentions(doc) });
});

async function shown(): Promise<HTMLElement> {
  act(() => openSource(doc.id));
  render(<SourceViewer />);
  const viewer = await screen.findByTestId('source-viewer');
  await within(viewer).findAllByRole('button', { name: 'Europol' });
  return viewer;
}

/** Selects from `from` characters into the run holding `startWord` to `to` characters into the run holding `endWord`. */
function selectBetween(viewer: HTMLElement, startWord: string, from: number, endWord: string, to: number): void {
  const run = (word: string): Node => {
    const el = [...viewer.querySelectorAll('[data-start]')].find((r) => r.textContent.includes(word));
    if (el?.firstChild == null) throw new Error(`no run holds ${word}`);
    return el.firstChild;
  };
  const range = document.createRange();
  range.setStart(run(startWord), from);
  range.setEnd(run(endWord), to);
  document.getSelection()?.removeAllRanges();
  document.getSelection()?.addRange(range);
}

describe('the passage tools', () => {
  it('turn a selection into a relation draft citing its exact offsets and the nodes it mentions', async () => {
    const viewer = await shown();
    // " en Interpol werken samen." — from the space before "en", across the mention, to the full stop.
    selectBetween(viewer, ' en ', 0, ' werken samen.', ' werken samen.'.length);
    await userEvent.click(within(viewer).getByRole('button', { name: 'Relatie maken…' }));
    const draft = atlasStore.getState().curationDraft;
    const start = doc.text.indexOf('en Interpol');
    expect(draft).toEqual({
      mode: 'createRelation',
      passage: {
        documentId: doc.id,
        documentTitle: doc.title,
        start,
        end: start + 'en Interpol werken samen.'.length,
        quote: 'en Interpol werken samen.',
        mentioned: [{ nodeId: 'interpol', kind: 'international-organisation' }],
      },
    });
  });

  it('say how to select a passage when there is none', async () => {
    const viewer = await shown();
    document.getSelection()?.removeAllRanges();
    await userEvent.click(within(viewer).getByRole('button', { name: 'Knoop maken…' }));
    expect(atlasStore.getState().curationDraft).toBeNull();
    expect(within(viewer).getByRole('status').textContent).toContain('Selecteer een passage');
  });
});
