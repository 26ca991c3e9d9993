// A small view to export, as a user would see it: Dutch letters in labels, quotes that need escaping
// in XML, and a label built to attack a spreadsheet. Builders, not ad-hoc literals in each test.
import type { EdgeDetail, GraphInfo, NodeDetail } from '../../shared/contract';
import {
  detailsFrom,
  exportGraph,
  type ExportDetails,
  type ExportGraph,
} from '../../renderer/src/export/formats/exportModel';

export const SOURCE_ID = 'kamerbrief-visie-ips';

export const INFO: GraphInfo = {
  datasetVersion: '0123456789abcdef',
  nodeCount: 4,
  edgeCount: 3,
  earliestYear: 2005,
  sources: [
    {
      id: SOURCE_ID,
      title: { nl: 'Kamerbrief over de visie op internationale politiesamenwerking', en: 'Letter on IPS' },
      author: 'Minister van Justitie en Veiligheid',
      kind: 'letter',
      language: 'nl',
      date: '2019',
      reference: null,
    },
  ],
};

function node(
  id: string,
  kind: NodeDetail['kind'],
  nl: string,
  en: string,
  extra: Partial<NodeDetail> = {},
): NodeDetail {
  return {
    id,
    kind,
    label: { nl, en },
    status: 'in-force',
    dates: {},
    provenance: 'stated',
    degree: 2,
    description: { nl: `${nl} in het kort.`, en: `${en} in brief.` },
    aliases: [],
    attributes: {},
    citations: [{ sourceId: SOURCE_ID, quote: `Over ${nl} zegt de brief iets.`, start: 0, end: 10 }],
    ...extra,
  };
}

export const NODES: NodeDetail[] = [
  node('netherlands', 'state', 'Nederland', 'Netherlands'),
  node('germany', 'state', 'Duitsland', 'Germany'),
  node('treaty-of-enschede', 'treaty', 'Verdrag van Enschede', 'Treaty of Enschede', { dates: { signed: '2005' } }),
  node('europol', 'international-organisation', '=HYPERLINK("http://x")', 'Europol <&> "agency"', {
    description: { nl: 'Het EU-agentschap voor rechtshandhaving; “coördinatie” & ’analyse’.', en: 'EU agency.' },
  }),
];

function edge(
  id: string,
  kind: EdgeDetail['kind'],
  source: string,
  target: string,
  quote: string,
  extra: Partial<EdgeDetail> = {},
): EdgeDetail {
  return {
    id,
    kind,
    source,
    target,
    status: 'in-force',
    dates: {},
    provenance: 'stated',
    note: null,
    citations: [{ sourceId: SOURCE_ID, quote, start: 0, end: quote.length }],
    ...extra,
  };
}

export const EDGES: EdgeDetail[] = [
  edge(
    'netherlands-party-to-treaty-of-enschede',
    'party-to',
    'netherlands',
    'treaty-of-enschede',
    'De samenwerking met Duitsland vindt haar basis in het in 2005 getekende Verdrag van Enschede.',
    {
      dates: { signed: '2005' },
    },
  ),
  edge(
    'germany-party-to-treaty-of-enschede',
    'party-to',
    'germany',
    'treaty-of-enschede',
    'Het Verdrag van Enschede is in 2005 getekend.',
  ),
  edge(
    'netherlands-cooperates-with-europol',
    'cooperates-with',
    'netherlands',
    'europol',
    '+Nederland werkt via Europol samen; "operationele" analyse.',
    {
      status: 'planned',
      note: { nl: '@nog uit te werken', en: 'to be worked out' },
    },
  ),
];

export const POSITIONS = new Map([
  ['netherlands', { x: 0, y: 0 }],
  ['germany', { x: 180.123456, y: -40 }],
  ['treaty-of-enschede', { x: 90, y: 120.5 }],
  ['europol', { x: -150, y: 60 }],
]);

export function fixtureGraph(language: 'nl' | 'en' = 'nl'): ExportGraph {
  // Given out of order on purpose: exports sort.
  return exportGraph([...NODES].reverse(), [...EDGES].reverse(), POSITIONS, language);
}

export function fixtureDetails(): ExportDetails {
  return detailsFrom(NODES, EDGES);
}
