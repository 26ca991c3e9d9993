// Data exports and snapshots in Chromium against browser mode on the bundled dataset: CSV, GraphML
// and GEXF parsed back with the counts of the view; the JSON snapshot the same twice and reopened
// exactly (by Open… and by dropping it on the window); a malformed snapshot refused with the field
// named and nothing changed; a snapshot compared with the current data, the changes listed and marked.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { appPerTest } from './support/appPerTest';
import { screenshot } from './support/chromium';
import { callApi, closeExportDialog, EXPORTS_DIR, exportFile } from './support/exportDriver';
import {
  canvasState,
  nodeOnPage,
  openWithEuropol,
  searchAndAdd,
  settled,
  waitForNode,
  type CanvasState,
} from './support/explorerDriver';
import type { ServeProcess } from './support/serveProcess';

const app = appPerTest();
let serve: ServeProcess;
let page: Page;
let view: CanvasState;
let viewport: { zoom: number; pan: { x: number; y: number } };
/** The JSON snapshot of that view, exported in each test's setup; tests only read it. */
let snapshot: { path: string; text: string };

const cyViewport = () =>
  page.evaluate(() => {
    const cy = globalThis.__atlasCy;
    return { zoom: cy?.zoom() ?? 0, pan: { ...(cy?.pan() ?? { x: 0, y: 0 }) } };
  });

const hasNode = (id: string): Promise<void> => waitForNode(page, id);

async function openSnapshot(path: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('snapshot-open').click()]);
  await chooser.setFiles(path);
}

// Each test on its own fresh app, from a view of Europol and its neighbours and that view's snapshot.
beforeEach(async () => {
  ({ serve, page } = app());
  await openWithEuropol(page);
  // A view of its own: zoomed in a step and panned, so reopening has something to restore.
  await page.evaluate(() => {
    const cy = globalThis.__atlasCy;
    cy?.viewport({ zoom: cy.zoom() * 1.2, pan: { x: cy.pan().x + 40, y: cy.pan().y - 25 } });
  });
  view = await settled(page);
  viewport = await cyViewport();
  const file = await exportFile(page, /Momentopname/, () => Promise.resolve(), 'view.json');
  snapshot = { path: file.path, text: file.bytes.toString('utf8') };
  await closeExportDialog(page);
});

type Row = Record<string, string>;

