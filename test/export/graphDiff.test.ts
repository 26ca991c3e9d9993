// Comparing two versions of a view: added and removed nodes and relations, a relation whose status
// changed, and a citation replaced — each reported once, and nothing when nothing changed.
import { describe, expect, it } from 'vitest';
import type { EdgeDetail } from '../../shared/contract';
import { diffGraphs, diffMarks, isEmptyDiff } from '../../renderer/src/export/formats/graphDiff';
import { EDGES, NODES } from './exportFixtures';

const side = (nodes = NODES, edges: EdgeDetail[] = EDGES) => ({
  nodes: new Map(nodes.map((n) => [n.id, n])),
  edges: new Map(edges.map((e) => [e.id, e])),
});

describe('graph diff', () => {
  it('finds nothing between a view and itself', () => {
    expect(isEmptyDiff(diffGraphs(side(), side()))).toBe(true);
  });

  it('reports added, removed and changed elements with the change in status and citations', () => {
    const [treatyNl, treatyDe, europol] = EDGES as [EdgeDetail, EdgeDetail, EdgeDetail];
    const after = side(
      NODES.filter((n) => n.id !== 'germany'),
      [
        { ...treatyNl, citations: [{ sourceId: 'kamerbrief-visie-ips', quote: 'Een nieuwe zin.', start: 1, end: 2 }] },
        { ...europol, status: 'in-force' },
        { ...treatyDe, id: 'belgium-party-to-treaty', source: 'netherlands' },
      ],
    );
    const diff = diffGraphs(side(), after);
    expect(diff.nodes.map((c) => [c.id, c.change])).toEqual([['germany', 'removed']]);
    expect(diff.edges.map((c) => [c.id, c.change])).toEqual([
      ['belgium-party-to-treaty', 'added'],
      ['germany-party-to-treaty-of-enschede', 'removed'],
      ['netherlands-cooperates-with-europol', 'changed'],
      ['netherlands-party-to-treaty-of-enschede', 'changed'],
    ]);
    const status = diff.edges.find((c) => c.id === 'netherlands-cooperates-with-europol');
    expect([status?.statusBefore, status?.statusAfter]).toEqual(['planned', 'in-force']);
    const cited = diff.edges.find((c) => c.id === 'netherlands-party-to-treaty-of-enschede');
    expect(cited?.citationsAdded.map((c) => c.quote)).toEqual(['Een nieuwe zin.']);
    expect(cited?.citationsRemoved[0]?.quote).toContain('Verdrag van Enschede');
    expect(diffMarks(diff).edges.get('belgium-party-to-treaty')).toBe('added');
  });
});
