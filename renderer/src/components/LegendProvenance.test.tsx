// The legend lists the editorial line while an editorial grouping is on screen, and not otherwise.
import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { addNodes } from '../state/graphSlice';
import { apply, atlasStore, initialState } from '../state/store';
import { aNode, anEdge } from '../state/testBuilders';
import { setShowEditorial } from '../state/viewSlice';
import { Legend } from './Legend';

beforeEach(() => {
  atlasStore.setState(initialState, true);
  const grouping = { ...anEdge('drugs', 'crime', 'form-of'), provenance: 'editorial' as const };
  apply(addNodes([aNode('drugs', 'phenomenon'), aNode('crime', 'phenomenon')], [grouping]));
});

describe('Legend provenance', () => {
  it('shows the editorial line while an editorial grouping is visible', () => {
    const { rerender } = render(<Legend />);
    expect(screen.getByText('Redactionele groepering (gestippeld, grijs)')).toBeTruthy();
    apply(setShowEditorial(false));
    rerender(<Legend />);
    expect(screen.queryByText('Redactionele groepering (gestippeld, grijs)')).toBeNull();
  });
});
