// The visible subgraph as GraphML, for yEd (and Gephi, Cytoscape desktop): every attribute as a
// declared <data> key, plus yEd's own node graphics (position, colour, shape, label) so the file
// opens in yEd looking like the canvas. No GraphML writer is maintained for JS (graphology-graphml
// only parses), so the XML is written here, every value escaped.
import { DATE_KEYS } from '../../../../shared/contract';
import { NODE_KIND_INFO, RELATION_KIND_INFO, STATUS_INFO } from '../../../../shared/ontology';
import {
  citationsCell,
  STATUS_STROKE,
  provenanceCell,
  USER_COLOUR,
  userNoteCell,
  asOfCell,
  roundCoordinate,
  verificationCell,
  type ExportDetails,
  type ExportGraph,
} from './exportModel';

import { xmlEscape } from './xmlText';
import { yedShape } from './yedShapes';

interface Key {
  readonly id: string;
  readonly for: 'node' | 'edge';
  readonly type: 'string' | 'int' | 'double';
}

const NODE_KEYS: readonly Key[] = [
  ...['label', 'label_nl', 'label_en', 'kind', 'kind_label', 'status', ...DATE_KEYS, 'colour', 'shape'].map(
    (id): Key => ({ id, for: 'node', type: 'string' }),
  ),
  { id: 'degree', for: 'node', type: 'int' },
  { id: 'x', for: 'node', type: 'double' },
  { id: 'y', for: 'node', type: 'double' },
  { id: 'description', for: 'node', type: 'string' },
  { id: 'citations', for: 'node', type: 'string' },
  { id: 'verification', for: 'node', type: 'string' },
  { id: 'provenance', for: 'node', type: 'string' },
  { id: 'as_of_year', for: 'node', type: 'int' },
  { id: 'as_of', for: 'node', type: 'string' },
  { id: 'user_note', for: 'node', type: 'string' },
];

const EDGE_KEYS: readonly Key[] = [
  'label',
  'kind',
  'relation_nl',
  'relation_en',
  'status',
  'status_label',
  ...DATE_KEYS,
  'note_nl',
  'note_en',
  'citations',
  'verification',
  'provenance',
  'as_of',
  'user_note',
]
  .map((id): Key => ({ id, for: 'edge', type: 'string' }))
  .concat({ id: 'as_of_year', for: 'edge', type: 'int' });

/** Node size in yEd, matching the canvas's default diameter. */
const NODE_SIZE = 26;

const data = (key: string, value: string | number | undefined): string =>
  value === undefined || value === '' ? '' : `<data key="${key}">${xmlEscape(value)}</data>`;

function nodeXml(graph: ExportGraph, details: ExportDetails | undefined, index: number): string {
  const n = graph.nodes[index];
  if (n === undefined) return '';
  const info = NODE_KIND_INFO[n.kind];
  const label = n.label[graph.language];
  const at = graph.positions.get(n.id);
  const x = at === undefined ? undefined : roundCoordinate(at.x);
  const y = at === undefined ? undefined : roundCoordinate(at.y);
  const fields = [
    data('label', label),
    data('label_nl', n.label.nl),
    data('label_en', n.label.en),
    data('kind', n.kind),
    data('kind_label', info.label[graph.language]),
    data('status', n.status ?? undefined),
    ...DATE_KEYS.map((k) => data(k, n.dates[k])),
    data('colour', info.colour),
    data('shape', info.shape),
    data('degree', n.degree),
    data('x', x),
    data('y', y),
    data('description', details?.nodes.get(n.id)?.description[graph.language]),
    data('citations', citationsCell(details?.nodes.get(n.id)?.citations)),
    data('verification', verificationCell(graph, 'node', n.id)),
    data('provenance', provenanceCell(n)),
    data('as_of_year', graph.asOfYear),
    data('as_of', asOfCell(graph, n)),
    data('user_note', userNoteCell(details?.nodes.get(n.id))),
  ].join('');
  // yEd places a node by its top-left corner.
  const geometry = `<y:Geometry height="${NODE_SIZE}" width="${NODE_SIZE}" x="${(x ?? 0) - NODE_SIZE / 2}" y="${(y ?? 0) - NODE_SIZE / 2}"/>`;
  const graphics =
    `<data key="yfiles_node"><y:ShapeNode>${geometry}<y:Fill color="${info.colour}" transparent="false"/>` +
    // The user's own addition keeps the canvas's mark: a purple double-weight outline.
    (n.provenance === 'user'
      ? `<y:BorderStyle color="${USER_COLOUR}" type="line" width="3.0"/>`
      : `<y:BorderStyle color="#333333" type="line" width="1.0"/>`) +
    `<y:NodeLabel modelName="sides" modelPosition="s">${xmlEscape(label)}</y:NodeLabel>` +
    `<y:Shape type="${yedShape(info.shape)}"/></y:ShapeNode></data>`;
  return `    <node id="${xmlEscape(n.id)}">${fields}${graphics}</node>\n`;
}

