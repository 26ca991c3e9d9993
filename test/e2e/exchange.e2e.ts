// The exchange between two laptops in Chromium against browser mode, each laptop its own server and
// user database: on A a document is imported and a node curated from it, "Exporteren voor een andere
// laptop…" downloads one .ipsatlas file; on B "Importeren van een andere laptop…" takes that file, the
// dialog reports two new items and nothing else, "Samenvoegen" merges them and the document appears in
// B's list. Importing the same file again finds everything already there; after the node is renamed on
// A, its next file shows one conflict with both names, and B takes theirs. The dialog fits 1024×640 and
// axe finds nothing moderate or worse in it.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { UserDocument } from '../../shared/contract';
import { appPerTest } from './support/appPerTest';
import { seriousViolations } from './support/axe';
import { screenshot } from './support/chromium';
import { callApi } from './support/exportDriver';
import { openApp } from './support/openApp';

const LETTER = 'Vervolgbrief.\n\nHet Cyberteam Caribisch gebied werkt samen met Europol en het RST in Curaçao.';

const app = appPerTest();
let page: Page;
beforeEach(() => {
  ({ page } = app());
});

async function importOnA(): Promise<UserDocument> {
  await page.getByRole('button', { name: /Document importeren/ }).waitFor();
  await page
    .getByTestId('document-file-input')
    .setInputFiles({ name: 'vervolgbrief.txt', mimeType: 'text/plain', buffer: Buffer.from(LETTER) });
  await page.getByTestId('document-details').waitFor({ timeout: 30_000 });
  const [summary] = await callApi<{ id: string }[]>(app().serve.url, 'document.list', {});
  return callApi<UserDocument>(app().serve.url, 'document.get', { id: summary?.id ?? 'none' });
}

async function importOn(b: Page, name: string, bytes: Buffer): Promise<ReturnType<Page['getByRole']>> {
  await b.getByRole('button', { name: 'Importeren van een andere laptop…' }).click();
  await b.getByTestId('exchange-file-input').setInputFiles({ name, mimeType: 'application/zip', buffer: bytes });
  const dialog = b.getByRole('dialog', { name: 'Importeren van een andere laptop' });
  await dialog.getByTestId('exchange-counts').waitFor({ timeout: 30_000 });
  return dialog;
}

describe('exchange between laptops', () => {
  it('exports on A through the UI and merges the file on B, with a report', async () => {
    const doc = await importOnA();
    const start = doc.text.indexOf('Cyberteam Caribisch gebied');
    const node = await callApi<{ id: string }>(app().serve.url, 'curation.createNode', {
      kind: 'national-organisation',
      label: { nl: 'Cyberteam Caribisch gebied' },
      citation: { documentId: doc.id, start, end: start + 'Cyberteam Caribisch gebied'.length },
    });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporteren voor een andere laptop…' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^ips-atlas-uitwisseling-\d{4}-\d{2}-\d{2}\.ipsatlas$/);
    const file = readFileSync(await download.path());
    await page.getByText(/is gedownload: 1 documenten, 1 knopen/).waitFor();

    const laptopB = await openApp({ browser: app().browser.browser() ?? undefined });
    try {
      const b = laptopB.page;
      await b.setViewportSize({ width: 1024, height: 640 });
      const dialog = await importOn(b, download.suggestedFilename(), file);
      const counts = await dialog.getByTestId('exchange-counts').textContent();
      expect(counts).toContain('Nieuw: 2');
      expect(counts).toContain('Al aanwezig: 0');
      expect(counts).toContain('Conflicten: 0');
      const box = await dialog.boundingBox();
      expect(box !== null && box.y >= 0 && box.y + box.height <= 640 && box.width <= 1024).toBe(true);
      expect(await seriousViolations(b, ['moderate', 'serious', 'critical'])).toEqual([]);
      await screenshot(b, 'exchange-report');
      await dialog.getByRole('button', { name: 'Samenvoegen' }).click();
      await dialog
        .getByTestId('exchange-summary')
        .getByText(/^Samengevoegd: 2 nieuw/)
        .waitFor();
      await screenshot(b, 'exchange-merged');
      await dialog.getByRole('button', { name: 'Sluiten' }).click();
      await b.getByTestId('document-list').getByRole('button', { name: 'Vervolgbrief.', exact: true }).waitFor();
      const list = await callApi<{ nodes: { id: string }[] }>(laptopB.serve.url, 'curation.list', {});
      expect(list.nodes).toHaveLength(1);

      const again = await importOn(b, download.suggestedFilename(), file);
      expect(await again.getByTestId('exchange-counts').textContent()).toContain('Al aanwezig: 2');
      await again.getByText('Alles uit dit bestand is hier al aanwezig. Er valt niets samen te voegen.').waitFor();
      await again
        .getByRole('button', { name: 'Sluiten' })
        .or(again.getByRole('button', { name: 'Annuleren' }))
        .click();

      // The node renamed on A: one conflict on B, both names shown, their version taken.
      await callApi(app().serve.url, 'curation.updateNode', { id: node.id, label: { nl: 'Cyberteam CARIB' } });
      const [second] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Exporteren voor een andere laptop…' }).click(),
      ]);
      const conflict = await importOn(b, second.suggestedFilename(), readFileSync(await second.path()));
      expect(await conflict.getByTestId('exchange-counts').textContent()).toContain('Conflicten: 1');
      const group = conflict.getByRole('group', { name: 'Knoop: Cyberteam CARIB' });
      const row = await group.getByRole('row', { name: /naam/ }).textContent();
      expect(row).toContain('Cyberteam Caribisch gebied');
      expect(row).toContain('Cyberteam CARIB');
      expect(await seriousViolations(b, ['moderate', 'serious', 'critical'])).toEqual([]);
      await screenshot(b, 'exchange-conflict');
      await group.getByRole('radio', { name: 'Hun versie nemen' }).check();
      await conflict.getByRole('button', { name: 'Samenvoegen' }).click();
      await conflict.getByText(/\(1 keer hun versie genomen\)/).waitFor();
      const after = await callApi<{ nodes: { label: { nl: string } }[] }>(laptopB.serve.url, 'curation.list', {});
      expect(after.nodes.map((n) => n.label.nl)).toEqual(['Cyberteam CARIB']);
    } finally {
      await laptopB.close();
    }
  });
});
