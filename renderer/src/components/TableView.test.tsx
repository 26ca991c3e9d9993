// The table shows what the canvas shows: an editorial relation is named as such, and what the applied
// year cannot date is marked in its row, so the keyboard route carries the same caveats as the canvas.
import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { addNodes } from '../state/graphSlice';
import { apply, atlasStore, initialState } from '../state/store';
import { aNode, anEdge } from '../state/testBuilders';
import { setAsOfYear } from '../state/viewSlice';
import { TableView } from './TableView';

const grouping = { ...anEdge('drugs', 'crime', 'form-of'), provenance: 'editorial' as const };
const membership = anEdge('netherlands', 'rst', 'member-of');

beforeEach(() => {
  atlasStore.setState(initialState, true);
  apply(
    addNodes(
      [
        aNode('drugs', 'phenomenon'),
        aNode('crime', 'phenomenon'),
        aNode('netherlands'),
        aNode('rst', 'national-organisation'),
      ],
      [grouping, membership],
    ),
  );
});

const row = (id: string): HTMLElement => {
  const found = screen.getByTestId('table-view').querySelector<HTMLElement>(`tr[data-id="${id}"]`);
  if (found === null) throw new Error(`no table row for ${id}`);
  return found;
};

describe('TableView provenance and as-of', () => {
  it('names the editorial relation in its provenance column, under a provenance header', () => {
    render(<TableView />);
    // One provenance column in each table: nodes and relations.
    expect(screen.getAllByRole('button', { name: 'Herkomst' })).toHaveLength(2);
    expect(within(row(grouping.id)).getByText('Redactionele groepering')).toBeTruthy();
    expect(within(row(membership.id)).queryByText('Redactionele groepering')).toBeNull();
  });

  it("marks the user's own node and relation as such, in the canvas's purple", () => {
    const mine = { ...aNode('user-node-jit-a', 'instrument'), provenance: 'user' as const };
    const myRelation = { ...anEdge('netherlands', mine.id, 'uses'), provenance: 'user' as const };
    apply(addNodes([mine], [myRelation]));
    render(<TableView />);
    for (const id of [mine.id, myRelation.id]) {
      const cell = within(row(id)).getByText('Eigen toevoeging');
      expect(cell.className).toBe('provenance-user');
    }
    expect(within(row('netherlands')).queryByText('Eigen toevoeging')).toBeNull();
    expect(within(row(grouping.id)).getByText('Redactionele groepering').className).toBe('provenance-editorial');
  });

  it('marks rows undated in the applied year, and none without a year', () => {
    const { rerender } = render(<TableView />);
    expect(screen.queryAllByText('niet gedateerd')).toHaveLength(0);
    apply(setAsOfYear(2010));
    rerender(<TableView />);
    // Both relations are in force without a start date: the letter does not say they held in 2010.
    expect(within(row(membership.id)).getByText('niet gedateerd')).toBeTruthy();
    expect(within(row(grouping.id)).getByText('niet gedateerd')).toBeTruthy();
    expect(within(row('netherlands')).queryByText('niet gedateerd')).toBeNull();
  });
});
