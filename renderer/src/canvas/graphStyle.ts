// Cytoscape's stylesheet, derived from the ontology: one colour and one shape per node kind,
// the same source the legend and the exports use.
import type { Css, StylesheetJson } from 'cytoscape';
import { NODE_KIND_INFO, NODE_KINDS } from '../../../shared/ontology';

export function graphStylesheet(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': 11,
        'font-family': 'system-ui, sans-serif',
        color: '#1a1a1a',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '120px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': '1px',
        width: 26,
        height: 26,
        'border-width': 1,
        'border-color': '#333333',
      },
    },
    ...NODE_KINDS.map((kind) => ({
      selector: `node[kind = "${kind}"]`,
      style: {
        'background-color': NODE_KIND_INFO[kind].colour,
        // The ontology names cytoscape's shapes; its type lists a few more than cytoscape's typings.
        shape: NODE_KIND_INFO[kind].shape as Css.NodeShape,
      },
    })),
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': '#8a8a8a',
        'target-arrow-color': '#8a8a8a',
        'target-arrow-shape': 'triangle',
        'curve-style': 'bezier',
        'arrow-scale': 0.8,
      },
    },
    { selector: 'edge[status = "pending-ratification"], edge[status = "planned"]', style: { 'line-style': 'dashed' } },
    { selector: 'edge[status = "ambition"]', style: { 'line-style': 'dotted' } },
    { selector: 'edge[status = "historical"]', style: { opacity: 0.45 } },
    {
      selector: ':selected',
      style: { 'border-width': 4, 'border-color': '#0b3d91', 'line-color': '#0b3d91', 'target-arrow-color': '#0b3d91' },
    },
  ];
}
