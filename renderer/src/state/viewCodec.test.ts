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
});
