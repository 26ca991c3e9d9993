// One language at a time: every screen is walked in Dutch and in English (explorer with a node
// selected and its detail panel, an actor with attributes, the source viewer, each analysis tab, the
// export dialog, saved views, the table view; and the workbench: an imported document's details, its
// viewer with the mentions, the node and relation forms made from a passage, the user's relation with
// its note, "Mijn toevoegingen", the exchange report) and the text the user can read is scanned for words of
// the other language and for raw keys (statuses, kinds, relations, attribute names). Quotes from the
// letter are marked lang="nl" and are the letter's own words: they are left out of the English scan.
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { NODE_KINDS, RELATION_KINDS, STATUSES } from '../../shared/ontology';
import { appPerTest } from './support/appPerTest';
import { screenshot } from './support/chromium';
import { openWithEuropol, searchAndAdd, waitForNode } from './support/explorerDriver';
import { callApi } from './support/exportDriver';
import { selectPassage } from './support/selectPassage';

const app = appPerTest();
let page: Page;

beforeEach(() => {
  ({ page } = app());
});

/** English words that must not reach a Dutch screen. */
const ENGLISH = [
  'signed',
  'revised',
  'founded',
  'until',
  'Relations',
  'Sources',
  'Close',
  'Search',
  'Loading',
  'Attributes',
  'Dates',
  'Also called',
  'Show in the source text',
  'Footnotes',
  'No results',
  'Legally binding',
  'Export',
  'Compare',
  'Paths',
  'Pattern',
  'Metrics',
  'Download',
  'Picture',
  'Scope',
  'Caption',
  'Memo pack',
  'No node',
  'exists',
  'failed',
  'Invalid',
];

/** Dutch words that must not reach an English screen. */
const DUTCH = [
  'getekend',
  'herzien',
  'opgericht',
  'Relaties',
  'Bronnen',
  'Sluiten',
  'Zoek',
  'Laden',
  'Kenmerken',
  'Soort',
  'Ook genoemd',
  'Toon in de brontekst',
  'Voetnoten',
  'Exporteren',
  'Vergelijken',
  'Paden',
  'Patroon',
  'Kengetallen',
  'Downloaden',
  'Afbeelding',
  'Reikwijdte',
  'Onderschrift',
  'Juridisch bindend',
  'Horizontale thema',
  'Memopakket',
];

/** Identifiers that are never words: a status, kind or relation id, or a dataset attribute key. */
const RAW_KEYS = [
  ...[...STATUSES, ...NODE_KINDS, ...RELATION_KINDS].filter((k) => /[-_]/.test(k)),
  'legally_binding',
  'horizontale_themas',
  'date_in_letter',
];

/** The text a reader sees: visible text nodes, without the letter's own words when reading English. */
function readable(page: Page, language: 'nl' | 'en'): Promise<string> {
  return page.evaluate((lang) => {
    const parts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent === null || parent.closest('script, style, [hidden]') !== null) continue;
      const tagged = parent.closest('[lang]')?.getAttribute('lang') ?? lang;
      if (!tagged.startsWith(lang)) continue;
      parts.push(node.nodeValue ?? '');
    }
    return parts.join('\n');
  }, language);
}

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function scan(page: Page, language: 'nl' | 'en', screen: string): Promise<void> {
  const text = await readable(page, language);
  // A scan of an empty or unrendered screen would pass for nothing.
  expect(text.length, screen).toBeGreaterThan(200);
  const foreign = (language === 'nl' ? ENGLISH : DUTCH).filter((w) =>
    new RegExp(`(^|[^\\p{L}])${escape(w)}($|[^\\p{L}])`, 'u').test(text),
  );
  const raw = RAW_KEYS.filter((k) => new RegExp(`(^|[^\\p{L}-])${escape(k)}($|[^\\p{L}-])`, 'u').test(text));
  expect({ screen, foreign, raw }).toEqual({ screen, foreign: [], raw: [] });
}

interface Words {
  readonly table: string;
  readonly graph: string;
  readonly tabs: readonly string[];
  readonly openDocument: RegExp;
  readonly createNode: string;
  readonly createRelation: string;
  readonly myAdditions: string;
  readonly importFromLaptop: string;
}

const WORDS: Record<'nl' | 'en', Words> = {
  nl: {
    table: 'Tabel',
    graph: 'Netwerk',
    tabs: ['Paden', 'Patroon', 'Kengetallen', 'Matrix'],
    openDocument: /^Document openen$/,
    createNode: 'Knoop maken…',
    createRelation: 'Relatie maken…',
    myAdditions: 'Mijn toevoegingen',
    importFromLaptop: 'Importeren van een andere laptop…',
  },
  en: {
    table: 'Table',
    graph: 'Network',
    tabs: ['Paths', 'Pattern', 'Metrics', 'Matrix'],
    openDocument: /^Open document$/,
    createNode: 'Create node…',
    createRelation: 'Create relation…',
    myAdditions: 'My additions',
    importFromLaptop: 'Import from another laptop…',
  },
};

