// What differs between this laptop's version of a record and the file's: the fields by name, and each
// side's value as short text for the user to choose between. Timestamps are not content: the same
// node saved a minute later on the other laptop is still the same node.
import type { DateMap } from '../../../shared/contract';

/** A field's value as the user reads it, and as it is compared (the text, whole). */
type FieldReader<T> = (record: T) => string;

const SHORT = 160;

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= SHORT ? flat : `${flat.slice(0, SHORT - 1)}…`;
}

export const datesText = (dates: DateMap): string =>
  Object.entries(dates)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => `${key}: ${value}`)
    .join(', ');

export const citationText = (c: {
  readonly documentId: string;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
}): string => `${c.documentId} ${String(c.start)}–${String(c.end)}: “${c.quote}”`;

export interface FieldDiff {
  readonly fields: string[];
  readonly mine: Record<string, string>;
  readonly theirs: Record<string, string>;
}

/** The differing fields of two versions; none when they are the same content. */
export function compareFields<T>(mine: T, theirs: T, readers: Readonly<Record<string, FieldReader<T>>>): FieldDiff {
  const diff: FieldDiff = { fields: [], mine: {}, theirs: {} };
  for (const [field, read] of Object.entries(readers)) {
    const a = read(mine);
    const b = read(theirs);
    if (a === b) continue;
    diff.fields.push(field);
    const [shownA, shownB] = field === 'text' ? aroundDifference(a, b) : [shorten(a), shorten(b)];
    diff.mine[field] = shownA;
    diff.theirs[field] = shownB;
  }
  return diff;
}

/** Two long texts shown where they first differ, since their openings are usually the same. */
function aroundDifference(a: string, b: string): [string, string] {
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at += 1;
  const from = Math.max(0, at - 40);
  const lead = from > 0 ? '…' : '';
  return [lead + shorten(a.slice(from)), lead + shorten(b.slice(from))];
}
