// The mapping from store to Cytoscape: labels in the chosen language, relations named by the ontology,
// hidden elements kept (with a class) rather than dropped, positions carried over.
import { describe, expect, it } from 'vitest';
import { aNode, anEdge } from '../state/testBuilders';
import { toElements } from './toElements';

const nodes = new Map(
  [aNode('netherlands'), aNode('germany'), aNode('europol', 'international-body')].map((n) => [n.id, n]),
);
const edges = new Map([anEdge('netherlands', 'germany'), anEdge('germany', 'atlantis')].map((e) => [e.id, e]));

describe('toElements', () => {
  it('labels nodes and relations in the chosen language and drops relations to unloaded nodes', () => {
    const elements = toElements(nodes, edges, 'en');
    expect(elements.map((e) => e.data.id)).toEqual([
      'netherlands',
      'germany',
      'europol',
      'edge:netherlands-cooperates-with-germany',
    ]);
    expect(elements[0]?.data.label).toBe('netherlands (en)');
    expect(elements[3]?.data.label).toBe('cooperates with');
    expect(toElements(nodes, edges, 'nl')[3]?.data.label).toBe('werkt samen met');
  });

  it('marks what the view hides, pins and labels, and carries stored positions', () => {
    const elements = toElements(
      nodes,
      edges,
      'nl',
      {},
      {
        visibleNodes: new Set(['netherlands', 'germany']),
        visibleEdges: new Set(),
        pinned: new Set(['germany']),
        edgeLabels: true,
        positions: new Map([['germany', { x: 4, y: 2 }]]),
      },
    );
    const byId = new Map(elements.map((e) => [e.data.id, e]));
    expect(byId.get('europol')?.classes).toBe('hidden');
    expect(byId.get('germany')?.classes).toBe('pinned');
    expect(byId.get('germany')?.position).toEqual({ x: 4, y: 2 });
    expect(byId.get('netherlands')?.position).toBeUndefined();
    expect(byId.get('edge:netherlands-cooperates-with-germany')?.classes).toBe('hidden labelled');
  });

  it('lays the analysis overlay on top: metric size and colour, highlights', () => {
    const [first] = toElements(nodes, edges, 'nl', {
      nodeStyles: new Map([['netherlands', { size: 40, colour: '#E69F00' }]]),
      highlightNodes: new Set(['netherlands']),
    });
    expect(first?.data).toMatchObject({ size: 40, colour: '#E69F00' });
    expect(first?.classes).toBe('highlighted');
  });

  it('curves only relations that share both ends with another, so each stays visible', () => {
    const pair = new Map(
      [
        anEdge('netherlands', 'germany'),
        anEdge('germany', 'netherlands', 'party-to'),
        anEdge('germany', 'europol'),
      ].map((e) => [e.id, e]),
    );
    const curved = toElements(nodes, pair, 'nl')
      .filter((e) => e.group === 'edges' && typeof e.classes === 'string' && e.classes.split(' ').includes('curved'))
      .map((e) => e.data.edgeId as string);
    expect(curved.sort()).toEqual(
      [anEdge('germany', 'netherlands', 'party-to').id, anEdge('netherlands', 'germany').id].sort(),
    );
  });
});
