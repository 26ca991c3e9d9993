// Saved views: what is encoded comes back the same, and anything else (older formats, damaged
// JSON) is refused rather than half-applied.
import { describe, expect, it } from 'vitest';
import { NODE_KINDS } from '../../../shared/ontology';
import { addNodes, setHidden, setPinned, setPositions } from './graphSlice';
import { viewOf } from './historySlice';
import { aNode, aState } from './testBuilders';
import { decodeView, encodeView, viewFields } from './viewCodec';
import { setAsOfYear, setLayoutName, setScope, toggleNodeKind } from './viewSlice';

describe('view codec', () => {
  it('round-trips ids, positions, hidden and pinned nodes, filters, scope and layout through JSON', () => {
    let state = addNodes([aNode('europol', 'international-body'), aNode('germany')])(aState());
    state = setPositions([['europol', { x: 10.04, y: -3.26 }]])(state);
    state = setHidden(['germany'], true)(setPinned(['europol'], true)(state));
    state = setAsOfYear(2015)(toggleNodeKind('treaty', false, NODE_KINDS)(state));
    state = setScope({ type: 'lens', anchorId: 'europol', excluded: new Set(['x']), added: new Set(['germany']) })(
      state,
    );
    state = setLayoutName('hierarchical')(state);
    const decoded = decodeView(JSON.parse(JSON.stringify(encodeView(viewOf(state)))));
    expect(decoded?.nodeIds).toEqual(['europol', 'germany']);
    const fields = viewFields(decoded ?? encodeView(viewOf(aState())));
    expect(fields.positions.get('europol')).toEqual({ x: 10, y: -3.3 });
    expect([...fields.hidden, ...fields.pinned]).toEqual(['germany', 'europol']);
    expect(fields.filters).toEqual(state.filters);
    expect(fields.scope?.added).toEqual(new Set(['germany']));
    expect(fields.layout).toBe('hierarchical');
  });

  it('refuses what it cannot read', () => {
    expect(decodeView({ nodes: ['germany'] })).toBeNull();
    expect(decodeView(null)).toBeNull();
    const valid = encodeView(viewOf(aState()));
    expect(decodeView({ ...valid, layout: 'spiral' })).toBeNull();
    expect(decodeView({ ...valid, filters: { nodeKinds: ['dragon'] } })).toBeNull();
  });

  it('keeps zoom and pan, and drops them (not the view) when they cannot be read', () => {
    const view = viewOf(addNodes([aNode('germany')])(aState()));
    const saved = JSON.parse(JSON.stringify(encodeView(view, undefined, { zoom: 1.23456, pan: { x: 10.04, y: -5 } })));
    expect(decodeView(saved)?.viewport).toEqual({ zoom: 1.2346, pan: { x: 10, y: -5 } });
    const damaged = decodeView({ ...(saved as object), viewport: { zoom: -1, pan: { x: 0, y: 0 } } });
    expect(damaged?.nodeIds).toEqual(['germany']);
    expect(damaged?.viewport).toBeUndefined();
    expect(decodeView(encodeView(view))?.viewport).toBeUndefined();
  });
});
