// Dropping files on the window: a file drag shows the overlay, one dropped document is imported, two
// at once are refused with a visible note, and a snapshot (.json) is left to the snapshot opener.
import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { connectFakeApi } from '../../../../test/support/fakeApi';
import { aDocumentSummary } from '../../state/documentTestBuilders';
import { atlasStore, initialState } from '../../state/store';
import { DocumentDropZone } from './DocumentDropZone';

/** A drag event carrying files, as a file manager sends it (jsdom has no DragEvent or DataTransfer). */
function fileDrag(type: string, files: readonly File[]): Event {
  const event = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'dataTransfer', {
    value: {
      types: ['Files'],
      items: files.map((f) => ({ kind: 'file', type: f.type })),
      files,
      dropEffect: 'none',
    },
  });
  return event;
}

const pdf = (name: string) => new File(['%PDF-1.7'], name, { type: 'application/pdf' });

beforeEach(() => {
  atlasStore.setState(initialState, true);
});

describe('dropping a document on the window', () => {
  it('shows the overlay while a document is dragged over and imports the one dropped', async () => {
    const calls = connectFakeApi({
      'document.import': () => ({ document: aDocumentSummary(), alreadyImported: false }),
      'document.progress': () => ({ progress: null }),
    });
    render(<DocumentDropZone />);
    const enter = fileDrag('dragenter', [pdf('conclusies.pdf')]);
    act(() => {
      window.dispatchEvent(enter);
    });
    expect(enter.defaultPrevented).toBe(true);
    expect(screen.getByTestId('document-drop').textContent).toContain('Laat het bestand los om het te importeren');
    const drop = fileDrag('drop', [pdf('conclusies.pdf')]);
    await act(async () => {
      window.dispatchEvent(drop);
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(drop.defaultPrevented).toBe(true);
    expect(screen.queryByTestId('document-drop')).toBeNull();
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(
      calls.filter((c) => c.method === 'document.import').map((c) => (c.input as { fileName: string }).fileName),
    ).toEqual(['conclusies.pdf']);
  });

  it('refuses two documents at once with a note the user sees', () => {
    const calls = connectFakeApi({});
    render(<DocumentDropZone />);
    act(() => {
      window.dispatchEvent(fileDrag('drop', [pdf('a.pdf'), pdf('b.pdf')]));
    });
    expect(screen.getByRole('status').textContent).toBe('Sleep één bestand tegelijk.');
    expect(screen.getByRole('status').className).toBe('document-drop-note');
    expect(calls).toEqual([]);
  });

  it('leaves a snapshot to the snapshot opener: no overlay, no import, the drop not taken', () => {
    const calls = connectFakeApi({});
    render(<DocumentDropZone />);
    const json = new File(['{}'], 'weergave.json', { type: 'application/json' });
    const enter = fileDrag('dragenter', [json]);
    const drop = fileDrag('drop', [json]);
    act(() => {
      window.dispatchEvent(enter);
      window.dispatchEvent(drop);
    });
    expect(enter.defaultPrevented).toBe(false);
    expect(drop.defaultPrevented).toBe(false);
    expect(screen.queryByTestId('document-drop')).toBeNull();
    expect(calls).toEqual([]);
  });
});
