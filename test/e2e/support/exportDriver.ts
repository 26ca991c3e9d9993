// Drives the export dialog as a user would (choose a format, fill the fields, press Download) and
// catches the download, keeping each file under artefacts/e2e/exports for inspection.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTEFACTS_DIR } from './chromium';

export const EXPORTS_DIR = join(ARTEFACTS_DIR, 'exports');

export interface Downloaded {
  readonly name: string;
  readonly path: string;
  readonly bytes: Buffer;
}

/** Opens the dialog (if closed), picks the format by its label, applies `fill`, and downloads. */
export async function exportFile(
  page: Page,
  format: RegExp,
  fill: (dialog: ReturnType<Page['getByTestId']>) => Promise<void> = () => Promise.resolve(),
  saveAs?: string,
): Promise<Downloaded> {
  const dialog = page.getByTestId('export-dialog');
  if ((await dialog.count()) === 0) await page.getByTestId('export-open-dialog').click();
  await dialog.getByRole('radio', { name: format }).check();
  await fill(dialog);
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    dialog.getByRole('button', { name: /^(Downloaden|Download)$/ }).click(),
  ]);
  mkdirSync(EXPORTS_DIR, { recursive: true });
  const name = download.suggestedFilename();
  const path = join(EXPORTS_DIR, saveAs ?? name);
  await download.saveAs(path);
  return { name, path, bytes: readFileSync(path) };
}

export async function closeExportDialog(page: Page): Promise<void> {
  const dialog = page.getByTestId('export-dialog');
  if ((await dialog.count()) > 0) await dialog.getByRole('button', { name: /Sluiten|Close/ }).click();
}

/** Calls the service the way the page does, with the run's token (for facts to compare against). */
export async function callApi<T>(serveUrl: string, method: string, input: unknown): Promise<T> {
  const url = new URL(serveUrl);
  const token = /token=([\w-]+)/.exec(url.hash)?.[1] ?? '';
  const response = await fetch(`${url.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-ips-atlas-token': token, origin: url.origin },
    body: JSON.stringify(input),
  });
  const envelope = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!envelope.ok || envelope.value === undefined) throw new Error(envelope.error?.message ?? 'call failed');
  return envelope.value;
}
