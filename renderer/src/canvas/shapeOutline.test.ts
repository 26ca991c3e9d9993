// Every shape the ontology uses has an outline, each kind its own, drawn the way Cytoscape draws it.
import { describe, expect, it } from 'vitest';
import { NODE_KIND_INFO, NODE_KINDS } from '../../../shared/ontology';
import { shapeOutline } from './shapeOutline';

describe('shapeOutline', () => {
  it('draws every kind’s shape, each kind with its own outline', () => {
    const outlines = NODE_KINDS.map((k) => shapeOutline(NODE_KIND_INFO[k].shape));
    for (const o of outlines) expect(o.d).toMatch(/^M .* Z$/);
    const shapes = new Set(NODE_KINDS.map((k) => NODE_KIND_INFO[k].shape));
    expect(new Set(outlines.map((o) => `${o.d}|${String(o.rounded)}`)).size).toBe(shapes.size);
  });

  it('puts a pentagon’s point up, stretches a hexagon to the box, and rounds only the round- shapes', () => {
    expect(shapeOutline('pentagon').d.startsWith('M 0 -1')).toBe(true);
    expect(shapeOutline('hexagon').d.startsWith('M -0.5 -1')).toBe(true);
    expect(shapeOutline('star').d.split('L')).toHaveLength(11);
    expect(shapeOutline('ellipse').d.split('C')).toHaveLength(5);
    expect(shapeOutline('round-hexagon')).toEqual({ d: shapeOutline('hexagon').d, rounded: true });
  });
});
