// Curating from a passage in Chromium against browser mode, as an adviser would: a PDF generated here is
// imported through the import button, opened in the viewer, a sentence selected in it becomes a relation
// between Europol and INTERPOL (the form clean of moderate axe findings), which lands on the canvas,
// selected. A note written on it survives a reload, where "Mijn toevoegingen" opens it again; the
// briefing exported as Markdown carries the relation, the exact quote and the document's title. A
// delete takes it off the canvas and the notice's "Ongedaan maken" brings it back.
import { jsPDF } from 'jspdf';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { UserDocument } from '../../shared/contract';
import { appPerTest } from './support/appPerTest';
import { seriousViolations } from './support/axe';
import { screenshot } from './support/chromium';
import { callApi, closeExportDialog, exportFile } from './support/exportDriver';
import { canvasState } from './support/explorerDriver';
import { selectPassage } from './support/selectPassage';

const TITLE = 'Raadsconclusies over politiesamenwerking';
const SENTENCE = 'Europol stemt af met INTERPOL over de uitwisseling van gegevens.';

function conclusionsPdf(): Buffer {
  const doc = new jsPDF();
  doc.setProperties({ title: TITLE, author: 'Raad van de Europese Unie' });
  doc.text('De Raad bespreekt de samenwerking tussen de diensten.', 15, 20);
  doc.text(SENTENCE, 15, 27);
  return Buffer.from(doc.output('arraybuffer'));
}

const app = appPerTest();
let page: Page;
beforeEach(() => {
  ({ page } = app());
});

/** Imports the PDF through the file input behind "Document importeren…" and opens it in the viewer. */
async function importAndOpen(): Promise<UserDocument> {
  await page.getByRole('button', { name: /Document importeren/ }).waitFor();
  await page
    .getByTestId('document-file-input')
    .setInputFiles({ name: 'raadsconclusies.pdf', mimeType: 'application/pdf', buffer: conclusionsPdf() });
  await page.getByTestId('document-details').waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Document openen' }).click();
  const list = await callApi<{ id: string }[]>(app().serve.url, 'document.list', {});
  const id = list[0]?.id ?? 'none';
  await page.getByTestId('source-viewer').locator('button.mention[data-node-id="europol"]').first().waitFor();
  return callApi<UserDocument>(app().serve.url, 'document.get', { id });
}

/** Curates "Europol — stemt af met → INTERPOL" from the sentence; returns the new relation's id. */
async function curateRelation(doc: UserDocument): Promise<string> {
  const start = doc.text.indexOf('Europol stemt af');
  const end = doc.text.indexOf('gegevens.') + 'gegevens.'.length;
  expect(start).toBeGreaterThanOrEqual(0);
  await selectPassage(page, start, end);
  await page.getByTestId('selection-toolbar').getByRole('button', { name: 'Relatie maken…' }).click();
  const form = page.getByRole('dialog', { name: 'Relatie maken uit een passage' });
  await form.waitFor();
  // The passage is shown verbatim, and the actor it mentions first is already one end.
  expect(await form.getByTestId('curation-passage').locator('blockquote').textContent()).toBe(
    doc.text.slice(start, end),
  );
  await form.getByTestId('relation-source-value').getByText('Europol').waitFor();
  await form.getByRole('combobox', { name: 'Naar' }).fill('INTERPOL');
  await form
    .getByRole('option', { name: /INTERPOL/ })
    .first()
    .dispatchEvent('mousedown');
  await form.getByTestId('relation-kind').selectOption('coordinates-with');
  expect(await form.getByTestId('relation-kind').locator('option:checked').textContent()).toBe(
    'Europol — stemt af met → INTERPOL',
  );
  expect(await seriousViolations(page, ['moderate', 'serious', 'critical'])).toEqual([]);
  await screenshot(page, 'curation-form');
  await form.getByRole('button', { name: 'Maken' }).click();
  const notice = page.getByTestId('curation-notice');
  await expect.poll(() => notice.textContent(), { timeout: 15_000 }).toContain('is gemaakt en op het canvas gezet');
  const edges = await callApi<{ edges: { id: string; citations: { start: number; end: number }[] }[] }>(
    app().serve.url,
    'curation.list',
    {},
  );
  const made = edges.edges[0];
  expect(made?.citations[0]).toMatchObject({ start, end });
  return made?.id ?? 'none';
}

const edgeShown = async (id: string): Promise<boolean> =>
  (await canvasState(page)).visibleEdges.some((e) => e.id === id);