describe('data of the visible subgraph', () => {
  it('CSV: both tables round-trip with the view’s counts, formula cells neutralised', async () => {
    const zip = await exportFile(page, /CSV/, () => Promise.resolve(), 'view.zip');
    const files = unzipSync(new Uint8Array(zip.bytes));
    // The Dutch UI writes ';'-separated CSV, as Dutch Excel expects.
    const nodes = parseCsv<Row>(strFromU8(files['nodes.csv'] ?? new Uint8Array()), {
      columns: true,
      bom: true,
      delimiter: ';',
    });
    const edges = parseCsv<Row>(strFromU8(files['edges.csv'] ?? new Uint8Array()), {
      columns: true,
      bom: true,
      delimiter: ';',
    });
    expect(nodes.map((r) => r.id).sort()).toEqual([...view.visibleNodes].sort());
    expect(edges).toHaveLength(view.visibleEdges.length);
    expect(nodes.find((r) => r.id === 'europol')?.label_nl).toBe('Europol');
    for (const row of [...nodes, ...edges])
      for (const [column, cell] of Object.entries(row))
        if (column !== 'x' && column !== 'y') expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('GraphML and GEXF parse back into the same graph with labels, kind and status', async () => {
    const graphml = await exportFile(page, /GraphML/, () => Promise.resolve(), 'view.graphml');
    const gexf = await exportFile(page, /GEXF/, () => Promise.resolve(), 'view.gexf');
    const europol = await callApi<{ kind: string; label: { nl: string } }>(serve.url, 'node.get', { id: 'europol' });
    for (const graph of [
      parseGraphml(MultiDirectedGraph, graphml.bytes.toString('utf8')),
      parseGexf(MultiDirectedGraph, gexf.bytes.toString('utf8')),
    ]) {
      expect(graph.order).toBe(view.visibleNodes.length);
      expect(graph.size).toBe(view.visibleEdges.length);
      expect(graph.getNodeAttributes('europol')).toMatchObject({ label_nl: europol.label.nl, kind: europol.kind });
    }
  });

  it('JSON snapshot: the same view gives the same bytes', async () => {
    const first = await exportFile(page, /Momentopname/, () => Promise.resolve(), 'view-1.json');
    const second = await exportFile(page, /Momentopname/, () => Promise.resolve(), 'view-2.json');
    expect(second.bytes.equals(first.bytes)).toBe(true);
    expect(first.bytes.toString('utf8')).toBe(snapshot.text);
    const parsed = JSON.parse(snapshot.text) as { nodes: unknown[]; selection: { nodes: string[] } };
    expect(parsed.nodes).toHaveLength(view.visibleNodes.length);
    expect(parsed.selection.nodes).toEqual(['europol']);
    await closeExportDialog(page);
  });
});

describe('reopening a snapshot', () => {
  /** `withPan` false: an error banner resizes the canvas, which keeps its centre by panning. */
  const expectSameView = async (withPan = true): Promise<void> => {
    const now = await settled(page);
    expect([...now.visibleNodes].sort()).toEqual([...view.visibleNodes].sort());
    expect(now.visibleEdges.length).toBe(view.visibleEdges.length);
    for (const id of view.visibleNodes) {
      const [was, is] = [view.positions[id], now.positions[id]];
      expect(Math.abs((was?.x ?? 0) - (is?.x ?? NaN))).toBeLessThan(1);
      expect(Math.abs((was?.y ?? 0) - (is?.y ?? NaN))).toBeLessThan(1);
    }
    expect(now.selected).toEqual(view.selected);
    const vp = await cyViewport();
    expect(vp.zoom).toBeCloseTo(viewport.zoom, 3);
    if (!withPan) return;
    expect(Math.abs(vp.pan.x - viewport.pan.x)).toBeLessThan(1);
    expect(Math.abs(vp.pan.y - viewport.pan.y)).toBeLessThan(1);
  };

  it('Open… brings the view back after it changed: nodes, positions, selection, zoom and pan', async () => {
    await searchAndAdd(page, 'Duitsland', /^Duitsland\b/);
    await hasNode('germany');
    await settled(page);
    await openSnapshot(snapshot.path);
    await expect.poll(() => page.getByTestId('snapshot-message').textContent()).toContain('geopend');
    await expectSameView();
    await screenshot(page, 'export-3-snapshot-reopened');
  });

  it('refuses a malformed snapshot, naming the field, and changes nothing', async () => {
    // Start from the snapshot's own view, so "nothing changed" has a known picture to compare with.
    await openSnapshot(snapshot.path);
    await expect.poll(() => page.getByTestId('snapshot-message').textContent()).toContain('geopend');
    await settled(page);
    const broken = JSON.parse(snapshot.text) as { nodes: { kind: string }[] };
    broken.nodes[0] = { ...broken.nodes[0], kind: 'ruimteschip' };
    const path = join(EXPORTS_DIR, 'broken.json');
    writeFileSync(path, JSON.stringify(broken));
    await openSnapshot(path);
    // The refusal is the alert naming the file (other notices may be up too).
    const alert = page.getByRole('alert').filter({ hasText: 'broken.json' });
    await expect.poll(() => alert.textContent()).toContain('nodes.0.kind');
    await expectSameView(false);
    await screenshot(page, 'export-4-snapshot-refused');
  });

  it('opens a snapshot dropped on the window', async () => {
    await searchAndAdd(page, 'Duitsland', /^Duitsland\b/);
    await hasNode('germany');
    await settled(page);
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'gesleept.json', { type: 'application/json' }));
      window.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, cancelable: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
    }, snapshot.text);
    await expect.poll(() => page.getByTestId('snapshot-message').textContent()).toContain('gesleept.json');
    await expectSameView();
  });
});

describe('what changed', () => {
  it('compares a snapshot with the current data, lists and marks the changes, and adds them to the briefing', async () => {
    const old = JSON.parse(snapshot.text) as {
      nodes: { id: string }[];
      edges: { id: string; status: string; source: string; target: string }[];
    };
    const [dropped, altered] = old.edges;
    if (dropped === undefined || altered === undefined) throw new Error('the view needs two relations');
    // As if the data then lacked one relation and said another was only an ambition.
    old.edges = old.edges.filter((e) => e.id !== dropped.id);
    altered.status = altered.status === 'ambition' ? 'planned' : 'ambition';
    const path = join(EXPORTS_DIR, 'earlier.json');
    writeFileSync(path, JSON.stringify(old));
    await page.getByTestId('compare-toggle').click();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByTestId('compare-current').click(),
    ]);
    await chooser.setFiles(path);
    const list = page.getByTestId('change-list');
    await list.waitFor();
    expect(await list.locator('li[data-change="added"]').count()).toBe(1);
    expect(await list.locator('li[data-change="changed"]').count()).toBe(1);
    await page.getByTestId('compare-show').click();
    await expect
      .poll(() =>
        page.evaluate(
          (ids) => {
            const cy = globalThis.__atlasCy;
            return ids.map((id) => cy?.getElementById(`edge:${id}`).classes().join(' ') ?? '');
          },
          [dropped.id, altered.id],
        ),
      )
      .toEqual([expect.stringContaining('change-added'), expect.stringContaining('change-changed')]);
    await screenshot(page, 'export-5-compare');

    // The same comparison goes into the briefing text.
    await page.getByTestId('compare-toggle').click();
    const at = await nodeOnPage(page, 'europol');
    await page.mouse.click(at.x, at.y);
    await expect.poll(async () => (await canvasState(page)).selected).toContain('europol');
    const md = await exportFile(page, /Markdown/, async (d) => {
      await d.getByRole('checkbox', { name: /wijzigingen/ }).check();
    });
    expect(md.bytes.toString('utf8')).toContain('## Wijzigingen sinds de vorige briefing');
    expect(md.bytes.toString('utf8')).toMatch(/Toegevoegd: .+ → /);
  });
});
