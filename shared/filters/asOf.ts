// "As of" a year: the one rule that decides whether a node or relation holds in a year, from its
// dates and status. The canvas, table, search, detail panel, metrics, exports, paths, patterns and
// matrix all call it (through graphFilter's nodePasses / edgePasses / relationPasses).
//
// The dataset knows time only from the dates an element carries and from the letter's own date
// (REFERENCE_YEAR). The rule claims no more than that:
// - Dates bound an element: it does not hold before its first year (from, since, signed, founded,
//   a period's start) nor after its last (until, a period's end). `revised` does not move the
//   start: a treaty revised in 2018 existed before.
// - historical, no end date: ended by the letter, so it does not hold from REFERENCE_YEAR on;
//   before its end, without a start date, it is `undated` (it ended, but since when did it hold?).
// - planned, ambition, pending-ratification: not before their start; without one, from the
//   letter's year on (the letter is where the plan is first known).
// - in force (every relation has a status), no start date: holds from the letter's year on;
//   before it the element is `undated` — the letter says it exists, not since when — so it is
//   not claimed for 2010: views keep it but mark it as undated for that year.
// - a node without status and without dates (a state, an organisation, a phenomenon: actors and
//   subjects, not arrangements that start or end) holds in every year.
// - a relation holds no further than both its ends: the weakest of the three answers.
// - after the letter's year, what it says is in force is taken to last: the dataset has no later word.
import type { DateMap } from '../contract/types';
import type { Status } from '../ontology';

/** The year the source letter speaks from: "now" for statuses without dates. */
export const REFERENCE_YEAR = 2019;

/** `holds`: the dataset says so; `undated`: shown with a marker, the dataset cannot say; `not`: it does not hold. */
export const HOLDINGS = ['not', 'undated', 'holds'] as const;
export type Holding = (typeof HOLDINGS)[number];

/** What the rule reads of an element. */
export interface Datable {
  readonly status: Status | null;
  readonly dates: DateMap;
}

const yearOf = (value: string | undefined): number | undefined => {
  const match = value === undefined ? null : /^(\d{4})/.exec(value);
  return match?.[1] === undefined ? undefined : Number(match[1]);
};

/** First and last year an element holds, from the dates the letter gives. */
export function validity(dates: DateMap): { from?: number; until?: number } {
  const period = dates.period?.split(/\s*[–-]\s*/);
  const from =
    yearOf(dates.from) ?? yearOf(dates.since) ?? yearOf(dates.signed) ?? yearOf(dates.founded) ?? yearOf(period?.[0]);
  const until = yearOf(dates.until) ?? yearOf(period?.[1]);
  return { ...(from === undefined ? {} : { from }), ...(until === undefined ? {} : { until }) };
}

/** Whether one element, on its own dates and status, holds in `year` (see the header for the rule). */
export function holdingIn({ status, dates }: Datable, year: number): Holding {
  const { from, until } = validity(dates);
  if (from !== undefined && year < from) return 'not';
  if (until !== undefined && year > until) return 'not';
  const beforeLetter = year < REFERENCE_YEAR;
  switch (status) {
    case 'historical':
      if (until === undefined && !beforeLetter) return 'not';
      return from === undefined ? 'undated' : 'holds';
    case 'planned':
    case 'ambition':
    case 'pending-ratification':
      return from !== undefined || !beforeLetter ? 'holds' : 'not';
    case 'in-force':
      return from !== undefined || !beforeLetter ? 'holds' : 'undated';
    case null:
      return 'holds';
  }
}

/** The weakest of several answers: a relation holds no further than its ends. */
export function weakest(...holdings: readonly Holding[]): Holding {
  return holdings.reduce((a, b) => (HOLDINGS.indexOf(a) <= HOLDINGS.indexOf(b) ? a : b), 'holds');
}

/** A relation in `year`: its own dates and status, and both its ends'. */
export function relationHoldingIn(edge: Datable, source: Datable, target: Datable, year: number): Holding {
  return weakest(holdingIn(edge, year), holdingIn(source, year), holdingIn(target, year));
}

/** The earliest year any element's dates name: where a year control starts. */
export function earliestYear(elements: Iterable<{ readonly dates: DateMap }>): number {
  let earliest = REFERENCE_YEAR;
  for (const { dates } of elements) {
    for (const value of Object.values(dates)) {
      const year = yearOf(value);
      if (year !== undefined && year < earliest) earliest = year;
    }
  }
  return earliest;
}
