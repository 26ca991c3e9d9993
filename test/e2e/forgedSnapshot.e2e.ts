// A snapshot file may come from anyone. Opened through the UI in Chromium against browser mode on
// the bundled dataset, a forged one — a made-up police force ("Politie van Atlantis") with a made-up
// relation, a node whose status was changed and a relation whose end was moved — opens with a
// notice that counts what the dataset does not back, each such element marked on the canvas and in
// the detail panel, and the marks carried into the CSV export; genuine elements stay unmarked. Each test
// forges its own snapshot from its own fresh app's view and opens it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { appPerTest } from './support/appPerTest';
import { screenshot } from './support/chromium';
import { callApi, closeExportDialog, EXPORTS_DIR, exportFile } from './support/exportDriver';
import { markTaps, nodeOnPage, openWithEuropol, outwaitDoubleClick, settled } from './support/explorerDriver';

interface SnapshotFile {
  nodes: { id: string; status: string | null; label: { nl: string; en: string } }[];
  edges: { id: string; source: string; target: string; kind: string; status: string }[];
  positions: Record<string, [number, number]>;
  selection: { nodes: string[]; edges: string[]; focus: unknown };
}

/** A forged snapshot and the id of the relation whose end it moved. */
interface Forgery {
  readonly forged: SnapshotFile;
  readonly moved: string;
}

const app = appPerTest();
let page: Page;
beforeEach(() => {
  ({ page } = app());
});
const ATLANTIS = 'politie-van-atlantis';
const FORGED_LINK = 'politie-van-atlantis-cooperates-with-europol';

const classesOf = (ids: readonly string[]) =>
  page.evaluate((list) => {
    const cy = globalThis.__atlasCy;
    return list.map((id) => cy?.getElementById(id).classes().join(' ') ?? '');
  }, ids);

/** Exports the snapshot of Europol's view and forges it three ways (see the top of this file). */
async function forgeSnapshot(): Promise<Forgery> {
  await openWithEuropol(page);
  const genuine = await exportFile(page, /Momentopname/, () => Promise.resolve(), 'genuine.json');
  await closeExportDialog(page);
  const forged = JSON.parse(genuine.bytes.toString('utf8')) as SnapshotFile;
  // Only what this test forges may differ: fields the dataset states beyond the view's summaries
  // (provenance, as elements gain one) are copied from the dataset itself.
  const stored = await callApi<{ nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] }>(
    app().serve.url,
    'graph.details',
    { nodeIds: forged.nodes.map((n) => n.id), edgeIds: forged.edges.map((e) => e.id) },
  );
  for (const [mine, theirs] of [
    [forged.nodes, stored.nodes],
    [forged.edges, stored.edges],
  ] as const)
    for (const element of mine as Record<string, unknown>[]) {
      const match = theirs.find((t) => t.id === element.id);
      if (match !== undefined && 'provenance' in match) element.provenance = match.provenance;
    }
  const europol = forged.nodes.find((n) => n.id === 'europol');
  const other = forged.nodes.find((n) => n.id !== 'europol');
  const [edge] = forged.edges;
  if (europol === undefined || other === undefined || edge === undefined) throw new Error('the view needs a relation');
  // 1. A police force no letter mentions, and its relation to Europol.
  forged.nodes.push({
    ...europol,
    id: ATLANTIS,
    label: { nl: 'Politie van Atlantis', en: 'Atlantis Police' },
    status: 'in-force',
  });
  forged.edges.push({ ...edge, id: FORGED_LINK, kind: 'cooperates-with', source: ATLANTIS, target: 'europol' });
  forged.positions[ATLANTIS] = [0, 0];
  // 2. A status the dataset does not give.
  europol.status = europol.status === 'historical' ? 'ambition' : 'historical';
  // 3. A relation whose end was moved to the made-up force.
  const moved = edge.id;
  if (edge.source === 'europol') edge.target = ATLANTIS;
  else edge.source = ATLANTIS;
  forged.selection = { nodes: [], edges: [], focus: null };
  return { forged, moved };
}

/** Forges a snapshot and opens it through Open…; returns once the notice counts what is not backed. */
async function openForged(): Promise<Forgery> {
  const forgery = await forgeSnapshot();
  const path = join(EXPORTS_DIR, 'forged.json');
  writeFileSync(path, JSON.stringify(forgery.forged));
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('snapshot-open').click()]);
  await chooser.setFiles(path);
  await expect
    .poll(() => page.getByTestId('snapshot-check-notice').textContent(), { timeout: 15_000 })
    .toContain('2 element(en) die niet in de dataset');
  await settled(page);
  return forgery;
}

