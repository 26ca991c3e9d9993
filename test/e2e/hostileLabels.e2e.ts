// Hostile labels in Chromium against browser mode. The dataset compiler refuses control characters
// and over-long labels, so this serves a bundle written past it (as a tampered or foreign dataset
// file would be): the mini fixture plus nodes whose labels hold HTML with an event handler, a script
// element, `javascript:` links (in a label, a description and an attribute), a right-to-left
// override, control characters and a 10,000-character label, each related to Europol. Asserted as a
// user meets them: none runs script, opens a dialog or loads anything; each is shown literally (search
// suggestions, relation rows, detail panel) inside a bidi isolate; and the canvas stays usable — the
// long label is drawn shortened, so fitting the view does not shrink the graph to a dot; and the
// SVG, GEXF and GraphML exports of that view parse in Chromium's own XML parser.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { compileDataset } from '../../main/dataset/compileDataset';
import type { CompiledDataset, CompiledNode } from '../../main/dataset/compiledDataset';
import { loadDataset } from '../../main/dataset/loadDataset';
import { writeBundle } from '../../main/store/bundleWriter';
import { displayLabel, MAX_DRAWN_LABEL } from '../../shared/text/displayLabel';
import { FIXTURE_DATA_DIR } from '../support/testService';
import { onCanvas } from './support/atlasCy';
import { launchBrowser, newAppContext, screenshot } from './support/chromium';
import { markTaps, nodeOnPage, openWithEuropol, outwaitDoubleClick, settled } from './support/explorerDriver';
import { closeExportDialog, exportFile } from './support/exportDriver';
import { startServe, type ServeProcess } from './support/serveProcess';

/** Each payload sets `__pwned` if it ever runs as script; the id says what it tries. */
const LONG = `Atlantis lang ${'Langelabelpolitie '.repeat(600)}`.slice(0, 10_000);
const PAYLOADS: Readonly<Record<string, string>> = {
  'hostile-img': `Atlantis <img src=x onerror="globalThis.__pwned='img'">`,
  'hostile-script': `Atlantis <script>globalThis.__pwned='script'</script>`,
  'hostile-javascript': `javascript:globalThis.__pwned='js'//Atlantis`,
  'hostile-rtl': 'Atlantis \u202Egnp.exe België',
  'hostile-control': 'Atlantis\u0001 bel\u0007 \u001B[31mrood\u0085 tab\tregel\nnieuw',
  'hostile-long': LONG,
};
const JS_DESCRIPTION = `[klik hier](javascript:globalThis.__pwned='md') <a href="javascript:globalThis.__pwned='a'">link</a>`;

let folder: string;
let dataset: string;
let browser: Browser;
let serve: ServeProcess;
let context: BrowserContext;
let page: Page;
const dialogs: string[] = [];
const strayRequests: string[] = [];

/** The mini fixture, compiled as usual, with the hostile nodes added after the compiler's checks. */
function hostileDataset(): CompiledDataset {
  const compiled = compileDataset(loadDataset(FIXTURE_DATA_DIR));
  const europol = compiled.nodes.find((n) => n.id === 'europol');
  const link = compiled.edges[0];
  if (europol === undefined || link === undefined) throw new Error('the mini fixture has no Europol or no relation');
  const hostile = Object.entries(PAYLOADS).map(([id, label]): CompiledNode => ({
    ...europol,
    id,
    label: { nl: label, en: label },
    aliases: [],
    description: { nl: JS_DESCRIPTION, en: JS_DESCRIPTION },
    attributes: { website: "javascript:globalThis.__pwned='attribute'" },
  }));
  const edges = hostile.map((n) => ({
    ...link,
    id: `${n.id}-cooperates-with-europol`,
    kind: 'cooperates-with' as const,
    source: n.id,
    target: 'europol',
    note: null,
  }));
  return { ...compiled, nodes: [...compiled.nodes, ...hostile], edges: [...compiled.edges, ...edges] };
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'atlas-hostile-'));
  dataset = join(folder, 'hostile.sqlite');
  writeBundle(hostileDataset(), dataset);
  browser = await launchBrowser();
  console.log(`hostile labels: ${String(Object.keys(PAYLOADS).length)} hostile labels, 3 javascript: links each`);
}, 120_000);

afterAll(async () => {
  await browser.close();
  rmSync(folder, { recursive: true, force: true });
});

beforeEach(async () => {
  dialogs.length = 0;
  strayRequests.length = 0;
  serve = await startServe(undefined, ['--dataset', dataset]);
  context = await newAppContext(browser);
  page = await context.newPage();
  await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    // The app's own scripts, styles, fonts and API; `<img src=x>` would ask for /x.
    const { pathname, origin } = new URL(request.url());
    if (origin === serve.origin && /^\/x$/.test(pathname)) strayRequests.push(request.url());
  });
  await page.goto(serve.url);
  await page.getByRole('combobox', { name: /Zoek|Search/ }).waitFor({ timeout: 20_000 });
});

