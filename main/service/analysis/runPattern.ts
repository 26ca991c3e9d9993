// pattern.query: relations of the asked kinds between a node-or-kinds subject and object, in the
// asked direction, with status and "as of" year filters; each with both ends and its citations.
import { AppError, type PatternResult, type PatternRow } from '../../../shared/contract';
import type { PatternEnd, PatternQuery } from '../../../shared/analysis/patternQuery';
import { relationPasses } from '../../../shared/filters/graphFilter';
import type { GraphStore } from '../../store/graphStore';
import type { EdgeWithEnds } from '../../store/patternQueries';

/** Rows read when a year filter (applied after the query) may drop many: bounds the work on big graphs. */
const SCAN_CAP = 20_000;

function assertExists(store: GraphStore, end: PatternEnd, field: string): void {
  if (end.type === 'node' && store.paths.nodes([end.id]).length === 0)
    throw new AppError('NOT_FOUND', `No node with id "${end.id}" exists.`, field);
}

export function runPattern(store: GraphStore, query: PatternQuery, limit: number): PatternResult {
  assertExists(store, query.subject, 'query.subject.id');
  assertExists(store, query.object, 'query.object.id');
  const cap = query.asOfYear === undefined ? limit + 1 : SCAN_CAP;
  const filters = { relationKinds: query.relationKinds, statuses: query.statuses };
  const oriented: { match: EdgeWithEnds; forward: boolean }[] = [];
  if (query.direction !== 'backward')
    for (const match of store.patterns.match({ source: query.subject, target: query.object, ...filters }, cap))
      oriented.push({ match, forward: true });
  if (query.direction !== 'forward')
    for (const match of store.patterns.match({ source: query.object, target: query.subject, ...filters }, cap))
      oriented.push({ match, forward: false });
  const seen = new Set<string>();
  const kept = oriented.filter(({ match }) => {
    if (seen.has(match.edge.id)) return false;
    seen.add(match.edge.id);
    // The year applies to both ends as well as the relation, as in the matrix and paths.
    return (
      query.asOfYear === undefined ||
      relationPasses(match.edge, match.source, match.target, { asOfYear: query.asOfYear })
    );
  });
  const page = kept.slice(0, limit);
  const citations = store.paths.citations(page.map(({ match }) => match.edge.id));
  const rows = page.map(({ match, forward }): PatternRow => ({
    subject: forward ? match.source : match.target,
    object: forward ? match.target : match.source,
    edge: { ...match.edge, citations: citations.get(match.edge.id) ?? [] },
    forward,
  }));
  return { rows, truncated: kept.length > limit || oriented.length >= cap };
}