describe('opening a forged snapshot', () => {
  it('tells the user how many elements the dataset does not back, and marks each on the canvas', async () => {
    const { forged, moved } = await openForged();
    const notice = page.getByTestId('snapshot-check-notice');
    expect(await notice.textContent()).toContain('en 2 die afwijken van de dataset');
    expect(await page.getByTestId('snapshot-message').textContent()).toContain('niet in de dataset');
    const genuineNode = forged.nodes.find((n) => n.id !== 'europol' && n.id !== ATLANTIS)?.id ?? '';
    expect(await classesOf([ATLANTIS, 'europol', genuineNode, `edge:${FORGED_LINK}`, `edge:${moved}`])).toEqual([
      expect.stringContaining('unverified-absent'),
      expect.stringContaining('unverified-differs'),
      expect.not.stringContaining('unverified'),
      expect.stringContaining('unverified-absent'),
      expect.stringContaining('unverified-differs'),
    ]);
    await screenshot(page, 'forged-snapshot-1-marked');
  });

  it('says so in the detail panel: the snapshot’s words for a made-up node, the dataset’s for a changed one', async () => {
    await openForged();
    await markTaps(page);
    const atlantis = await nodeOnPage(page, ATLANTIS);
    await page.mouse.click(atlantis.x, atlantis.y);
    const panel = page.getByTestId('detail-panel');
    await expect.poll(() => panel.textContent()).toContain('Politie van Atlantis');
    expect(await panel.getByTestId('detail-verification').textContent()).toContain('niet in de dataset');
    expect(await page.getByRole('alert').filter({ hasText: 'No node' }).count()).toBe(0);
    // Two clicks within Cytoscape's double-click window (250 ms) are a double click, which would expand
    // Europol (and load the genuine node over the forged one); a user picks the next node at a reader's
    // pace, so wait until that window since the last tap has passed.
    await outwaitDoubleClick(page);
    const europol = await nodeOnPage(page, 'europol');
    await page.mouse.click(europol.x, europol.y);
    await expect
      .poll(() => panel.getByTestId('detail-verification').textContent())
      .toContain('wijkt af van de dataset (status)');
    await screenshot(page, 'forged-snapshot-2-detail');
  });

  it('carries the marks into the exports, next to the genuine rows', async () => {
    const { moved } = await openForged();
    const zip = await exportFile(page, /CSV/, () => Promise.resolve(), 'forged.zip');
    await closeExportDialog(page);
    const files = unzipSync(new Uint8Array(zip.bytes));
    type Row = Record<string, string>;
    const table = (name: string) =>
      parseCsv<Row>(strFromU8(files[name] ?? new Uint8Array()), { columns: true, bom: true, delimiter: ';' });
    const nodes = new Map(table('nodes.csv').map((r) => [r.id, r.verification]));
    expect(nodes.get(ATLANTIS)).toBe('niet in de dataset');
    expect(nodes.get('europol')).toBe('wijkt af van de dataset (status)');
    expect([...nodes.values()].filter((v) => v === '').length).toBe(nodes.size - 2);
    const edges = new Map(table('edges.csv').map((r) => [r.id, r.verification]));
    expect(edges.get(FORGED_LINK)).toBe('niet in de dataset');
    expect(edges.get(moved)).toMatch(/^wijkt af van de dataset \((source|target)\)$/);
  });

  it('drops a mark once the element is loaded from the dataset, and the notice with the last one', async () => {
    const { moved } = await openForged();
    // Expanding Europol (double click) loads it and its relations from the dataset over the forged ones.
    const europol = await nodeOnPage(page, 'europol');
    await page.mouse.dblclick(europol.x, europol.y);
    await expect
      .poll(() => classesOf(['europol', `edge:${moved}`]), { timeout: 15_000 })
      .toEqual([expect.not.stringContaining('unverified'), expect.not.stringContaining('unverified')]);
    expect(await page.getByTestId('snapshot-check-notice').textContent()).toContain(
      '2 element(en) die niet in de dataset staan en 0 die afwijken',
    );
  });
});