describe('curation from a passage', () => {
  it('makes a relation from a selected sentence, notes it, keeps it over a reload and briefs it', async () => {
    const doc = await importAndOpen();
    const id = await curateRelation(doc);
    await expect.poll(() => edgeShown(id), { timeout: 15_000 }).toBe(true);
    const panel = page.getByTestId('detail-panel');
    await panel.getByTestId('own-addition').waitFor();
    await screenshot(page, 'curation-result');

    await panel.getByRole('button', { name: 'Notitie toevoegen' }).click();
    await panel.getByRole('textbox', { name: 'Notitie' }).fill('Navragen bij het ministerie');
    await panel.getByRole('button', { name: 'Notitie opslaan' }).click();
    await panel.getByTestId('user-note-text').getByText('Navragen bij het ministerie').waitFor();
    expect(await seriousViolations(page, ['moderate', 'serious', 'critical'])).toEqual([]);

    await page.reload();
    await page.getByRole('combobox', { name: /Zoek|Search/ }).waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Mijn toevoegingen' }).click();
    const list = page.getByTestId('my-additions');
    await list.getByRole('heading', { name: 'Notities (1)' }).waitFor();
    expect(await seriousViolations(page, ['moderate', 'serious', 'critical'])).toEqual([]);
    await screenshot(page, 'curation-my-additions');
    await list.getByRole('button', { name: 'Europol — stemt af met → INTERPOL', exact: true }).click();
    await expect.poll(() => edgeShown(id), { timeout: 15_000 }).toBe(true);
    expect(await panel.getByTestId('user-note-text').textContent()).toBe('Navragen bij het ministerie');

    const md = (await exportFile(page, /Markdown/, () => Promise.resolve(), 'curation-briefing.md')).bytes.toString(
      'utf8',
    );
    await closeExportDialog(page);
    expect(md).toContain('stemt af met');
    expect(md).toContain('INTERPOL');
    expect(md).toContain(`“${SENTENCE}”`);
    expect(md).toContain(TITLE);
    expect(md).toContain('Navragen bij het ministerie');
  });

  it('deletes the relation off the canvas and brings it back with "Ongedaan maken"', async () => {
    const id = await curateRelation(await importAndOpen());
    await expect.poll(() => edgeShown(id), { timeout: 15_000 }).toBe(true);
    const panel = page.getByTestId('detail-panel');
    await panel.getByRole('button', { name: 'Verwijderen' }).click();
    await panel.getByRole('button', { name: /verwijderen \(u kunt het daarna ongedaan maken\)/ }).click();
    await expect.poll(() => edgeShown(id), { timeout: 15_000 }).toBe(false);
    expect(await page.getByTestId('curation-notice').textContent()).toContain('is verwijderd');
    await page.getByTestId('curation-undo').click();
    await expect.poll(() => edgeShown(id), { timeout: 15_000 }).toBe(true);
    const list = await callApi<{ edges: { id: string }[] }>(app().serve.url, 'curation.list', {});
    expect(list.edges.map((e) => e.id)).toEqual([id]);
  });

  it('makes a node from a passage selected with Shift and the arrow keys, by the key N', async () => {
    await importAndOpen();
    // No mouse: the text takes the focus, Shift+arrows select from its first line in view.
    await page.getByTestId('source-viewer').locator('.source-body').focus();
    await page.evaluate(() => document.getSelection()?.removeAllRanges());
    const selected = (): Promise<string | undefined> => page.evaluate(() => document.getSelection()?.toString());
    // Each press as a person makes it: the next once the last one's selection is there.
    for (const expected of ['D', 'De', 'De ', 'De R', 'De Ra', 'De Raa', 'De Raad']) {
      await page.keyboard.press('Shift+ArrowRight');
      await expect.poll(selected).toBe(expected);
    }
    await page.keyboard.press('n');
    const form = page.getByRole('dialog', { name: 'Knoop maken uit een passage' });
    await form.waitFor();
    expect(await form.getByLabel('Naam (Nederlands)').inputValue()).toBe('De Raad');
    await form.getByLabel('Soort knoop').selectOption('council-or-committee');
    await form.getByLabel('Naam (Engels, optioneel)').fill('The Council');
    // The form fits a small laptop's window whole.
    await page.setViewportSize({ width: 1024, height: 640 });
    const box = await form.boundingBox();
    expect(box !== null && box.y >= 0 && box.y + box.height <= 640 && box.x + box.width <= 1024).toBe(true);
    expect(await seriousViolations(page, ['moderate', 'serious', 'critical'])).toEqual([]);
    await screenshot(page, 'curation-node-form');
    await form.getByRole('button', { name: 'Maken' }).click();
    const ours = async (): Promise<string[]> =>
      (await callApi<{ nodes: { id: string }[] }>(app().serve.url, 'curation.list', {})).nodes.map((n) => n.id);
    await expect.poll(ours, { timeout: 15_000 }).toHaveLength(1);
    const made = (await ours())[0];
    await expect.poll(async () => (await canvasState(page)).visibleNodes, { timeout: 15_000 }).toContain(made);
    expect(await page.getByTestId('detail-panel').getByRole('heading', { level: 2 }).textContent()).toContain(
      'De Raad',
    );
    // Its citation opens the document at exactly the passage it was made from.
    await page.getByTestId('detail-panel').getByTestId('citation-quote').click();
    const focused = page.getByTestId('source-viewer').locator('mark[data-focused="true"]');
    await focused.first().waitFor();
    expect((await focused.allTextContents()).join('')).toBe('De Raad');
  });
});
