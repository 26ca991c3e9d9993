// One language at a time: every screen is walked in Dutch and in English (explorer with a node
// selected and its detail panel, an actor with attributes, the source viewer, each analysis tab, the
// export dialog, saved views, the table view) and the text the user can read is scanned for words of
// the other language and for raw keys (statuses, kinds, relations, attribute names). Quotes from the
// letter are marked lang="nl" and are the letter's own words: they are left out of the English scan.
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { NODE_KINDS, RELATION_KINDS, STATUSES } from '../../shared/ontology';
import { appPerTest } from './support/appPerTest';
import { screenshot } from './support/chromium';
import { openWithEuropol, searchAndAdd, waitForNode } from './support/explorerDriver';

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
}

const WORDS: Record<'nl' | 'en', Words> = {
  nl: { table: 'Tabel', graph: 'Netwerk', tabs: ['Paden', 'Patroon', 'Kengetallen', 'Matrix'] },
  en: { table: 'Table', graph: 'Network', tabs: ['Paths', 'Pattern', 'Metrics', 'Matrix'] },
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
