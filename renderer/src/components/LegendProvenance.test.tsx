// The legend lists the editorial line while an editorial grouping is on screen, and the user's mark
// while one of their own additions is, and neither otherwise; the filter panel hides one without the other.
import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { addNodes, removeNodes } from '../state/graphSlice';
import { apply, atlasStore, initialState } from '../state/store';
import { aNode, anEdge } from '../state/testBuilders';
import { setShowEditorial } from '../state/viewSlice';
import { FilterPanel } from './FilterPanel';
import { Legend } from './Legend';

const EDITORIAL = 'Redactionele groepering (gestippeld, grijs)';
const USER = 'Eigen toevoeging (paars, dubbele rand)';
const mine = { ...aNode('user-node-jit-a', 'instrument'), provenance: 'user' as const };
const myRelation = { ...anEdge('drugs', 'user-node-jit-a', 'uses'), provenance: 'user' as const };

beforeEach(() => {
  atlasStore.setState(initialState, true);
  const grouping = { ...anEdge('drugs', 'crime', 'form-of'), provenance: 'editorial' as const };
  apply(addNodes([aNode('drugs', 'phenomenon'), aNode('crime', 'phenomenon')], [grouping]));
});

describe('Legend provenance', () => {
  it('shows the editorial line while an editorial grouping is visible', () => {
    const { rerender } = render(<Legend />);
    expect(screen.getByText(EDITORIAL)).toBeTruthy();
    apply(setShowEditorial(false));
    rerender(<Legend />);
    expect(screen.queryByText(EDITORIAL)).toBeNull();
  });

  it("shows the user's mark only while one of their additions is visible", () => {
    const { rerender } = render(<Legend />);
    expect(screen.queryByText(USER)).toBeNull();
    apply(addNodes([mine], [myRelation]));
    rerender(<Legend />);
    expect(screen.getByText(USER).closest('li')?.dataset.provenance).toBe('user');
    apply(removeNodes([mine.id]));
    rerender(<Legend />);
    expect(screen.queryByText(USER)).toBeNull();
  });

  it("hides the user's additions from the filter panel without hiding the editorial groupings, and back", () => {
    render(<FilterPanel />);
    expect(screen.queryByTestId('show-user')).toBeNull();
    apply(addNodes([mine], [myRelation]));
    render(<Legend />);
    expect(screen.getByText(USER)).toBeTruthy();
    fireEvent.click(screen.getByTestId('show-user'));
    expect(screen.queryByText(USER)).toBeNull();
    expect(screen.getByText(EDITORIAL)).toBeTruthy();
    fireEvent.click(screen.getByTestId('show-editorial'));
    expect(atlasStore.getState().filters.provenances).toEqual(['stated']);
    fireEvent.click(screen.getByTestId('show-user'));
    fireEvent.click(screen.getByTestId('show-editorial'));
    expect(atlasStore.getState().filters.provenances).toBeUndefined();
    expect(screen.getByText(USER)).toBeTruthy();
  });
});
