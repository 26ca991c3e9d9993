// Builders for the state tests: summaries with sensible defaults, and a store state to apply producers to.
import type { DateMap, EdgeSummary, NodeSummary } from '../../../shared/contract';
import type { NodeKind, RelationKind, Status } from '../../../shared/ontology';
import { initialState, type AtlasState } from './store';

export function aNode(
  id: string,
  kind: NodeKind = 'state',
  dates: DateMap = {},
  status: Status | null = null,
): NodeSummary {
  return { id, kind, label: { nl: `${id} (nl)`, en: `${id} (en)` }, status, dates, provenance: 'stated', degree: 1 };
}

export function anEdge(
  source: string,
  target: string,
  kind: RelationKind = 'cooperates-with',
  status: Status = 'in-force',
  dates: DateMap = {},
): EdgeSummary {
  return { id: `${source}-${kind}-${target}`, kind, source, target, status, dates, provenance: 'stated', note: null };
}

export function aState(overrides: Partial<AtlasState> = {}): AtlasState {
  return { ...initialState, ...overrides };
}
