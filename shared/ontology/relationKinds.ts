// The kinds of relation in the IPS Atlas graph, as the letter states them. Labels read from → to in
// the active voice; inverse labels read to → from. from/to list the node kinds each relation may join.
import type { Localized } from '../contract/languages';
import { NODE_KINDS, type NodeKind } from './nodeKinds';

export const RELATION_KINDS = [
  'member-of',
  'part-of',
  'form-of',
  'party-to',
  'approves',
  'based-on',
  'regulates',
  'applies-to',
  'implements',
  'established-by',
  'replaces',
  'evaluates',
  'targets',
  'prioritises',
  'originates-in',
  'transits',
  'affects',
  'leads-to',
  'linked-to',
  'occurred-in',
  'located-in',
  'operates-in',
  'sends-liaison-to',
  'cooperates-with',
  'coordinates-with',
  'participates-in',
  'drives',
  'deploys',
  'organises',
  'develops',
  'invests-in',
  'funds',
  'uses',
  'contributes-to',
  'supports',
  'advocates',
  'explores',
  'rejects',
  'monitors',
  'supervises',
  'has-authority-over',
  'heads',
  'manages',
  'performs',
  'calls-on',
  'connects',
  'aligns-with',
  'refers-to',
  'prepares',
  'authored-by',
  'addressed-to',
  'cites',
  'published-in',
  'responds-to',
  'reports-on',
] as const;

export type RelationKind = (typeof RELATION_KINDS)[number];

export interface RelationKindInfo {
  /** Active voice, from → to, e.g. "is lid van" / "is member of". */
  readonly label: Localized;
  /** Read to → from, e.g. "heeft als lid" / "has member". */
  readonly inverseLabel: Localized;
  readonly from: readonly NodeKind[];
  readonly to: readonly NodeKind[];
  /**
   * A loose link (a reference, an exploration) rather than a substantive tie: path search ranks
   * routes through it after routes of the same length through substantive relations.
   */
  readonly generic?: true;
}

const STATES: readonly NodeKind[] = ['state', 'region'];
const INTL: readonly NodeKind[] = ['international-organisation', 'international-body'];
const ORGS: readonly NodeKind[] = [
  'international-organisation',
  'international-body',
  'national-organisation',
  'council-or-committee',
];
const ACTORS: readonly NodeKind[] = [
  'state',
  'region',
  'international-organisation',
  'international-body',
  'national-organisation',
  'council-or-committee',
  'person-or-office',
];
const LEGAL: readonly NodeKind[] = ['treaty', 'legislation', 'code'];
const ALL: readonly NodeKind[] = NODE_KINDS;

