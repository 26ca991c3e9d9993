// The detail panel's relation list marks each editorial relation and each of the user's own, visibly
// and in the row's accessible name, so neither reads as a fact the letter states.
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Neighbourhood } from '../../../shared/contract';
import { aNode, anEdge } from '../state/testBuilders';
import { RelationList } from './RelationList';

const grouping = { ...anEdge('drugs', 'crime', 'form-of'), provenance: 'editorial' as const };
const stated = anEdge('drugs', 'netherlands', 'cooperates-with');
const mine = { ...anEdge('drugs', 'user-node-jit-a', 'form-of'), provenance: 'user' as const };
const hood: Neighbourhood = {
  centre: aNode('drugs', 'phenomenon'),
  nodes: [
    aNode('crime', 'phenomenon'),
    aNode('netherlands'),
    { ...aNode('user-node-jit-a', 'phenomenon'), provenance: 'user' },
  ],
  edges: [grouping, stated, mine],
  total: 3,
  nextCursor: null,
};

const rowOf = (id: string): HTMLElement => {
  const found = screen.getByTestId('detail-relations').querySelector<HTMLElement>(`li[data-edge-id="${id}"]`);
  if (found === null) throw new Error(`no relation row for ${id}`);
  return found;
};

describe('RelationList provenance', () => {
  it('marks the editorial relation with a labelled, explained chip and leaves the stated one unmarked', () => {
    render(<RelationList centreId="drugs" hood={hood} language="nl" />);
    const mark = within(rowOf(grouping.id)).getByText('Redactioneel');
    expect(mark.getAttribute('title')).toContain('niet de woorden van de brief');
    expect(within(rowOf(grouping.id)).getByRole('button', { name: /Redactionele groepering/ })).toBeTruthy();
    expect(within(rowOf(stated.id)).queryByText('Redactioneel')).toBeNull();
  });

  it('words the mark in English', () => {
    render(<RelationList centreId="drugs" hood={hood} language="en" />);
    expect(within(rowOf(grouping.id)).getByText('Editorial').getAttribute('title')).toContain("not the letter's words");
  });

  it("marks the user's own relation as theirs, in both languages, and nothing else", () => {
    const { unmount } = render(<RelationList centreId="drugs" hood={hood} language="nl" />);
    const mark = within(rowOf(mine.id)).getByText('Eigen toevoeging');
    expect(mark.getAttribute('title')).toContain('niet de woorden van de brief');
    expect(
      within(rowOf(mine.id)).getByRole('button', { name: /door u toegevoegd uit een eigen document/ }),
    ).toBeTruthy();
    expect(within(rowOf(mine.id)).queryByText('Redactioneel')).toBeNull();
    expect(within(rowOf(stated.id)).queryByText('Eigen toevoeging')).toBeNull();
    expect(within(rowOf(grouping.id)).queryByText('Eigen toevoeging')).toBeNull();
    unmount();
    render(<RelationList centreId="drugs" hood={hood} language="en" />);
    expect(within(rowOf(mine.id)).getByText('Your addition').getAttribute('title')).toContain("not the letter's words");
  });
});
