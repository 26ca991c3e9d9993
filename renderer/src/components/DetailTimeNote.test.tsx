// The detail panel never shows a node the year hides as if it were visible; it says when an
// element is undated in the applied year, and marks the curator's editorial groupings.
import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { EdgeDetail, NodeDetail } from '../../../shared/contract';
import { addNodes } from '../state/graphSlice';
import { apply, atlasStore, initialState } from '../state/store';
import { aNode, anEdge } from '../state/testBuilders';
import { setLanguage, showDetail } from '../state/uiSlice';
import { setAsOfYear } from '../state/viewSlice';
import { DetailPanel } from './DetailPanel';

const detailOf = (node: ReturnType<typeof aNode>): NodeDetail => ({
  ...node,
  description: { nl: 'Omschrijving.', en: 'Description.' },
  aliases: [],
  attributes: {},
  citations: [],
});
const rst = detailOf(aNode('rst', 'instrument', { from: '2020' }, 'in-force'));
const netherlands = aNode('netherlands');

beforeEach(() => {
  atlasStore.setState(initialState, true);
  apply(addNodes([netherlands, rst], []));
});

describe('DetailPanel and the year', () => {
  it('hides the details of a node the year hides, and shows them again for a year it holds', () => {
    apply(showDetail({ type: 'node', node: rst, relations: null }));
    apply(setAsOfYear(2018));
    const { rerender } = render(<DetailPanel />);
    expect(screen.queryByText('rst (nl)')).toBeNull();
    expect(screen.getByTestId('detail-hidden-by-year').textContent).toContain('2018');
    apply(setAsOfYear(2021));
    rerender(<DetailPanel />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('rst (nl)');
    expect(screen.queryByTestId('detail-hidden-by-year')).toBeNull();
  });

  it('says an undated relation is not claimed for an earlier year, and marks an editorial one', () => {
    const edge: EdgeDetail = {
      ...anEdge('netherlands', 'rst', 'member-of', 'in-force'),
      provenance: 'editorial',
      citations: [],
    };
    apply(setLanguage('en'));
    apply(showDetail({ type: 'edge', edge }));
    apply(setAsOfYear(2021));
    const { rerender } = render(<DetailPanel />);
    expect(screen.getByTestId('detail-provenance').textContent).toBe('Editorial grouping');
    expect(screen.queryByTestId('detail-undated')).toBeNull();
    apply(setAsOfYear(2010));
    rerender(<DetailPanel />);
    // Its end (from 2020) does not hold in 2010, so neither does the relation.
    expect(screen.getByTestId('detail-hidden-by-year')).toBeTruthy();
    apply(showDetail({ type: 'edge', edge: { ...edge, target: 'netherlands', source: 'netherlands' } }));
    rerender(<DetailPanel />);
    expect(screen.getByTestId('detail-undated').textContent).toContain('2010');
  });
});
