// Property tests for the snapshot reader (a snapshot may come from anyone): over thousands of
// generated files it never throws, and answers either a clear problem (kind, and for an invalid
// file the field and what is wrong) or a snapshot that the schema and the reference check accept.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyPatternQuery } from '../../shared/analysis/patternQuery';
import { readSnapshot, snapshotJson, type SnapshotRead } from '../../renderer/src/export/formats/snapshot';
import { snapshotSchema } from '../../renderer/src/export/formats/snapshotSchema';
import { fixtureDetails, fixtureGraph, INFO } from './exportFixtures';

const RUNS = 2000;
const PROBLEM_KINDS = ['not-json', 'not-snapshot', 'newer-version', 'invalid'];

const validText = snapshotJson({
  graph: fixtureGraph(),
  details: fixtureDetails(),
  datasetVersion: INFO.datasetVersion,
  pinned: new Set(['germany']),
  selection: { nodes: new Set(['germany']), edges: new Set(), focus: { type: 'node', id: 'germany' } },
  viewport: { zoom: 1.5, pan: { x: 10, y: -4 } },
  filters: { statuses: ['in-force'] },
  layout: 'force',
  edgeLabels: false,
  pattern: emptyPatternQuery(),
});

let tried = 0;

/** Reads without ever letting an exception out, and checks the answer is one the UI can word. */
function readChecked(text: string): SnapshotRead {
  tried += 1;
  const result = readSnapshot(text);
  if (result.ok) {
    expect(snapshotSchema.safeParse(result.snapshot).success).toBe(true);
    const ids = new Set(result.snapshot.nodes.map((n) => n.id));
    for (const edge of result.snapshot.edges) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
  } else {
    expect(PROBLEM_KINDS).toContain(result.problem.kind);
    if (result.problem.kind === 'invalid') {
      expect(result.problem.field.length).toBeGreaterThan(0);
      expect(result.problem.detail.length).toBeGreaterThan(0);
    }
  }
  return result;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Replaces, removes or adds one value somewhere inside a JSON tree, at the path `steps` choose. */
function mutate(value: Json, steps: readonly number[], replacement: Json, action: number): Json {
  const [step, ...rest] = steps;
  if (step === undefined || value === null || typeof value !== 'object') return replacement;
  const last = rest.length === 0;
  if (Array.isArray(value)) {
    if (value.length === 0) return replacement;
    const at = step % value.length;
    if (last && action === 1) return value.filter((_, i) => i !== at);
    return value.map((item, i) => (i === at ? mutate(item, rest, replacement, action) : item));
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return replacement;
  if (last && action === 2) return { ...value, [`extra${String(step)}`]: replacement };
  const at = step % entries.length;
  if (last && action === 1) return Object.fromEntries(entries.filter((_, i) => i !== at));
  return Object.fromEntries(entries.map(([k, v], i) => [k, i === at ? mutate(v, rest, replacement, action) : v]));
}

describe('snapshot reader, property-tested', () => {
  it('reads the valid file it starts from', () => {
    expect(readChecked(validText).ok).toBe(true);
  });

  it(`never throws on arbitrary text (${String(RUNS)} cases)`, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expect(readChecked(text).ok).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  it(`never throws on arbitrary JSON, with or without the snapshot's format marker (${String(RUNS)} cases)`, () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.boolean(), (value, marked) => {
        const withMarker =
          marked && value !== null && typeof value === 'object' && !Array.isArray(value)
            ? { ...value, format: 'ips-atlas-snapshot', version: 1 }
            : value;
        readChecked(JSON.stringify(withMarker));
      }),
      { numRuns: RUNS },
    );
  });

  it(`refuses or accepts a valid file with one value replaced, removed or added, never throwing (${String(RUNS)} cases)`, () => {
    const valid = JSON.parse(validText) as Json;
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        fc.oneof(
          fc.jsonValue({ maxDepth: 2 }),
          fc.constantFrom<Json>('', 'x'.repeat(6000), -1, 1e308, '__proto__', 'germany', 'nowhere', [], {}),
        ),
        fc.nat({ max: 2 }),
        (steps, replacement, action) => {
          readChecked(JSON.stringify(mutate(valid, steps, replacement as Json, action)));
        },
      ),
      { numRuns: RUNS },
    );
  }, 60_000);

  it(`answers not-json for every truncation of a valid file (${String(RUNS)} cases)`, () => {
    fc.assert(
      fc.property(fc.nat({ max: validText.length - 2 }), (cut) => {
        const result = readChecked(validText.slice(0, cut));
        expect(result.ok ? 'ok' : result.problem.kind).toBe('not-json');
      }),
      { numRuns: RUNS },
    );
    console.log(`snapshot reader: ${String(tried)} generated files read, none threw`);
  }, 30_000);
});
