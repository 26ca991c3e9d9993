// Reads rows by internal key (an INTEGER PRIMARY KEY) through an IN list of bound parameters, instead of
// `IN (SELECT value FROM json_each(?))`. For 1,000 scattered keys of a 1M-row table the bound list
// measured 1.5 ms p50 against 2.6 ms: json_each parses the text and feeds a virtual table row by row,
// and SQLite cannot tell that its values come out sorted; a bound list is sorted once and walked in
// key order, so `ORDER BY` the key needs no sort. Lists are padded to a few fixed lengths so that a
// handful of prepared statements serve every size.

/** The lengths a key list is padded to; longer lists are read in chunks of the last. */
const LIST_LENGTHS: readonly number[] = [16, 64, 256, 1024];
const CHUNK = 1024;
/** Internal keys start at 1: a padding key matches no row. */
const NO_KEY = 0;

const placeholders = new Map(LIST_LENGTHS.map((n) => [n, Array.from({ length: n }, () => '?').join(', ')]));

/**
 * Rows for `keys` (any order, repeats allowed), read in ascending key order, chunk by chunk. `read`
 * gets a parameter list to put inside `IN (…)` and the values to bind; its SQL should order by the key
 * so that the chunks' rows stay in key order when joined.
 */
export function rowsByKeys<R>(
  keys: Iterable<number>,
  read: (list: string, values: readonly number[]) => readonly R[],
): R[] {
  const sorted = [...new Set(keys)].sort((a, b) => a - b);
  const rows: R[] = [];
  for (let start = 0; start < sorted.length; start += CHUNK) {
    const chunk = sorted.slice(start, start + CHUNK);
    const length = LIST_LENGTHS.find((n) => n >= chunk.length) ?? CHUNK;
    while (chunk.length < length) chunk.push(NO_KEY);
    for (const row of read(placeholders.get(length) ?? '', chunk)) rows.push(row);
  }
  return rows;
}
