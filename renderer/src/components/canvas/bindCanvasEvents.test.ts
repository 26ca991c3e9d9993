// The canvas's pointer events on a headless Cytoscape. Hover lighting: the neighbourhood lights up
// only once the pointer rests on a node; passing over it, or pressing it at once, dims nothing.
// Selection: one store update per gesture, and a double-click's selection waits for its expansion.
import cytoscape, { type Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bindCanvasEvents, HOVER_DELAY_MS, type SelectionHandOff } from './bindCanvasEvents';

let cy: Core;
let unbind: () => void;
let handOff: SelectionHandOff;
let finishExpansion: () => void = () => undefined;
const onExpand = vi.fn(
  () =>
    new Promise<void>((resolve) => {
      finishExpansion = resolve;
    }),
);
const onSelection = vi.fn();

beforeEach(() => {
  vi.useFakeTimers();
  handOff = { syncing: false, pending: false };
  cy = cytoscape({
    headless: true,
    elements: [
      { data: { id: 'europol' } },
      { data: { id: 'ec3' } },
      { data: { id: 'germany' } },
      { data: { id: 'e1', source: 'ec3', target: 'europol' } },
    ],
  });
  unbind = bindCanvasEvents(cy, { onSelection, onExpand, onMenu: vi.fn(), onMoved: vi.fn() }, handOff);
});

afterEach(() => {
  onSelection.mockClear();
  unbind();
  cy.destroy();
  vi.useRealTimers();
});

const faded = (): string[] =>
  cy
    .elements('.faded')
    .map((e) => e.id())
    .sort();

describe('hover lighting', () => {
  it('dims everything outside the neighbourhood once the pointer has rested on a node', () => {
    cy.getElementById('europol').emit('mouseover');
    vi.advanceTimersByTime(HOVER_DELAY_MS - 1);
    expect(faded()).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(faded()).toEqual(['germany']);
    cy.getElementById('europol').emit('mouseout');
    expect(faded()).toEqual([]);
  });

  it('dims nothing when the pointer only passes over a node', () => {
    cy.getElementById('europol').emit('mouseover');
    vi.advanceTimersByTime(HOVER_DELAY_MS / 2);
    cy.getElementById('europol').emit('mouseout');
    vi.advanceTimersByTime(HOVER_DELAY_MS * 5);
    expect(faded()).toEqual([]);
  });

  it('dims nothing when the node is pressed at once, and the double-click still expands', () => {
    const node = cy.getElementById('europol');
    node.emit('mouseover');
    node.emit('tapstart');
    node.emit('tap');
    node.emit('tap');
    node.emit('dbltap');
    vi.advanceTimersByTime(HOVER_DELAY_MS * 5);
    expect(faded()).toEqual([]);
    expect(onExpand).toHaveBeenCalledWith('europol');
  });

  it('follows the pointer from one node to the next', () => {
    cy.getElementById('europol').emit('mouseover');
    vi.advanceTimersByTime(HOVER_DELAY_MS);
    cy.getElementById('europol').emit('mouseout');
    cy.getElementById('germany').emit('mouseover');
    vi.advanceTimersByTime(HOVER_DELAY_MS);
    expect(faded()).toEqual(['e1', 'ec3', 'europol']);
  });
});

describe('selection', () => {
  it('ignores select events while the store selection is being put on the canvas', () => {
    handOff.syncing = true;
    cy.getElementById('ec3').select();
    handOff.syncing = false;
    vi.advanceTimersByTime(10);
    expect(onSelection).not.toHaveBeenCalled();
    expect(handOff.pending).toBe(false);
  });

  it('reports a click selection once, on the next turn', () => {
    const node = cy.getElementById('ec3');
    node.emit('tap');
    node.select();
    expect(onSelection).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(onSelection).toHaveBeenCalledOnce();
    expect(onSelection).toHaveBeenCalledWith(['ec3'], [], { type: 'node', id: 'ec3' });
  });

  it('holds the selection of a double-click until the expansion has been drawn', async () => {
    const node = cy.getElementById('europol');
    node.emit('tap');
    node.select();
    node.emit('tap');
    node.emit('dbltap');
    await vi.advanceTimersByTimeAsync(100);
    expect(onSelection).not.toHaveBeenCalled();
    // Meanwhile the store's older selection must not be put back over the click.
    expect(handOff.pending).toBe(true);
    finishExpansion();
    // The expansion settles, the frame that draws it passes, then the selection is reported.
    await vi.advanceTimersByTimeAsync(100);
    expect(onSelection).toHaveBeenCalledOnce();
    expect(onSelection).toHaveBeenCalledWith(['europol'], [], { type: 'node', id: 'europol' });
    expect(handOff.pending).toBe(false);
  });
});

describe('double-click and modifier clicks', () => {
  it('does not expand when the two quick clicks hit two different nodes', () => {
    onExpand.mockClear();
    cy.getElementById('ec3').emit('tap');
    cy.getElementById('europol').emit('tap');
    cy.getElementById('europol').emit('dbltap');
    expect(onExpand).not.toHaveBeenCalled();
  });

  it('adds a Ctrl-clicked node to the selection and takes it out on a second Ctrl-click', () => {
    cy.getElementById('ec3').select();
    const europol = cy.getElementById('europol');
    // Cytoscape's emit takes an event object at run time; its types only name the string form.
    const ctrlTap = (): void =>
      (europol.emit as unknown as (event: object) => void).call(europol, {
        type: 'tap',
        originalEvent: { ctrlKey: true, metaKey: false, shiftKey: false },
      });
    europol.emit('tapstart');
    ctrlTap();
    vi.advanceTimersByTime(0);
    expect(cy.nodes(':selected').map((n) => n.id())).toEqual(['europol', 'ec3']);
    europol.emit('tapstart');
    ctrlTap();
    vi.advanceTimersByTime(0);
    expect(cy.nodes(':selected').map((n) => n.id())).toEqual(['ec3']);
  });
});
