// The seeded query sets of the scale benchmark: prefixes and whole words from real labels,
// misspellings, random and hub nodes, random pairs. Drawn the same way on every run and size.
import type { MethodResult } from '../../shared/contract';
import { mulberry32 } from '../../shared/layout/seededRandom';
import type { Dispatch } from '../../main/service/dispatch';

export interface QuerySets {
  readonly ids: readonly string[];
  readonly hubs: readonly string[];
  readonly prefix1: readonly string[];
  readonly prefix2: readonly string[];
  readonly prefix3: readonly string[];
  readonly words: readonly string[];
  readonly misspelt: readonly string[];
  readonly pairs: readonly (readonly [string, string])[];
}

/** One letter off: a middle letter replaced, dropped or doubled, as a hurried typist does. */
function misspell(word: string, roll: number): string {
  const at = 1 + Math.floor(roll * (word.length - 2));
  const kind = Math.floor(roll * 300) % 3;
  if (kind === 0) return `${word.slice(0, at)}x${word.slice(at + 1)}`;
  if (kind === 1) return word.slice(0, at) + word.slice(at + 1);
  return word.slice(0, at) + word.charAt(at) + word.slice(at);
}

export async function querySets(dispatch: Dispatch, nodeCount: number, count: number): Promise<QuerySets> {
  const random = mulberry32(7);
  const draw = (n: number): number => Math.floor(random() * n);
  const ids = Array.from({ length: count }, () => `node-${String(draw(nodeCount))}`);
  const words: string[] = [];
  for (const id of ids) {
    const reply = await dispatch('node.get', { id });
    if (!reply.ok) throw new Error(`node.get ${id} failed: ${reply.error.message}`);
    const node = reply.value as MethodResult<'node.get'>;
    const names = [node.label.nl, node.label.en, ...node.aliases];
    const parts = (names[draw(names.length)] ?? '').split(/[^\p{L}]+/u).filter((w) => w.length >= 4);
    words.push(parts[draw(parts.length)] ?? 'Politie');
  }
  return {
    ids,
    // The synthetic generator makes its first five nodes the hubs (10^4–10^5 relations at 1M).
    hubs: Array.from({ length: count }, (_, i) => `node-${String(i % 5)}`),
    prefix1: words.map((w) => w.slice(0, 1)),
    prefix2: words.map((w) => w.slice(0, 2)),
    prefix3: words.map((w) => w.slice(0, 3)),
    words,
    misspelt: words.filter((w) => w.length >= 5).map((w) => misspell(w, random())),
    pairs: ids.map((id) => [id, `node-${String(draw(nodeCount))}`] as const).filter(([a, b]) => a !== b),
  };
}
