// paths.find on the real dataset, through the contract's dispatch, checked against a plain
// breadth-first search over every relation the dataset ships: the first path is truly shortest, no
// longer path is returned while a shorter one is left out, exclusions hold, paths of one length put
// substantive relations first, and each hop's first citation names both its ends when any does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodResult } from '../../../shared/contract';
import { isGenericRelation, type NodeKind } from '../../../shared/ontology';
import { FULL_DATA_DIR, openTestService, type TestService } from '../../../test/support/testService';
import { endsNamed } from './bestCitation';

type Paths = MethodResult<'paths.find'>;

let service: TestService;
const adjacency = new Map<string, Set<string>>();
const kindOf = new Map<string, NodeKind>();
const names = new Map<string, string[]>();

async function call<T>(method: string, input: object): Promise<T> {
  const envelope = await service.dispatch(method, input);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value as T;
}

beforeAll(async () => {
  service = openTestService(FULL_DATA_DIR);
  for (let cursor: string | null | undefined = undefined; cursor !== null;) {
    const page: MethodResult<'graph.elements'> = await call('graph.elements', cursor === undefined ? {} : { cursor });
    for (const n of page.nodes) {
      kindOf.set(n.id, n.kind);
      adjacency.set(n.id, adjacency.get(n.id) ?? new Set());
    }
    for (const e of page.edges) {
      if (e.source === e.target) continue;
      adjacency.get(e.source)?.add(e.target);
      adjacency.get(e.target)?.add(e.source);
    }
    cursor = page.nextCursor;
  }
});
afterAll(() => service.close());

/** Hop distance and number of shortest paths from `from` to `to`, avoiding `avoid` (plain BFS). */
function bfs(from: string, to: string, avoid: (id: string) => boolean): { distance: number; count: number } | null {
  const distance = new Map([[from, 0]]);
  const count = new Map([[from, 1]]);
  let frontier = [from];
  while (frontier.length > 0 && !distance.has(to)) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const n of adjacency.get(node) ?? []) {
        if (n !== to && avoid(n)) continue;
        if (!distance.has(n)) {
          distance.set(n, (distance.get(node) ?? 0) + 1);
          next.push(n);
        }
        if (distance.get(n) === (distance.get(node) ?? 0) + 1)
          count.set(n, (count.get(n) ?? 0) + (count.get(node) ?? 0));
      }
    }
    frontier = next;
  }
  const d = distance.get(to);
  return d === undefined ? null : { distance: d, count: count.get(to) ?? 0 };
}

/** Seeded pairs of distinct node ids, so a failure names a pair that fails again. */
function pairs(howMany: number): [string, string][] {
  const ids = [...adjacency.keys()].sort();
  let state = 20190201;
  const pick = (): string => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return ids[state % ids.length] ?? '';
  };
  const out: [string, string][] = [];
  while (out.length < howMany) {
    const a = pick();
    const b = pick();
    if (a !== b) out.push([a, b]);
  }
  return out;
}

function expectShortest(found: Paths, from: string, to: string, maxHops: number, avoid: (id: string) => boolean) {
  const truth = bfs(from, to, avoid);
  const label = `${from} → ${to}`;
  if (truth === null || truth.distance > maxHops) {
    expect(found.paths, label).toEqual([]);
    return;
  }
  const lengths = found.paths.map((p) => p.hops.length);
  expect(lengths[0], label).toBe(truth.distance);
  expect(
    [...lengths].sort((a, b) => a - b),
    label,
  ).toEqual(lengths);
  // Capped at k paths: while shortest paths remain unreturned, none of the k may be longer.
  const shortestReturned = lengths.filter((l) => l === truth.distance).length;
  expect(shortestReturned, label).toBe(Math.min(truth.count, lengths.length));
  for (const path of found.paths) {
    expect(new Set(path.nodes).size, label).toBe(path.nodes.length);
    for (const middle of path.nodes.slice(1, -1)) expect(avoid(middle), `${label} passes ${middle}`).toBe(false);
  }
}

