// The whole graph laid out once, at build time, with the canvas's own force layout (fcose, seeded):
// "show everything" on an empty canvas then draws at once instead of spending most of a second on
// the first layout in the renderer. Cytoscape runs headless here, where no text can be measured, so
// each node is sized by an estimate of its label (the longer of its two languages).
import cytoscape, { type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { estimatedNodeBox, FORCE_LAYOUT } from '../../shared/layout/forceLayout';
import { roundToTenth } from '../../shared/layout/roundToTenth';
import { seedOf, withSeededRandom } from '../../shared/layout/seededRandom';
import type { Position } from '../../shared/contract';
import type { CompiledEdge, CompiledNode } from './compiledDataset';

cytoscape.use(fcose);

export function overviewLayout(
  nodes: readonly Pick<CompiledNode, 'id' | 'label'>[],
  edges: readonly Pick<CompiledEdge, 'id' | 'source' | 'target'>[],
): Map<string, Position> {
  if (nodes.length === 0) return new Map();
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { shape: 'rectangle', width: 'data(width)', height: 'data(height)' } }],
    elements: [
      ...nodes.map((n) => {
        const label = n.label.nl.length >= n.label.en.length ? n.label.nl : n.label.en;
        return { group: 'nodes' as const, data: { id: n.id, ...estimatedNodeBox(label) } };
      }),
      ...edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target } })),
    ],
  });
  try {
    const options = { ...FORCE_LAYOUT, nodeDimensionsIncludeLabels: false, randomize: true };
    withSeededRandom(seedOf(nodes.map((n) => n.id)), () => cy.layout(options as unknown as LayoutOptions).run());
    return new Map(
      cy.nodes().map((n) => [n.id(), { x: roundToTenth(n.position('x')), y: roundToTenth(n.position('y')) }] as const),
    );
  } finally {
    cy.destroy();
  }
}