afterEach(async () => {
  // Whatever the test did, nothing may have run: no flag, no dialog, no request for the image.
  expect(await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(strayRequests).toEqual([]);
  await context.close();
  await serve.stop();
});

/** Clicks node `id` on the canvas (not so soon after the last click that the two make a double click) and waits until the detail panel names it. */
async function openDetail(id: string, afterClick: boolean): Promise<void> {
  if (afterClick) await outwaitDoubleClick(page);
  const at = await nodeOnPage(page, id);
  await page.mouse.click(at.x, at.y);
  await expect
    .poll(() => page.getByTestId('detail-panel').locator('h2 bdi').first().textContent(), { timeout: 15_000 })
    .toBe(PAYLOADS[id]);
}

describe('hostile labels', () => {
  it('are listed literally among the search suggestions, each in a bidi isolate', async () => {
    await page.getByRole('combobox', { name: /Zoek|Search/ }).fill('Atlantis');
    const labels = page.locator('[role="option"] .hit-label');
    await expect.poll(() => labels.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(4);
    const shown = await labels.evaluateAll((els) => els.map((el) => ({ tag: el.tagName, text: el.textContent })));
    expect(shown.every((s) => s.tag === 'BDI')).toBe(true);
    const texts = shown.map((s) => s.text);
    expect(texts).toContain(PAYLOADS['hostile-img']);
    expect(texts).toContain(PAYLOADS['hostile-rtl']);
    // Markup in a label stays text: no element was made from it.
    expect(await page.locator('[role="listbox"] img, [role="listbox"] script').count()).toBe(0);
    await screenshot(page, 'hostile-labels-1-search');
  });

  it('are drawn shortened and isolated on a canvas that still fits the graph', async () => {
    await openWithEuropol(page);
    const drawn = await onCanvas(
      page,
      (cy, ids) =>
        ids.map((id) => {
          const node = cy.getElementById(id);
          return { id, label: String(node.data('label')), width: node.renderedWidth() };
        }),
      Object.keys(PAYLOADS),
    );
    for (const { id, label, width } of drawn) {
      expect(label).toBe(displayLabel(PAYLOADS[id] ?? ''));
      expect(Array.from(label).length).toBeLessThanOrEqual(MAX_DRAWN_LABEL + 2);
      // A node stays a node: the view fitted to the graph leaves it at least 10 pixels wide.
      expect(width, id).toBeGreaterThan(10);
    }
    expect(drawn.find((d) => d.id === 'hostile-rtl')?.label).toBe('\u2068Atlantis \u202Egnp.exe België\u2069');
    await screenshot(page, 'hostile-labels-2-canvas');
  });

  it('are shown whole and literally in the detail panel and in Europol’s relation rows', async () => {
    await openWithEuropol(page);
    const rows = page.getByTestId('detail-panel').locator('.relation-other');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(6);
    const named = await rows.evaluateAll((els) => els.map((el) => ({ tag: el.tagName, text: el.textContent })));
    expect(named.every((r) => r.tag === 'BDI')).toBe(true);
    expect(named.map((r) => r.text)).toEqual(expect.arrayContaining(Object.values(PAYLOADS)));
    await markTaps(page);
    for (const [i, id] of Object.keys(PAYLOADS).entries()) {
      await openDetail(id, i > 0);
      const panel = page.getByTestId('detail-panel');
      expect(await panel.locator('.description').textContent()).toBe(JS_DESCRIPTION);
      // No link, image or script was made from the data, and the attribute is plain text.
      expect(await panel.locator('a[href^="javascript:"], img, script').count()).toBe(0);
      expect(await panel.textContent()).toContain("javascript:globalThis.__pwned='attribute'");
    }
    await openDetail('hostile-rtl', true);
    await settled(page);
    await screenshot(page, 'hostile-labels-3-detail');
  });

  it('leave every XML export well-formed for Chromium’s own XML parser', async () => {
    await openWithEuropol(page);
    const parsed: Record<string, { errors: number; texts: string[] }> = {};
    for (const [format, pattern, tag] of [
      ['svg', /SVG/, 'text'],
      ['gexf', /GEXF/, 'node'],
      ['graphml', /GraphML/, 'data'],
    ] as const) {
      const file = await exportFile(page, pattern, () => Promise.resolve(), `hostile.${format}`);
      parsed[format] = await page.evaluate(
        ([xml, name]) => {
          const doc = new DOMParser().parseFromString(xml, 'application/xml');
          const texts = [...doc.getElementsByTagName(name)].map((el) => el.getAttribute('label') ?? el.textContent);
          return { errors: doc.getElementsByTagName('parsererror').length, texts };
        },
        [file.bytes.toString('utf8'), tag] as const,
      );
    }
    await closeExportDialog(page);
    console.log(
      `hostile labels: exported ${Object.entries(parsed)
        .map(([f, p]) => `${f} (${String(p.errors)} parse errors)`)
        .join(', ')}`,
    );
    for (const p of Object.values(parsed)) expect(p.errors).toBe(0);
    // The data formats carry the whole label (less what XML cannot hold); the picture, what the canvas draws.
    expect(parsed.gexf?.texts).toContain(LONG);
    expect(parsed.graphml?.texts).toContain(PAYLOADS['hostile-img']);
    // The picture's text is drawn line by line: the long label ends in its ellipsis, the override isolated.
    const drawn = parsed.svg?.texts.join(' ') ?? '';
    expect(drawn).toContain('Langelabelpol…');
    expect(drawn).not.toContain(LONG.slice(0, 400));
    expect(drawn).toContain('\u2068Atlantis \u202Egnp.exe');
  });
});
