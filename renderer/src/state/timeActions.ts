// Time and provenance filters: the range of years the year control offers (from the dataset's
// earliest date to this year), choosing a year, and showing or hiding editorial groupings.
import type { EdgeSummary, NodeSummary } from '../../../shared/contract';
import { earliestYear, REFERENCE_YEAR } from '../../../shared/filters/asOf';
import { client, guarded } from './actions';
import { apply } from './store';
import { setEarliestYear } from './uiSlice';
import { setShowEditorial, toggleProvenance } from './viewSlice';

/** Asks graph.info once for the dataset's earliest year. */
export const loadYearRange = (): Promise<void> =>
  guarded(async () => {
    const info = await client().call('graph.info', {});
    apply(setEarliestYear(info.earliestYear), { quiet: true });
  });

/** The earliest year the loaded elements' dates name: the floor until graph.info has answered. */
export function earliestLoadedYear(state: {
  readonly nodes: ReadonlyMap<string, NodeSummary>;
  readonly edges: ReadonlyMap<string, EdgeSummary>;
}): number {
  // zustand calls this on every change: recount only when what is loaded changed.
  if (state.nodes !== last.nodes || state.edges !== last.edges)
    last = {
      nodes: state.nodes,
      edges: state.edges,
      year: Math.min(earliestYear(state.nodes.values()), earliestYear(state.edges.values())),
    };
  return last.year;
}
let last: { nodes: unknown; edges: unknown; year: number } = { nodes: null, edges: null, year: REFERENCE_YEAR };

/** The years the control offers: the dataset's (or the view's) earliest year to this year. */
export function yearRange(earliest: number, now: Date = new Date()): { min: number; max: number } {
  const min = Math.min(earliest, REFERENCE_YEAR);
  return { min, max: Math.max(now.getFullYear(), REFERENCE_YEAR) };
}

/** A typed year, when it is a whole year inside the range; null otherwise (the control keeps the applied one). */
export function parseYear(text: string, range: { min: number; max: number }): number | null {
  if (!/^\s*\d{4}\s*$/.test(text)) return null;
  const year = Number(text);
  return year >= range.min && year <= range.max ? year : null;
}

export const filterEditorial = (show: boolean): void => apply(setShowEditorial(show));

export const filterUserAdditions = (show: boolean): void => apply(toggleProvenance('user', show));