function edgeXml(graph: ExportGraph, details: ExportDetails | undefined, index: number): string {
  const e = graph.edges[index];
  if (e === undefined) return '';
  const relation = RELATION_KIND_INFO[e.kind].label;
  const citations = citationsCell(details?.edges.get(e.id)?.citations);
  const fields = [
    data('e_label', relation[graph.language]),
    data('e_kind', e.kind),
    data('e_relation_nl', relation.nl),
    data('e_relation_en', relation.en),
    data('e_status', e.status),
    data('e_status_label', STATUS_INFO[e.status].label[graph.language]),
    ...DATE_KEYS.map((k) => data(`e_${k}`, e.dates[k])),
    data('e_note_nl', e.note?.nl),
    data('e_note_en', e.note?.en),
    data('e_citations', citations),
    data('e_verification', verificationCell(graph, 'edge', e.id)),
    data('e_provenance', provenanceCell(e)),
    data('e_as_of', asOfCell(graph, e)),
    data('e_as_of_year', graph.asOfYear),
    data('e_user_note', userNoteCell(details?.edges.get(e.id))),
  ].join('');
  // yEd's names for the canvas's line per status (solid, dashed, dotted).
  const line = { solid: 'line', dashed: 'dashed', dotted: 'dotted' }[STATUS_STROKE[e.status]];
  const colour = e.provenance === 'user' ? USER_COLOUR : '#8A8A8A';
  const graphics = `<data key="yfiles_edge"><y:PolyLineEdge><y:LineStyle color="${colour}" type="${line}" width="1.5"/><y:Arrows source="none" target="standard"/></y:PolyLineEdge></data>`;
  return `    <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">${fields}${graphics}</edge>\n`;
}

const keyXml = (key: Key, prefix: string): string =>
  `  <key id="${prefix}${key.id}" for="${key.for}" attr.name="${key.id}" attr.type="${key.type}"/>\n`;

export function graphml(graph: ExportGraph, details?: ExportDetails): string {
  const header =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
    ' xmlns:y="http://www.yworks.com/xml/graphml"' +
    ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">\n';
  const keys =
    NODE_KEYS.map((k) => keyXml(k, '')).join('') +
    EDGE_KEYS.map((k) => keyXml(k, 'e_')).join('') +
    '  <key id="yfiles_node" for="node" yfiles.type="nodegraphics"/>\n' +
    '  <key id="yfiles_edge" for="edge" yfiles.type="edgegraphics"/>\n';
  const nodes = graph.nodes.map((_, i) => nodeXml(graph, details, i)).join('');
  const edges = graph.edges.map((_, i) => edgeXml(graph, details, i)).join('');
  return `${header}${keys}  <graph id="ips-atlas" edgedefault="directed">\n${nodes}${edges}  </graph>\n</graphml>\n`;
}