// Hundreds of searches each: generous timeouts, since two cores may be shared with other work.
describe('paths.find on the dataset', { timeout: 120_000 }, () => {
  it('returns truly shortest paths, shortest first, for many pairs (a plain BFS agrees)', async () => {
    for (const [from, to] of pairs(120)) {
      const found = await call<Paths>('paths.find', { from, to, maxHops: 4, maxPaths: 3 });
      expectShortest(found, from, to, 4, () => false);
    }
  });

  it('never passes an excluded node or a node of an excluded kind, and stays shortest without them', async () => {
    const minister = 'minister-of-justice-and-security';
    expect(kindOf.get(minister)).toBe('person-or-office');
    let detours = 0;
    for (const [from, to] of pairs(150)) {
      if (from === minister || to === minister) continue;
      const found = await call<Paths>('paths.find', { from, to, maxHops: 4, maxPaths: 3, excludeNodes: [minister] });
      expectShortest(found, from, to, 4, (id) => id === minister);
      const byKind = await call<Paths>('paths.find', {
        from,
        to,
        maxHops: 4,
        maxPaths: 3,
        excludeNodeKinds: ['person-or-office', 'letter'],
      });
      const avoidedKinds: readonly (NodeKind | undefined)[] = ['person-or-office', 'letter'];
      const kindAvoided = (id: string) => avoidedKinds.includes(kindOf.get(id));
      expectShortest(byKind, from, to, 4, kindAvoided);
      const plain = await call<Paths>('paths.find', { from, to, maxHops: 4, maxPaths: 3 });
      if (plain.paths.some((p) => p.nodes.slice(1, -1).some(kindAvoided))) detours += 1;
    }
    // The exclusions changed real answers, not only answers that never passed those nodes.
    expect(detours).toBeGreaterThan(0);
  });

  it('ranks paths of one length by their generic hops and says why each was chosen', async () => {
    let sawGeneric = 0;
    for (const [from, to] of pairs(200)) {
      const found = await call<Paths>('paths.find', { from, to, maxHops: 5, maxPaths: 10 });
      const first = found.paths[0];
      found.paths.forEach((path, i) => {
        const generic = path.hops.filter((h) => h.edges.every((e) => isGenericRelation(e.kind))).length;
        expect(path.reason).toMatchObject({ hops: path.hops.length, genericHops: generic });
        expect(path.reason.shortest).toBe(path.hops.length === first?.hops.length);
        const before = found.paths[i - 1];
        if (before !== undefined && before.hops.length === path.hops.length)
          expect(before.reason.genericHops, `${from} → ${to}`).toBeLessThanOrEqual(generic);
        if (generic > 0) sawGeneric += 1;
        for (const kind of path.reason.genericKinds) expect(isGenericRelation(kind)).toBe(true);
      });
    }
    expect(sawGeneric).toBeGreaterThan(0);
  });

  it('cites, for each hop, a quote that names both ends when any of its quotes does', async () => {
    const ids = [...adjacency.keys()];
    const details: MethodResult<'graph.details'> = await call('graph.details', { nodeIds: ids });
    for (const n of details.nodes) names.set(n.id, [n.label.nl, n.label.en, ...n.aliases]);
    let reordered = 0;
    for (const [from, to] of pairs(150)) {
      const found = await call<Paths>('paths.find', { from, to, maxHops: 4, maxPaths: 5 });
      for (const hop of found.paths.flatMap((p) => p.hops)) {
        const ends = [names.get(hop.from) ?? [], names.get(hop.to) ?? []];
        for (const edge of hop.edges) {
          const scores = edge.citations.map((c) => endsNamed(c.quote, ends));
          expect(scores[0], edge.id).toBe(Math.max(...scores));
          const stored: MethodResult<'edge.get'> = await call('edge.get', { id: edge.id });
          expect([...edge.citations].sort((a, b) => a.start - b.start)).toEqual(
            [...stored.citations].sort((a, b) => a.start - b.start),
          );
          if (stored.citations[0]?.start !== edge.citations[0]?.start) reordered += 1;
        }
      }
    }
    // Some hop's best quote is not the relation's first: the ordering did real work.
    expect(reordered).toBeGreaterThan(0);
  });
});
