// The nodes and the user's relation the curation component tests share: Europol and the Netherlands
// with their real labels (the forms and the panel show them), and the relation between them the user
// made from a passage of one of their documents.
import type { EdgeDetail, NodeSummary } from '../../../../shared/contract';
import { aNode } from '../../state/testBuilders';

export const europol: NodeSummary = {
  ...aNode('europol', 'international-organisation'),
  label: { nl: 'Europol', en: 'Europol' },
};

export const netherlands: NodeSummary = {
  ...aNode('netherlands', 'state'),
  label: { nl: 'Nederland', en: 'The Netherlands' },
};

/** "Nederland is lid van Europol", made by the user from `user-doc-1`, citing `quote`. */
export const aUserRelation = (quote: string, end: number): EdgeDetail => ({
  id: 'user-rel-1',
  kind: 'member-of',
  source: 'netherlands',
  target: 'europol',
  status: 'in-force',
  dates: {},
  provenance: 'user',
  note: null,
  citations: [{ sourceId: 'user-doc-1', quote, start: 0, end }],
});
