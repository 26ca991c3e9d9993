// The JSON snapshot: written twice byte-identical, read back into the same view (positions within a
// pixel, filters, selection, zoom and pan, language, pattern), and every malformed or foreign file
// refused with the reason named.
import { describe, expect, it } from 'vitest';
import { emptyPatternQuery } from '../../shared/analysis/patternQuery';
import { readSnapshot, snapshotJson, type SnapshotInput } from '../../renderer/src/export/formats/snapshot';
import { EDGES, fixtureDetails, fixtureGraph, INFO, POSITIONS } from './exportFixtures';

function input(): SnapshotInput {
  return {
    graph: fixtureGraph(),
    details: fixtureDetails(),
    datasetVersion: INFO.datasetVersion,
    pinned: new Set(['germany']),
    selection: { nodes: new Set(['germany', 'europol']), edges: new Set(), focus: { type: 'node', id: 'germany' } },
    viewport: { zoom: 1.23456789, pan: { x: 12.3456, y: -7 } },
    filters: { statuses: ['in-force', 'planned'], asOfYear: 2019 },
    layout: 'concentric',
    edgeLabels: true,
    pattern: { ...emptyPatternQuery(), relationKinds: ['party-to'] },
  };
}

const read = (text: string) => {
  const result = readSnapshot(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return result.snapshot;
};

describe('JSON snapshot', () => {
  it('is byte-identical for the same view, whatever order the elements were loaded in', () => {
    expect(snapshotJson(input())).toBe(snapshotJson(input()));
    expect(snapshotJson(input())).not.toMatch(/20\d\d-\d\d-\d\dT/);
  });

  it('reopens to the same view', () => {
    const snapshot = read(snapshotJson(input()));
    expect(snapshot.nodes.map((n) => n.id)).toEqual(['europol', 'germany', 'netherlands', 'treaty-of-enschede']);
    expect(snapshot.edges.map((e) => e.id).sort()).toEqual(EDGES.map((e) => e.id).sort());
    for (const [id, p] of POSITIONS) {
      const [x, y] = snapshot.positions[id] ?? [NaN, NaN];
      expect(Math.abs(x - p.x)).toBeLessThan(1);
      expect(Math.abs(y - p.y)).toBeLessThan(1);
    }
    expect(snapshot).toMatchObject({
      language: 'nl',
      dataset: { version: INFO.datasetVersion },
      pinned: ['germany'],
      selection: { nodes: ['europol', 'germany'], edges: [], focus: { type: 'node', id: 'germany' } },
      viewport: { zoom: 1.2346, pan: { x: 12.35, y: -7 } },
      filters: { statuses: ['in-force', 'planned'], asOfYear: 2019 },
      layout: 'concentric',
      edgeLabels: true,
      pattern: { relationKinds: ['party-to'], direction: 'forward' },
    });
    expect(snapshot.edges.find((e) => e.id === 'netherlands-cooperates-with-europol')?.citations[0]?.quote).toContain(
      'operationele',
    );
    expect(snapshot.nodes.find((n) => n.id === 'europol')?.description.nl).toContain('“coördinatie”');
  });

  it('refuses what is not JSON, not a snapshot, or from a newer app', () => {
    expect(readSnapshot('{ niet af')).toEqual({ ok: false, problem: { kind: 'not-json' } });
    expect(readSnapshot('{"format":"ips-atlas-view","version":1}')).toEqual({
      ok: false,
      problem: { kind: 'not-snapshot' },
    });
    expect(readSnapshot('[1,2]')).toEqual({ ok: false, problem: { kind: 'not-snapshot' } });
    expect(readSnapshot('{"format":"ips-atlas-snapshot","version":7}')).toEqual({
      ok: false,
      problem: { kind: 'newer-version', version: 7 },
    });
  });

  it('names the field that is wrong', () => {
    const broken = (change: (s: Record<string, unknown>) => void): unknown => {
      const value = JSON.parse(snapshotJson(input())) as Record<string, unknown>;
      change(value);
      return readSnapshot(JSON.stringify(value));
    };
    expect(
      broken((s) => {
        (s.nodes as { kind: string }[]).splice(1, 1, { ...(s.nodes as object[])[1], kind: 'spaceship' });
      }),
    ).toMatchObject({ ok: false, problem: { kind: 'invalid', field: 'nodes.1.kind' } });
    expect(
      broken((s) => {
        (s.edges as object[]).splice(0, 1, { ...(s.edges as object[])[0], target: 'atlantis' });
      }),
    ).toMatchObject({ ok: false, problem: { kind: 'invalid', field: 'edges.0.target' } });
    expect(
      broken((s) => {
        s.viewport = { zoom: -1, pan: { x: 0, y: 0 } };
      }),
    ).toMatchObject({ ok: false, problem: { kind: 'invalid', field: 'viewport.zoom' } });
    expect(
      broken((s) => {
        s.extra = true;
      }),
    ).toMatchObject({ ok: false, problem: { kind: 'invalid', field: 'extra' } });
    expect(
      broken((s) => {
        (s.selection as { nodes: string[] }).nodes = ['nowhere'];
      }),
    ).toMatchObject({ ok: false, problem: { kind: 'invalid', field: 'selection.nodes.0' } });
  });
});
