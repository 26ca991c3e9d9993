// The document workbench in Chromium against browser mode: a two-page PDF generated here is dropped on
// the window (an overlay says what can be dropped), imported with its title read from the file, and
// opened in the viewer: its pages numbered, Europol and INTERPOL highlighted and counted in the mentions
// panel, both put on the canvas in one click. Europol's details then list the document, and a search
// shows a passage from it with its page; each opens the viewer at the right place. A damaged file gets
// a worded refusal and nothing is stored. axe finds nothing moderate or worse on the import panel or the viewer.
import { jsPDF } from 'jspdf';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { appPerTest } from './support/appPerTest';
import { seriousViolations } from './support/axe';
import { screenshot } from './support/chromium';
import { waitForNode } from './support/explorerDriver';

const TITLE = 'Council conclusions on police cooperation';

/** Two pages: Europol three times, INTERPOL twice (once as "Interpol"). */
function twoPagePdf(): Buffer {
  const doc = new jsPDF();
  doc.setProperties({ title: TITLE, author: 'Council of the European Union' });
  doc.text('Europol and Interpol met in The Hague to discuss cooperation.', 15, 20);
  doc.text('Europol shared its analysis with the member states.', 15, 27);
  doc.addPage();
  doc.text('On the second page, Europol and INTERPOL agreed to continue.', 15, 20);
  return Buffer.from(doc.output('arraybuffer'));
}

/** A long report: `pages` pages of a few lines each, Europol on every one. */
function longPdf(pages: number): Buffer {
  const doc = new jsPDF();
  for (let i = 0; i < pages; i += 1) {
    if (i > 0) doc.addPage();
    doc.text(`Page ${String(i + 1)}: Europol coordinated the joint operation with the member states.`, 15, 20);
    for (let line = 1; line < 30; line += 1)
      doc.text(`Paragraph ${String(line)} of the evaluation report.`, 15, 20 + line * 8);
  }
  return Buffer.from(doc.output('arraybuffer'));
}

/** Drags the file over the window (the overlay must show) and drops it, as a user does from a file manager. */
async function dropFile(page: Page, name: string, bytes: Buffer): Promise<void> {
  const transfer = await page.evaluateHandle(
    ({ fileName, base64 }) => {
      const data = new DataTransfer();
      const raw = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      data.items.add(new File([raw], fileName, { type: 'application/pdf' }));
      return data;
    },
    { fileName: name, base64: bytes.toString('base64') },
  );
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
  await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
  await page.getByTestId('document-drop').waitFor();
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  await page.getByTestId('document-drop').waitFor({ state: 'detached' });
}

const app = appPerTest();
let page: Page;
beforeEach(() => {
  ({ page } = app());
});

