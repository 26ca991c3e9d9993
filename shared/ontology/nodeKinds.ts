// The kinds of node in the IPS Atlas graph, designed from what the letter on international police
// cooperation names. Each kind has a distinct cytoscape shape, so shape alone tells kinds apart;
// colours come from the colour-blind-safe Okabe–Ito palette (plus two greys) and repeat across kinds.
import type { Localized } from '../contract/languages';

export const NODE_KINDS = [
  'state',
  'region',
  'international-organisation',
  'international-body',
  'national-organisation',
  'council-or-committee',
  'person-or-office',
  'treaty',
  'legislation',
  'code',
  'information-system',
  'instrument',
  'phenomenon',
  'priority',
  'policy',
  'parliamentary-paper',
  'event',
  'letter',
] as const;

export type NodeKind = (typeof NODE_KINDS)[number];

export type NodeShape =
  | 'ellipse'
  | 'triangle'
  | 'round-triangle'
  | 'rectangle'
  | 'round-rectangle'
  | 'bottom-round-rectangle'
  | 'cut-rectangle'
  | 'barrel'
  | 'rhomboid'
  | 'right-rhomboid'
  | 'diamond'
  | 'round-diamond'
  | 'pentagon'
  | 'round-pentagon'
  | 'hexagon'
  | 'round-hexagon'
  | 'concave-hexagon'
  | 'heptagon'
  | 'round-heptagon'
  | 'octagon'
  | 'round-octagon'
  | 'star'
  | 'tag'
  | 'round-tag'
  | 'vee';

export interface NodeKindInfo {
  readonly label: Localized;
  readonly plural: Localized;
  readonly colour: string;
  readonly shape: NodeShape;
}

export const NODE_KIND_INFO: { readonly [K in NodeKind]: NodeKindInfo } = {
  state: {
    label: { nl: 'Staat', en: 'State' },
    plural: { nl: 'Staten', en: 'States' },
    colour: '#0072B2',
    shape: 'ellipse',
  },
  region: {
    label: { nl: 'Regio, gebied of plaats', en: 'Region, territory or place' },
    plural: { nl: 'Regio’s, gebieden en plaatsen', en: 'Regions, territories and places' },
    colour: '#56B4E9',
    shape: 'round-hexagon',
  },
  'international-organisation': {
    label: { nl: 'Internationale organisatie', en: 'International organisation' },
    plural: { nl: 'Internationale organisaties', en: 'International organisations' },
    colour: '#009E73',
    shape: 'octagon',
  },
  'international-body': {
    label: {
      nl: 'Internationaal agentschap, instelling of centrum',
      en: 'International agency, institution or centre',
    },
    plural: {
      nl: 'Internationale agentschappen, instellingen en centra',
      en: 'International agencies, institutions and centres',
    },
    colour: '#009E73',
    shape: 'hexagon',
  },
  'national-organisation': {
    label: { nl: 'Nationale organisatie of eenheid', en: 'National organisation or unit' },
    plural: { nl: 'Nationale organisaties en eenheden', en: 'National organisations and units' },
    colour: '#E69F00',
    shape: 'round-rectangle',
  },
  'council-or-committee': {
    label: { nl: 'Raad, comité of werkgroep', en: 'Council, committee or working group' },
    plural: { nl: 'Raden, comités en werkgroepen', en: 'Councils, committees and working groups' },
    colour: '#E69F00',
    shape: 'pentagon',
  },
  'person-or-office': {
    label: { nl: 'Persoon of ambt', en: 'Person or office' },
    plural: { nl: 'Personen en ambten', en: 'People and offices' },
    colour: '#CC79A7',
    shape: 'round-pentagon',
  },
  treaty: {
    label: { nl: 'Verdrag, handvest of overeenkomst', en: 'Treaty, charter or agreement' },
    plural: { nl: 'Verdragen, handvesten en overeenkomsten', en: 'Treaties, charters and agreements' },
    colour: '#D55E00',
    shape: 'rectangle',
  },
  legislation: {
    label: { nl: 'Wet- of regelgeving', en: 'Law or regulation' },
    plural: { nl: 'Wet- en regelgeving', en: 'Laws and regulations' },
    colour: '#D55E00',
    shape: 'cut-rectangle',
  },
  code: {
    label: { nl: 'Code, protocol of instructie', en: 'Code, protocol or instruction' },
    plural: { nl: 'Codes, protocollen en instructies', en: 'Codes, protocols and instructions' },
    colour: '#D55E00',
    shape: 'tag',
  },
  'information-system': {
    label: { nl: 'Informatiesysteem', en: 'Information system' },
    plural: { nl: 'Informatiesystemen', en: 'Information systems' },
    colour: '#56B4E9',
    shape: 'barrel',
  },
  instrument: {
    label: { nl: 'Instrument, team of programma', en: 'Instrument, team or programme' },
    plural: { nl: 'Instrumenten, teams en programma’s', en: 'Instruments, teams and programmes' },
    colour: '#F0E442',
    shape: 'diamond',
  },
  phenomenon: {
    label: { nl: 'Fenomeen of dreiging', en: 'Phenomenon or threat' },
    plural: { nl: 'Fenomenen en dreigingen', en: 'Phenomena and threats' },
    colour: '#CC79A7',
    shape: 'triangle',
  },
  priority: {
    label: { nl: 'Prioriteit of taak', en: 'Priority or task' },
    plural: { nl: 'Prioriteiten en taken', en: 'Priorities and tasks' },
    colour: '#000000',
    shape: 'star',
  },
  policy: {
    label: { nl: 'Beleid, strategie of concept', en: 'Policy, strategy or concept' },
    plural: { nl: 'Beleid, strategieën en concepten', en: 'Policies, strategies and concepts' },
    colour: '#999999',
    shape: 'bottom-round-rectangle',
  },
  'parliamentary-paper': {
    label: { nl: 'Kamerstuk', en: 'Parliamentary paper' },
    plural: { nl: 'Kamerstukken', en: 'Parliamentary papers' },
    colour: '#666666',
    shape: 'rhomboid',
  },
  event: {
    label: { nl: 'Gebeurtenis of overleg', en: 'Event or meeting' },
    plural: { nl: 'Gebeurtenissen en overleggen', en: 'Events and meetings' },
    colour: '#999999',
    shape: 'heptagon',
  },
  letter: {
    label: { nl: 'Kamerbrief', en: 'Letter to parliament' },
    plural: { nl: 'Kamerbrieven', en: 'Letters to parliament' },
    colour: '#000000',
    shape: 'round-tag',
  },
};
