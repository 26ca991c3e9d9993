// The user's own additions are marked wherever the explorer shows or exports them, in Chromium against
// browser mode: a relation and a node curated (through the service) from a text document the user
// imported are opened from "Mijn toevoegingen"; the canvas draws them purple (the relation keeps its
// status line, the node gets a double outline), the legend gains their entry, the table names them,
// the GraphML export carries provenance user and the note, and the briefing cites the user's document.
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DocumentImportResult, EdgeDetail, NodeDetail, UserDocument } from '../../shared/contract';
import { appPerTest } from './support/appPerTest';
import { screenshot } from './support/chromium';
import { callApi, closeExportDialog, exportFile } from './support/exportDriver';
import { canvasState } from './support/explorerDriver';

const TITLE = 'Aantekeningen overleg Den Haag';
const TEXT = `${TITLE}\n\nEuropol stemt af met INTERPOL over de uitwisseling van gegevens. Het JIT Noordzee is in 2025 opgericht.\n`;
const NOTE = 'Navragen bij het ministerie';

const app = appPerTest();
let page: Page;
let url: string;
beforeEach(() => {
  ({ page } = app());
  url = app().serve.url;
});

const passage = (doc: UserDocument, from: string, to: string) => ({
  documentId: doc.id,
  start: doc.text.indexOf(from),
  end: doc.text.indexOf(to) + to.length,
});

/** A text document imported and two additions curated from it, as the workbench's forms would make them. */
async function curate(): Promise<{ relation: EdgeDetail; node: NodeDetail }> {
  const imported = await callApi<DocumentImportResult>(url, 'document.import', {
    fileName: 'aantekeningen.txt',
    data: Buffer.from(TEXT, 'utf8').toString('base64'),
  });
  await callApi(url, 'document.update', { id: imported.document.id, title: TITLE });
  const doc = await callApi<UserDocument>(url, 'document.get', { id: imported.document.id });
  const relation = await callApi<EdgeDetail>(url, 'curation.createRelation', {
    kind: 'coordinates-with',
    source: 'europol',
    target: 'interpol',
    status: 'planned',
    citation: passage(doc, 'Europol stemt af', 'gegevens.'),
    note: NOTE,
  });
  const node = await callApi<NodeDetail>(url, 'curation.createNode', {
    kind: 'instrument',
    label: { nl: 'JIT Noordzee' },
    citation: passage(doc, 'Het JIT Noordzee', 'opgericht.'),
  });
  return { relation, node };
}

/** Opens one item of "Mijn toevoegingen" on the canvas. */
async function openFromMyAdditions(name: RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Mijn toevoegingen' }).click();
  await page.getByTestId('my-additions').getByRole('button', { name }).click();
}

/** How the canvas draws an element: its classes and the style properties that carry the marks. */
function drawn(id: string, type: 'node' | 'edge') {
  return page.evaluate(
    ({ elementId, group }) => {
      const cy = globalThis.__atlasCy;
      const el = group === 'node' ? cy?.getElementById(elementId) : cy?.$(`edge[edgeId = "${elementId}"]`);
      if (el === undefined || el.empty()) return null;
      return {
        isUser: el.hasClass('user'),
        line: group === 'edge' ? String(el.style('line-color')) : '',
        lineStyle: group === 'edge' ? String(el.style('line-style')) : '',
        border: group === 'node' ? `${String(el.style('border-style'))} ${String(el.style('border-color'))}` : '',
      };
    },
    { elementId: id, group: type },
  );
}

describe("the user's additions, marked everywhere", () => {
  it('are purple on the canvas, in the legend, named in the table and carried by the exports', async () => {
    const { relation, node } = await curate();
    await page.getByRole('combobox', { name: /Zoek|Search/ }).waitFor({ timeout: 20_000 });
    await openFromMyAdditions(/JIT Noordzee/);
    await expect.poll(async () => (await canvasState(page)).visibleNodes, { timeout: 15_000 }).toContain(node.id);
    await openFromMyAdditions(/^Europol — stemt af met → INTERPOL$/);
    await expect
      .poll(async () => (await canvasState(page)).visibleEdges.map((e) => e.id), { timeout: 15_000 })
      .toContain(relation.id);

    // Selected, the relation is drawn in the selection's blue: clear the selection as a user would (Escape).
    await page.getByTestId('graph-canvas').focus();
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await canvasState(page)).selected, { timeout: 5_000 }).toEqual([]);
    expect(await drawn(relation.id, 'edge')).toEqual({
      isUser: true,
      line: 'rgb(106,61,154)',
      lineStyle: 'dashed', // planned: the status still speaks through the line
      border: '',
    });
    expect(await drawn(node.id, 'node')).toMatchObject({ isUser: true, border: 'double rgb(106,61,154)' });
    expect((await drawn('europol', 'node'))?.isUser).toBe(false);
    const entry = page.getByTestId('legend').locator('li[data-provenance="user"]');
    expect(await entry.textContent()).toContain('Eigen toevoeging (paars, dubbele rand)');
    await screenshot(page, 'user-additions-marked');

    const md = (await exportFile(page, /Markdown/, () => Promise.resolve(), 'user-briefing.md')).bytes.toString('utf8');
    expect(md).toContain('eigen toevoeging');
    expect(md).toContain(`— *${TITLE} (eigen document)*`);
    expect(md).toContain(`*Eigen notitie:* ${NOTE}`);
    const graphml = (await exportFile(page, /GraphML/, () => Promise.resolve(), 'user.graphml')).bytes.toString('utf8');
    await closeExportDialog(page);
    const read = parseGraphml(MultiDirectedGraph, graphml);
    expect(read.getEdgeAttribute(relation.id, 'provenance')).toBe('user');
    expect(read.getEdgeAttribute(relation.id, 'user_note')).toBe(NOTE);
    expect(read.getNodeAttribute(node.id, 'provenance')).toBe('user');
    expect(read.getNodeAttribute('europol', 'provenance')).toBe('stated');

    await page.getByRole('tab', { name: 'Tabel' }).click();
    const table = page.getByTestId('table-view');
    await table.waitFor();
    expect(await table.locator(`tr[data-id="${relation.id}"] td.provenance-user`).textContent()).toBe(
      'Eigen toevoeging',
    );
    expect(await table.locator(`tr[data-id="${node.id}"] td.provenance-user`).textContent()).toBe('Eigen toevoeging');
    expect(await table.locator('tr[data-id="europol"] td.provenance-user').count()).toBe(0);
  });
});