export const RELATION_KIND_INFO: { readonly [K in RelationKind]: RelationKindInfo } = {
  'member-of': {
    label: { nl: 'is lid van', en: 'is member of' },
    inverseLabel: { nl: 'heeft als lid', en: 'has member' },
    from: ACTORS,
    to: [...INTL, 'council-or-committee', 'instrument', 'region'],
  },
  'part-of': {
    label: { nl: 'is onderdeel van', en: 'is part of' },
    inverseLabel: { nl: 'omvat', en: 'includes' },
    from: ALL,
    to: ALL,
  },
  'form-of': {
    label: { nl: 'is een vorm van', en: 'is a form of' },
    inverseLabel: { nl: 'heeft als vorm', en: 'has as a form' },
    from: ['phenomenon', 'instrument', 'information-system'],
    to: ['phenomenon', 'instrument', 'information-system'],
  },
  'party-to': {
    label: { nl: 'is partij bij', en: 'is party to' },
    inverseLabel: { nl: 'heeft als partij', en: 'has party' },
    from: [...STATES, 'international-organisation'],
    to: ['treaty'],
  },
  approves: {
    label: { nl: 'moet goedkeuren', en: 'must approve' },
    inverseLabel: { nl: 'moet worden goedgekeurd door', en: 'must be approved by' },
    from: ['national-organisation', 'council-or-committee'],
    to: ['treaty', 'legislation'],
  },
  'based-on': {
    label: { nl: 'is gebaseerd op', en: 'is based on' },
    inverseLabel: { nl: 'vormt de grondslag voor', en: 'is the basis for' },
    from: [...LEGAL, 'instrument', 'policy', 'information-system', 'international-body', 'priority'],
    to: [...LEGAL, 'policy', 'parliamentary-paper', 'information-system', 'instrument'],
  },
  regulates: {
    label: { nl: 'regelt', en: 'regulates' },
    inverseLabel: { nl: 'wordt geregeld door', en: 'is regulated by' },
    from: [...LEGAL, 'policy'],
    to: [
      'information-system',
      'instrument',
      'international-body',
      'international-organisation',
      'national-organisation',
      'region',
      'state',
      'policy',
    ],
  },
  'applies-to': {
    label: { nl: 'geldt voor', en: 'applies to' },
    inverseLabel: { nl: 'is gebonden aan', en: 'is bound by' },
    from: [...LEGAL, 'policy'],
    to: [...ACTORS, 'instrument'],
  },
  implements: {
    label: { nl: 'implementeert', en: 'implements' },
    inverseLabel: { nl: 'wordt geïmplementeerd door', en: 'is implemented by' },
    from: [...ACTORS, ...LEGAL],
    to: [...LEGAL, 'policy'],
  },
  'established-by': {
    label: { nl: 'is ingesteld door', en: 'was established by' },
    inverseLabel: { nl: 'heeft ingesteld', en: 'established' },
    from: ALL,
    to: ACTORS,
  },
  replaces: {
    label: { nl: 'vervangt', en: 'replaces' },
    inverseLabel: { nl: 'wordt vervangen door', en: 'is replaced by' },
    from: ALL,
    to: ALL,
  },
  evaluates: {
    label: { nl: 'evalueert', en: 'evaluates' },
    inverseLabel: { nl: 'wordt geëvalueerd door', en: 'is evaluated by' },
    from: ['policy', 'parliamentary-paper'],
    to: ['policy', 'instrument'],
  },
  targets: {
    label: { nl: 'richt zich op', en: 'targets' },
    inverseLabel: { nl: 'is doelwit of aandachtsgebied van', en: 'is targeted by' },
    from: [...ACTORS, ...LEGAL, 'instrument', 'priority', 'policy', 'information-system'],
    to: ['phenomenon', 'priority', 'region', 'state', 'policy', 'instrument'],
  },
  prioritises: {
    label: { nl: 'geeft prioriteit aan', en: 'prioritises' },
    inverseLabel: { nl: 'krijgt prioriteit van', en: 'is prioritised by' },
    from: [...ACTORS, 'policy'],
    to: ['phenomenon', 'priority', 'region', 'state', 'instrument'],
  },
  'originates-in': {
    label: { nl: 'komt (mede) uit', en: 'originates (partly) in' },
    inverseLabel: { nl: 'is herkomstgebied van', en: 'is a source of' },
    from: ['phenomenon', 'priority'],
    to: STATES,
  },
  transits: {
    label: { nl: 'loopt via', en: 'transits through' },
    inverseLabel: { nl: 'is doorvoergebied voor', en: 'is a transit point for' },
    from: ['phenomenon'],
    to: STATES,
  },
  affects: {
    label: { nl: 'heeft gevolgen voor', en: 'affects' },
    inverseLabel: { nl: 'ondervindt gevolgen van', en: 'is affected by' },
    from: ['phenomenon', 'event'],
    to: [...ACTORS, 'phenomenon', 'instrument'],
  },
  'leads-to': {
    label: { nl: 'leidt tot', en: 'leads to' },
    inverseLabel: { nl: 'wordt (mede) veroorzaakt door', en: 'is (partly) caused by' },
    from: ['phenomenon', 'event'],
    to: ['phenomenon'],
  },
  'linked-to': {
    label: { nl: 'hangt samen met', en: 'is linked to' },
    inverseLabel: { nl: 'hangt samen met', en: 'is linked to' },
    from: ['phenomenon'],
    to: [...STATES, 'phenomenon'],
  },
  'occurred-in': {
    label: { nl: 'vond plaats in', en: 'took place in' },
    inverseLabel: { nl: 'was plaats van', en: 'was the scene of' },
    from: ['event'],
    to: STATES,
  },
  'located-in': {
    label: { nl: 'is gevestigd in', en: 'is located in' },
    inverseLabel: { nl: 'is vestigingsplaats van', en: 'is the location of' },
    from: [...ORGS, 'region'],
    to: STATES,
  },
  'operates-in': {
    label: { nl: 'is actief in', en: 'operates in' },
    inverseLabel: { nl: 'is werkgebied van', en: 'is the area of operation of' },
    from: [...ORGS, 'instrument'],
    to: STATES,
  },
  'sends-liaison-to': {
    label: { nl: 'plaatst liaisons of functionarissen in of bij', en: 'posts liaison officers or staff to' },
    inverseLabel: { nl: 'ontvangt liaisons of functionarissen van', en: 'hosts liaison officers or staff from' },
    from: ['national-organisation', 'state'],
    to: [...STATES, ...INTL],
  },
  'cooperates-with': {
    label: { nl: 'werkt samen met', en: 'cooperates with' },
    inverseLabel: { nl: 'werkt samen met', en: 'cooperates with' },
    from: [...ACTORS, 'instrument'],
    to: [...ACTORS, 'instrument'],
  },
  'coordinates-with': {
    label: { nl: 'stemt af met', en: 'coordinates with' },
    inverseLabel: { nl: 'stemt af met', en: 'coordinates with' },
    from: ACTORS,
    to: ACTORS,
  },
  'participates-in': {
    label: { nl: 'neemt deel aan', en: 'participates in' },
    inverseLabel: { nl: 'heeft als deelnemer', en: 'has participant' },
    from: ACTORS,
    to: [...INTL, 'instrument', 'council-or-committee', 'policy', 'event'],
  },
  drives: {
    label: { nl: 'is driver of co-driver van', en: 'drives or co-drives' },
    inverseLabel: { nl: 'heeft als (co-)driver', en: 'is (co-)driven by' },
    from: ['state', 'national-organisation'],
    to: ['instrument'],
  },
  deploys: {
    label: { nl: 'zet in', en: 'deploys' },
    inverseLabel: { nl: 'wordt ingezet door', en: 'is deployed by' },
    from: ['national-organisation', 'state'],
    to: ['instrument'],
  },
  organises: {
    label: { nl: 'organiseert of verzorgt', en: 'organises or provides' },
    inverseLabel: { nl: 'wordt georganiseerd of verzorgd door', en: 'is organised or provided by' },
    from: [...ORGS, ...STATES],
    to: ['instrument', 'event'],
  },
  develops: {
    label: { nl: 'ontwikkelt', en: 'develops' },
    inverseLabel: { nl: 'wordt ontwikkeld door', en: 'is developed by' },
    from: ACTORS,
    to: ['information-system', 'policy', 'instrument', 'code', 'treaty', 'legislation'],
  },
  'invests-in': {
    label: { nl: 'investeert in', en: 'invests in' },
    inverseLabel: { nl: 'krijgt investeringen van', en: 'receives investment from' },
    from: ACTORS,
    to: ['instrument', 'information-system', 'policy'],
  },
  funds: {
    label: { nl: 'financiert', en: 'funds' },
    inverseLabel: { nl: 'wordt gefinancierd door', en: 'is funded by' },
    from: ['policy', 'instrument', 'parliamentary-paper'],
    to: ['national-organisation', 'instrument', 'information-system'],
  },
  uses: {
    label: { nl: 'maakt gebruik van', en: 'uses' },
    inverseLabel: { nl: 'wordt gebruikt door', en: 'is used by' },
    from: ACTORS,
    to: [...INTL, 'information-system', 'instrument'],
  },
  'contributes-to': {
    label: { nl: 'draagt bij aan', en: 'contributes to' },
    inverseLabel: { nl: 'krijgt bijdragen van', en: 'receives contributions from' },
    from: [...ACTORS, 'information-system', 'instrument'],
    to: [...STATES, 'instrument', 'international-body', 'international-organisation', 'policy'],
  },
  supports: {
    label: { nl: 'ondersteunt', en: 'supports' },
    inverseLabel: { nl: 'wordt ondersteund door', en: 'is supported by' },
    from: ACTORS,
    to: ['policy', 'instrument'],
  },
  advocates: {
    label: { nl: 'zet in op', en: 'advocates' },
    inverseLabel: { nl: 'wordt bepleit door', en: 'is advocated by' },
    from: ACTORS,
    to: [...LEGAL, 'policy', 'instrument', 'national-organisation'],
  },
  explores: {
    label: { nl: 'verkent', en: 'explores' },
    inverseLabel: { nl: 'wordt verkend door', en: 'is explored by' },
    from: ACTORS,
    to: [...ACTORS, ...LEGAL, 'policy', 'instrument', 'information-system'],
    generic: true,
  },
  rejects: {
    label: { nl: 'kiest niet voor', en: 'rejects' },
    inverseLabel: { nl: 'wordt afgewezen door', en: 'is rejected by' },
    from: ACTORS,
    to: ['instrument', 'policy'],
  },
  monitors: {
    label: { nl: 'volgt of monitort', en: 'monitors' },
    inverseLabel: { nl: 'wordt gevolgd door', en: 'is monitored by' },
    from: ACTORS,
    to: [...ACTORS, ...LEGAL, 'instrument', 'phenomenon', 'policy', 'information-system'],
  },
  supervises: {
    label: { nl: 'houdt toezicht op', en: 'supervises' },
    inverseLabel: { nl: 'staat onder toezicht van', en: 'is supervised by' },
    from: ['council-or-committee', 'international-body', 'code'],
    to: ORGS,
  },
  'has-authority-over': {
    label: { nl: 'heeft gezag over', en: 'has authority over' },
    inverseLabel: { nl: 'staat onder gezag van', en: 'is under the authority of' },
    from: ['national-organisation', 'person-or-office'],
    to: ['national-organisation', 'instrument'],
  },
  heads: {
    label: { nl: 'staat aan het hoofd van', en: 'heads' },
    inverseLabel: { nl: 'wordt geleid door', en: 'is headed by' },
    from: ['person-or-office'],
    to: ORGS,
  },
  manages: {
    label: { nl: 'beheert', en: 'manages' },
    inverseLabel: { nl: 'wordt beheerd door', en: 'is managed by' },
    from: ['person-or-office', 'national-organisation'],
    to: ['instrument', 'information-system'],
  },
  performs: {
    label: { nl: 'voert uit', en: 'performs' },
    inverseLabel: { nl: 'wordt uitgevoerd door', en: 'is performed by' },
    from: ['national-organisation'],
    to: ['priority'],
  },
  'calls-on': {
    label: { nl: 'doet een beroep op', en: 'calls on' },
    inverseLabel: { nl: 'wordt aangesproken door', en: 'is called on by' },
    from: ['international-organisation'],
    to: ['national-organisation'],
  },
  connects: {
    label: { nl: 'verbindt', en: 'connects' },
    inverseLabel: { nl: 'wordt verbonden door', en: 'is connected by' },
    from: ['instrument'],
    to: ACTORS,
  },
  'aligns-with': {
    label: { nl: 'sluit aan bij', en: 'aligns with' },
    inverseLabel: { nl: 'vindt aansluiting bij', en: 'is aligned with by' },
    from: [...LEGAL, 'policy', 'instrument', 'international-body', 'priority'],
    to: [...LEGAL, 'policy', 'priority'],
  },
  'refers-to': {
    label: { nl: 'verwijst naar', en: 'refers to' },
    inverseLabel: { nl: 'wordt aangehaald door', en: 'is referred to by' },
    from: [...LEGAL, 'international-body', 'policy'],
    to: [...LEGAL, 'policy'],
    generic: true,
  },
  prepares: {
    label: { nl: 'bereidt voor', en: 'prepares' },
    inverseLabel: { nl: 'wordt voorbereid door', en: 'is prepared by' },
    from: ['national-organisation'],
    to: ['instrument'],
  },
  'authored-by': {
    label: { nl: 'is opgesteld door', en: 'is authored by' },
    inverseLabel: { nl: 'heeft opgesteld', en: 'authored' },
    from: ['letter', 'parliamentary-paper', 'policy'],
    to: [...ORGS, 'person-or-office'],
  },
  'addressed-to': {
    label: { nl: 'is gericht aan', en: 'is addressed to' },
    inverseLabel: { nl: 'is geadresseerde van', en: 'receives' },
    from: ['letter', 'parliamentary-paper'],
    to: ['national-organisation'],
  },
  cites: {
    label: { nl: 'verwijst naar het Kamerstuk', en: 'cites' },
    inverseLabel: { nl: 'wordt aangehaald in', en: 'is cited by' },
    from: ['letter'],
    to: ['parliamentary-paper', 'policy'],
    generic: true,
  },
  'published-in': {
    label: { nl: 'is gepubliceerd in', en: 'is published in' },
    inverseLabel: { nl: 'bevat', en: 'contains' },
    from: ['policy', 'code', 'treaty'],
    to: ['parliamentary-paper'],
  },
  'responds-to': {
    label: { nl: 'geeft gevolg aan', en: 'responds to' },
    inverseLabel: { nl: 'krijgt gevolg in', en: 'is followed up by' },
    from: ['letter', 'parliamentary-paper', 'policy', 'code'],
    to: ['event', 'parliamentary-paper', 'policy'],
  },
  'reports-on': {
    label: { nl: 'doet verslag van', en: 'reports on' },
    inverseLabel: { nl: 'is onderwerp van verslag in', en: 'is reported on in' },
    from: ['parliamentary-paper', 'policy'],
    to: ['event', 'policy', 'person-or-office', 'parliamentary-paper', 'instrument', 'information-system'],
  },
};

/** Whether the ontology marks this relation kind as generic (see RelationKindInfo.generic). */
export const isGenericRelation = (kind: RelationKind): boolean => RELATION_KIND_INFO[kind].generic === true;
