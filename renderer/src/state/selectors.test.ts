// The visible graph and the filter spec: filters, hand-hidden nodes and scopes hide without removing,
// and the memo gives the same object back until an input changes.
import { describe, expect, it } from 'vitest';
import { NODE_KINDS, STATUSES } from '../../../shared/ontology';
import { addNodes, select, setHidden, setPositions } from './graphSlice';
import { selectFilterSpec, selectLegendEntries, selectVisibleGraph } from './selectors';
import { aNode, anEdge, aState } from './testBuilders';
import { setAsOfYear, setScope, toggleNodeKind, toggleStatus } from './viewSlice';

const loaded = addNodes(
  [
    aNode('netherlands'),
    aNode('germany'),
    aNode('enschede', 'treaty', { signed: '2005' }),
    aNode('old', 'policy', { until: '2010' }),
  ],
  [
    anEdge('netherlands', 'germany'),
    anEdge('netherlands', 'enschede', 'party-to', 'in-force', { signed: '2005' }),
    anEdge('germany', 'enschede', 'party-to', 'pending-ratification'),
  ],
)(aState());

const ids = (items: readonly { id: string }[]): string[] => items.map((i) => i.id);

describe('selectVisibleGraph', () => {
  it('shows everything loaded when no filter is set', () => {
    const visible = selectVisibleGraph(loaded);
    expect(visible.nodes).toHaveLength(4);
    expect(visible.edges).toHaveLength(3);
  });

  it('hides nodes of a kind switched off, and their relations, keeping them loaded and selected', () => {
    const state = toggleNodeKind('treaty', false, NODE_KINDS)(select({ type: 'node', id: 'enschede' })(loaded));
    const visible = selectVisibleGraph(state);
    expect(ids(visible.nodes)).not.toContain('enschede');
    expect(ids(visible.edges)).toEqual(['netherlands-cooperates-with-germany']);
    expect(state.nodes.has('enschede')).toBe(true);
    expect(state.selection).toEqual({ type: 'node', id: 'enschede' });
  });

  it('filters relations by status, and as of a year', () => {
    const inForce = STATUSES.filter((s) => s !== 'pending-ratification');
    let state = loaded;
    state = toggleStatus('pending-ratification', false, STATUSES)(state);
    expect(selectFilterSpec(state).statuses).toEqual(inForce);
    expect(ids(selectVisibleGraph(state).edges)).not.toContain('germany-party-to-enschede');
    const in2000 = selectVisibleGraph(setAsOfYear(2000)(loaded));
    expect(ids(in2000.nodes)).toEqual(['netherlands', 'germany', 'old']);
  });

  it('hides hand-hidden nodes and nodes a scope excludes, keeping their positions', () => {
    const placed = setPositions([['germany', { x: 9, y: 9 }]])(loaded);
    const hidden = setHidden(['germany'], true)(placed);
    expect(ids(selectVisibleGraph(hidden).nodes)).not.toContain('germany');
    expect(hidden.positions.get('germany')).toEqual({ x: 9, y: 9 });
    const scoped = setScope({ type: 'ego', anchorId: 'netherlands', excluded: new Set(['old']), added: new Set() })(
      placed,
    );
    expect(ids(selectVisibleGraph(scoped).nodes)).toEqual(['netherlands', 'germany', 'enschede']);
  });

  it('answers with the same object until an input changes', () => {
    const relabelled: typeof loaded = { ...loaded, language: 'en' };
    expect(selectVisibleGraph(loaded)).toBe(selectVisibleGraph(relabelled));
    expect(selectVisibleGraph(setHidden(['old'], true)(loaded))).not.toBe(selectVisibleGraph(loaded));
  });

  it('lists the kinds and statuses on screen', () => {
    expect(selectLegendEntries(selectVisibleGraph(loaded))).toEqual({
      kinds: ['state', 'treaty', 'policy'],
      statuses: ['in-force', 'pending-ratification'],
    });
  });
});

describe('filter producers', () => {
  it('drops a kind filter once every kind is shown again', () => {
    const off = toggleNodeKind('treaty', false, NODE_KINDS)(loaded);
    expect(off.filters.nodeKinds).toHaveLength(NODE_KINDS.length - 1);
    expect(toggleNodeKind('treaty', true, NODE_KINDS)(off).filters).toEqual({});
  });
});
