// The visible subgraph as GEXF 1.3 for Gephi, written by graphology-gexf: attributes as declared
// columns (labels nl/en, kind, status, dates, colour) and the canvas's colour, position and size as
// viz data, so Gephi opens it laid out and coloured as on screen.
import { MultiDirectedGraph } from 'graphology';
import { write } from 'graphology-gexf';
import { DATE_KEYS, type DateMap, type UserNote } from '../../../../shared/contract';
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

import { xmlSafe } from './xmlText';

type Attributes = Record<string, string | number>;

interface Element {
  readonly label: string;
  readonly viz: Record<string, string | number>;
  readonly attributes: Attributes;
}

const asGexf = (_key: string, element: Element): Element => element;

const dateAttributes = (dates: DateMap, prefix = ''): Attributes =>
  Object.fromEntries(DATE_KEYS.map((k) => [`${prefix}${k}`, dates[k] ?? '']));

/** The applied year and whether the element holds in it or is undated; nothing without a year. */
const asOfAttributes = (graph: ExportGraph, element: Parameters<typeof asOfCell>[1]): Attributes =>
  graph.asOfYear === undefined ? {} : { as_of_year: graph.asOfYear, as_of: asOfCell(graph, element) };

/** What both nodes and edges end with: where written, how checked, whose, the user's note, the year applied. */
const traceAttributes = (
  graph: ExportGraph,
  type: 'node' | 'edge',
  element: Parameters<typeof asOfCell>[1],
  detail: { readonly citations: Parameters<typeof citationsCell>[0]; readonly userNote?: UserNote } | undefined,
): Attributes => ({
  citations: citationsCell(detail?.citations),
  verification: verificationCell(graph, type, element.id),
  provenance: provenanceCell(element),
  user_note: userNoteCell(detail),
  ...asOfAttributes(graph, element),
});

/** As rgb(): the writer then emits r, g, b attributes, which every Gephi version reads. */
function rgb(hex: string): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgb(${String((value >> 16) & 255)},${String((value >> 8) & 255)},${String(value & 255)})`;
}

/** GEXF viz shapes are few: disc, square, triangle, diamond. */
const gexfShape = (shape: string): string =>
  shape.includes('triangle') || shape === 'vee'
    ? 'triangle'
    : shape.includes('diamond')
      ? 'diamond'
      : shape.includes('rectangle') || shape === 'tag' || shape === 'round-tag'
        ? 'square'
        : 'disc';

export function gexf(graph: ExportGraph, details?: ExportDetails): string {
  const g = new MultiDirectedGraph<Element, Element>();
  const { language } = graph;
  for (const n of graph.nodes) {
    const info = NODE_KIND_INFO[n.kind];
    const at = graph.positions.get(n.id);
    g.addNode(n.id, {
      label: n.label[language],
      viz: {
        color: rgb(info.colour),
        size: 13,
        shape: gexfShape(info.shape),
        ...(at === undefined ? {} : { x: roundCoordinate(at.x), y: roundCoordinate(-at.y) }),
      },
      attributes: {
        label_nl: n.label.nl,
        label_en: n.label.en,
        kind: n.kind,
        kind_label: info.label[language],
        status: n.status ?? '',
        ...dateAttributes(n.dates),
        colour: info.colour,
        shape: info.shape,
        degree: n.degree,
        description: details?.nodes.get(n.id)?.description[language] ?? '',
        ...traceAttributes(graph, 'node', n, details?.nodes.get(n.id)),
      },
    });
  }
  for (const e of graph.edges) {
    const relation = RELATION_KIND_INFO[e.kind].label;
    g.addDirectedEdgeWithKey(e.id, e.source, e.target, {
      label: relation[language],
      // GEXF 1.3 edge shapes are the canvas's lines per status: solid, dashed, dotted.
      // The user's own relation keeps the canvas's purple; its status still speaks through the shape.
      viz: {
        color: rgb(e.provenance === 'user' ? USER_COLOUR : '#8a8a8a'),
        thickness: 1.5,
        shape: STATUS_STROKE[e.status],
      },
      attributes: {
        kind: e.kind,
        relation_nl: relation.nl,
        relation_en: relation.en,
        status: e.status,
        status_label: STATUS_INFO[e.status].label[language],
        ...dateAttributes(e.dates),
        note_nl: e.note?.nl ?? '',
        note_en: e.note?.en ?? '',
        ...traceAttributes(graph, 'edge', e, details?.edges.get(e.id)),
      },
    });
  }
  // graphology-gexf escapes markup but keeps control characters, which make the file unreadable.
  return xmlSafe(
    write(g, {
      // 1.3: the writer's 1.2 header names a malformed viz namespace, which would lose colours and positions.
      version: '1.3',
      pretty: true,
      // Gephi's y axis points up, the canvas's down: y is negated above so the picture is not mirrored.
      formatNode: asGexf,
      formatEdge: asGexf,
    }),
  );
}
