// graph.matrix: the relations between nodes of two chosen groups of kinds (e.g. states × treaties),
// honouring the view's filters. Rows and columns list only nodes that have such a relation, so the
// grid stays readable; the renderer builds the cells.
import type { MatrixResult, NodeSummary } from '../../../shared/contract';
import { relationPasses, type FilterSpec } from '../../../shared/filters/graphFilter';
import type { NodeKind } from '../../../shared/ontology';
import type { GraphStore } from '../../store/graphStore';

export interface MatrixRequest {
  readonly rowKinds: readonly NodeKind[];
  readonly columnKinds: readonly NodeKind[];
  readonly filters?: FilterSpec | undefined;
  readonly limit: number;
}

const byWeightThenLabel = (a: NodeSummary, b: NodeSummary): number =>
  b.degree - a.degree || a.label.nl.localeCompare(b.label.nl, 'nl');

export function matrixQuery(store: GraphStore, request: MatrixRequest): MatrixResult {
  const filters = request.filters ?? {};
  const found = store.patterns.between(request.rowKinds, request.columnKinds, request.limit + 1);
  const kept = found.slice(0, request.limit).filter((m) => relationPasses(m.edge, m.source, m.target, filters));
  const rows = new Map<string, NodeSummary>();
  const columns = new Map<string, NodeSummary>();
  for (const { source, target } of kept) {
    for (const [here, there] of [
      [source, target],
      [target, source],
    ] as const) {
      if (request.rowKinds.includes(here.kind) && request.columnKinds.includes(there.kind)) {
        rows.set(here.id, here);
        columns.set(there.id, there);
      }
    }
  }
  return {
    rows: [...rows.values()].sort(byWeightThenLabel),
    columns: [...columns.values()].sort(byWeightThenLabel),
    edges: kept.map((m) => m.edge),
    truncated: found.length > request.limit,
  };
}