async function walk(language: 'nl' | 'en'): Promise<void> {
  const words = WORDS[language];
  await openWithEuropol(page);
  await page.getByTestId('detail-panel').waitFor();
  await scan(page, language, 'explorer with Europol selected');

  // An actor with attributes: CEPOL's "horizontale_themas" must read as words.
  await searchAndAdd(page, 'CEPOL', /^CEPOL\b/);
  await waitForNode(page, 'cepol');
  await expect.poll(() => page.getByTestId('detail-panel').textContent()).toContain('CEPOL');
  await scan(page, language, 'detail panel of CEPOL');
  expect(await page.getByTestId('detail-panel').textContent()).toContain(
    language === 'nl' ? "Horizontale thema's" : 'Cross-cutting themes',
  );

  await page.getByTestId('citation-quote').first().click();
  await page.getByTestId('source-viewer').waitFor();
  await scan(page, language, 'source viewer');
  await page.keyboard.press('Escape');
  await expect.poll(() => page.getByTestId('source-viewer').count()).toBe(0);

  for (const tab of words.tabs) {
    await page.getByRole('tab', { name: tab }).click();
    await scan(page, language, `analysis tab ${tab}`);
  }

  await page.getByTestId('export-open-dialog').click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.waitFor();
  await scan(page, language, 'export dialog (PDF)');
  await dialog.getByRole('radio', { name: /Markdown/ }).check();
  await scan(page, language, 'export dialog (briefing)');
  await dialog.getByRole('radio', { name: /CSV/ }).check();
  await scan(page, language, 'export dialog (CSV)');
  await page.keyboard.press('Escape');

  await page.getByTestId('saved-views').waitFor();
  await scan(page, language, 'saved views');

  await page.getByRole('tab', { name: words.table }).click();
  await page.getByTestId('table-view').waitFor();
  await scan(page, language, 'table view');
  await screenshot(page, `language-${language}-table`);

  await page.getByRole('tab', { name: words.graph }).click();
  await walkWorkbench(language);
}

const NOTE_TEXT =
  'Verslag van het overleg.\n\nEuropol stemt af met INTERPOL over de uitwisseling van gegevens. Het JIT Noordzee is in 2025 opgericht.\n';

/** The workbench's screens: a document imported, read, curated from, its additions listed and exchanged. */
async function walkWorkbench(language: 'nl' | 'en'): Promise<void> {
  const words = WORDS[language];
  const url = app().serve.url;
  await page
    .getByTestId('document-file-input')
    .setInputFiles({ name: 'verslag.txt', mimeType: 'text/plain', buffer: Buffer.from(NOTE_TEXT) });
  await page.getByTestId('document-details').waitFor({ timeout: 30_000 });
  await scan(page, language, 'imported document details');
  await page.getByRole('button', { name: words.openDocument }).click();
  const viewer = page.getByTestId('source-viewer');
  await viewer.locator('button.mention[data-node-id="europol"]').first().waitFor();
  await scan(page, language, 'document viewer with its mentions');

  const [summary] = await callApi<{ id: string }[]>(url, 'document.list', {});
  const doc = await callApi<{ id: string; text: string }>(url, 'document.get', { id: summary?.id ?? 'none' });
  const start = doc.text.indexOf('Europol stemt af');
  const end = doc.text.indexOf('gegevens.') + 'gegevens.'.length;
  for (const [button, form] of [
    [words.createRelation, 'relation form'],
    [words.createNode, 'node form'],
  ] as const) {
    await selectPassage(page, start, end);
    await page.getByTestId('selection-toolbar').getByRole('button', { name: button }).click();
    const dialog = page.getByRole('dialog').filter({ has: page.getByTestId('curation-passage') });
    await dialog.waitFor();
    await scan(page, language, form);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  }
  await page.keyboard.press('Escape');
  await expect.poll(() => viewer.count()).toBe(0);

  await callApi(url, 'curation.createRelation', {
    kind: 'coordinates-with',
    source: 'europol',
    target: 'interpol',
    status: 'planned',
    citation: { documentId: doc.id, start, end },
    note: 'Navragen bij het ministerie',
  });
  await page.getByRole('button', { name: words.myAdditions }).click();
  const list = page.getByTestId('my-additions');
  await list.waitFor();
  await scan(page, language, 'my additions');
  await list
    .getByRole('button', { name: /INTERPOL/ })
    .first()
    .click();
  await expect.poll(() => page.getByTestId('detail-panel').textContent()).toContain('Navragen bij het ministerie');
  await scan(page, language, 'detail of the user’s own relation with its note');

  const file = await callApi<{ fileName: string; data: string }>(url, 'exchange.export', {});
  await page.getByRole('button', { name: words.importFromLaptop }).click();
  await page
    .getByTestId('exchange-file-input')
    .setInputFiles({ name: file.fileName, mimeType: 'application/zip', buffer: Buffer.from(file.data, 'base64') });
  await page.getByTestId('exchange-counts').waitFor({ timeout: 30_000 });
  await scan(page, language, 'exchange report');
  await screenshot(page, `language-${language}-exchange`);
  await page.keyboard.press('Escape');
}

describe('one language at a time', () => {
  it('shows no English word and no raw key on any screen in Dutch', async () => {
    await walk('nl');
  });

  it('shows no Dutch word and no raw key on any screen in English', async () => {
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await walk('en');
  });
});