describe('document import', () => {
  it('imports a dropped PDF, counts its mentions, puts them on the canvas and opens it at a mention', async () => {
    await page.getByRole('button', { name: /Document importeren/ }).waitFor();
    await dropFile(page, 'conclusions.pdf', twoPagePdf());
    const form = page.getByTestId('document-details');
    await form.waitFor({ timeout: 30_000 });
    expect(await form.getByLabel('Titel').inputValue()).toBe(TITLE);
    expect(await form.getByLabel('Auteur').inputValue()).toBe('Council of the European Union');
    await form.getByLabel('Soort document').selectOption('council-conclusions');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await form.getByText(/zijn opgeslagen/).waitFor();
    expect(await seriousViolations(page, ['moderate', 'serious', 'critical'])).toEqual([]);
    await screenshot(page, 'document-import');

    await page.getByRole('button', { name: 'Document openen' }).click();
    const viewer = page.getByTestId('source-viewer');
    await viewer.getByText('Pagina 2', { exact: true }).waitFor();
    const panel = viewer.getByTestId('mentions-panel');
    const count = (id: string) => panel.locator(`li[data-node-id="${id}"] .mention-count`).textContent();
    await panel.locator('li[data-node-id="europol"]').waitFor();
    expect(await count('europol')).toBe('3×');
    expect(await count('interpol')).toBe('2×');
    expect(await viewer.locator('button.mention[data-node-id="europol"]').count()).toBe(3);
    expect(await viewer.locator('button.mention[data-node-id="interpol"]').count()).toBe(2);
    // Every name is reachable, but together they are one tab stop.
    expect(await viewer.locator('button.mention[tabindex="0"]').count()).toBe(1);

    await panel.getByRole('button', { name: /^Alle \d+ op het canvas$/ }).click();
    await waitForNode(page, 'europol');
    await waitForNode(page, 'interpol');
    expect(await seriousViolations(page, ['moderate', 'serious', 'critical'])).toEqual([]);
    await screenshot(page, 'document-mentions');
  });

  it('lists the document in a node’s details and its passages under search, each opening the viewer there', async () => {
    await dropFile(page, 'conclusions.pdf', twoPagePdf());
    await page.getByTestId('document-details').waitFor({ timeout: 30_000 });
    await page.getByTestId('import-panel').getByRole('button', { name: 'Sluiten', exact: true }).click();

    const box = page.getByRole('combobox', { name: /Zoek|Search/ });
    await box.fill('agreed to continue');
    const passage = page.getByTestId('passages').getByRole('option').first();
    await passage.waitFor();
    expect(await passage.textContent()).toContain(`${TITLE}, p. 2`);
    await passage.dispatchEvent('mousedown');
    const viewer = page.getByTestId('source-viewer');
    const focused = viewer.locator('mark[data-focused="true"]');
    await focused.first().waitFor();
    expect((await focused.allTextContents()).join('')).toContain('agreed to continue');
    await page.keyboard.press('Escape');

    await box.fill('Europol');
    await page
      .getByRole('option', { name: /^Europol\b/ })
      .first()
      .waitFor();
    await box.press('Enter');
    const documents = page.getByTestId('node-documents');
    const ours = documents.getByRole('button', { name: TITLE });
    await ours.waitFor();
    await ours.click();
    await viewer.locator('mark[data-focused="true"]').first().waitFor();
    expect(await viewer.locator('mark[data-focused="true"]').first().textContent()).toBe('Europol');
  });

  it('shows the pages extracted so far while a long PDF imports', async () => {
    await dropFile(page, 'evaluation.pdf', longPdf(150));
    const bar = page.getByTestId('import-progress');
    // A poll answered during extraction: the bar has a value and the phase names the page reached.
    await page.getByText(/Tekst uithalen: pagina \d+ van 150/).waitFor({ timeout: 30_000 });
    expect(Number(await bar.getAttribute('value'))).toBeGreaterThan(0);
    await screenshot(page, 'document-import-progress');
    await page.getByTestId('document-details').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('import-summary').textContent()).toContain('150 pagina’s');
  });

  it('refuses a damaged PDF with a worded reason and stores nothing', async () => {
    await page
      .getByTestId('document-file-input')
      .setInputFiles({ name: 'kapot.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7 niet echt') });
    const error = page.getByTestId('import-error');
    await error.waitFor({ timeout: 30_000 });
    expect(await error.textContent()).toContain('kapot.pdf is niet geïmporteerd.');
    expect(await error.textContent()).toContain('Er is niets opgeslagen.');
    await page.getByTestId('import-panel').getByRole('button', { name: 'Sluiten', exact: true }).click();

    // The next import is the only document the viewer offers: the damaged one left nothing behind.
    await dropFile(page, 'conclusions.pdf', twoPagePdf());
    await page.getByRole('button', { name: 'Document openen' }).click({ timeout: 30_000 });
    const chooser = page.getByTestId('source-viewer').getByLabel('Document');
    await chooser.focus();
    await chooser.locator('optgroup[label="Uw documenten"] option').first().waitFor({ state: 'attached' });
    expect(await chooser.locator('optgroup[label="Uw documenten"] option').allTextContents()).toEqual([TITLE]);
  });
});
