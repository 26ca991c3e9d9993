// The user's documents over time: they survive a restart, their details can be corrected, search
// finds their passages diacritics-blind with document and page, a node lists the documents that
// mention it, a new bundle's names are found in documents imported before it, and delete removes all.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { USER_DB_FILE } from '../../main/service/openService';
import { openSqlite } from '../../main/store/nativeBinding';
import { buildDatasetFile, FIXTURE_DATA_DIR } from '../support/testService';
import { base64, makePdf, openWorkbench, type Workbench } from './documentFixtures';

let current: Workbench | null = null;
afterEach(() => {
  current?.service.close();
  current = null;
});

const report = makePdf(
  [
    ['Jaarverslag samenwerking', 'De politie werkt in Curaçao met de DHPol.'],
    ['Over informatie-uitwisseling met Europol en het', 'Verdrag van Enschede (Enschede, 2005).'],
  ],
  { title: 'Jaarverslag 2024', author: 'Politie', created: new Date('2024-06-30T12:00:00Z') },
);

/** The mini dataset as a later app version might ship it: DHPol became an alias of the police university. */
function nextBundle(): string {
  const folder = mkdtempSync(join(tmpdir(), 'atlas-next-bundle-'));
  cpSync(FIXTURE_DATA_DIR, folder, { recursive: true });
  const nodesFile = join(folder, 'graph', 'nodes', 'all.yaml');
  const alias = 'aliases: [Deutsche Hochschule der Polizei]';
  writeFileSync(nodesFile, readFileSync(nodesFile, 'utf8').replace(alias, alias.replace(']', ', DHPol]')));
  // The copy reads the same letter: its source path is made relative to the copy's sources folder.
  const sourcesFile = join(folder, 'sources', 'sources.yaml');
  const letter = relative(join(folder, 'sources'), resolve('data/sources/kamerbrief-visie-ips.txt'));
  writeFileSync(
    sourcesFile,
    readFileSync(sourcesFile, 'utf8').replace(/file: .*kamerbrief-visie-ips\.txt/, `file: ${letter}`),
  );
  return folder;
}

async function importReport(w: Workbench): Promise<string> {
  return (await w.call('document.import', { fileName: 'jaarverslag.pdf', data: base64(report) })).document.id;
}

describe('the user’s documents', () => {
  it('survive a restart with their text, pages, edits and mentions', async () => {
    const first = openWorkbench();
    const id = await importReport(first);
    const edited = await first.call('document.update', {
      id,
      title: 'Jaarverslag politie 2024',
      date: '2024-06',
      author: null,
      kind: 'report',
      language: 'nl',
    });
    expect(edited).toMatchObject({ title: 'Jaarverslag politie 2024', date: '2024-06', author: null, kind: 'report' });
    const before = await first.call('document.get', { id });
    const mentionsBefore = await first.call('document.mentions', { id });

    current = first.restart();
    expect(await current.call('document.list', {})).toEqual([expect.objectContaining({ id, date: '2024-06' })]);
    expect(await current.call('document.get', { id })).toEqual(before);
    expect(await current.call('document.mentions', { id })).toEqual(mentionsBefore);
    expect(mentionsBefore.nodes.map((n) => n.nodeId).sort()).toEqual(['curacao', 'europol', 'treaty-of-enschede']);
  });

  it('are searched diacritics-blind, each passage with its document, page, offsets and matched words', async () => {
    current = openWorkbench();
    const id = await importReport(current);
    const text = (await current.call('document.get', { id })).text;
    const { passages, truncated } = await current.call('document.search', { text: 'curacao' });
    expect(truncated).toBe(false);
    expect(passages).toHaveLength(1);
    const [hit] = passages;
    expect(hit).toMatchObject({ documentId: id, title: 'Jaarverslag 2024', page: 1 });
    expect(text.slice(hit?.start, hit?.end)).toBe(hit?.text);
    expect(hit?.highlights.map((h) => hit.text.slice(h.start, h.end))).toEqual(['Curaçao']);

    const page2 = await current.call('document.search', { text: 'verdrag enschede' });
    expect(page2.passages.map((p) => p.page)).toEqual([2]);
    expect(page2.passages[0]?.highlights.map((h) => page2.passages[0]?.text.slice(h.start, h.end))).toEqual([
      'Verdrag',
      'Enschede',
      'Enschede',
    ]);
    expect((await current.call('document.search', { text: 'informatie-uitwis' })).passages).toHaveLength(1);
    expect((await current.call('document.search', { text: 'interpol' })).passages).toEqual([]);
    expect((await current.call('document.search', { text: '"OR* NEAR(' })).passages).toEqual([]);
    const other = await current.call('document.search', {
      text: 'curacao',
      documentIds: ['user-doc-0000000000000000'],
    });
    expect(other.passages).toEqual([]);
  });

  it('are listed for a node that they mention, next to the bundled letter', async () => {
    current = openWorkbench();
    const id = await importReport(current);
    const refs = await current.call('node.documents', { id: 'curacao' });
    expect(refs.find((r) => r.origin === 'user')).toEqual({
      documentId: id,
      origin: 'user',
      title: { nl: 'Jaarverslag 2024', en: 'Jaarverslag 2024' },
      date: '2024-06-30',
      mentionCount: 1,
      citationCount: 0,
      first: { start: expect.any(Number), end: expect.any(Number), page: 1 },
    });
    const bundled = refs.find((r) => r.origin === 'bundle');
    expect(bundled?.documentId).toBe('kamerbrief-visie-ips');
    expect((bundled?.mentionCount ?? 0) + (bundled?.citationCount ?? 0)).toBeGreaterThan(0);
    expect((await current.call('node.documents', { id: 'dhpol' })).filter((r) => r.origin === 'user')).toEqual([]);
    expect((await current.fail('node.documents', { id: 'no-such-node' })).code).toBe('NOT_FOUND');
  });

  it('have the names of a replaced bundle found in them, without being imported again', async () => {
    const first = openWorkbench();
    const id = await importReport(first);
    expect((await first.call('document.mentions', { id })).nodes.map((n) => n.nodeId)).not.toContain('dhpol');

    current = first.restart(buildDatasetFile(nextBundle()));

    const { mentions, nodes } = await current.call('document.mentions', { id });
    expect(nodes.map((n) => n.nodeId)).toContain('dhpol');
    const text = (await current.call('document.get', { id })).text;
    expect(mentions.filter((m) => m.nodeId === 'dhpol').map((m) => text.slice(m.start, m.end))).toEqual(['DHPol']);
    expect((await current.call('node.documents', { id: 'dhpol' })).map((r) => r.documentId)).toContain(id);
  });

  it('are deleted with their mentions and passages; unknown ids are NOT_FOUND', async () => {
    current = openWorkbench();
    const id = await importReport(current);
    expect(await current.call('document.delete', { id })).toEqual({ deleted: true });
    expect(await current.call('document.delete', { id })).toEqual({ deleted: false });
    expect(await current.call('document.list', {})).toEqual([]);
    expect((await current.call('document.search', { text: 'Europol' })).passages).toEqual([]);
    expect((await current.call('node.documents', { id: 'europol' })).filter((r) => r.origin === 'user')).toEqual([]);
    for (const method of ['document.get', 'document.mentions'] as const) {
      expect((await current.fail(method, { id })).code).toBe('NOT_FOUND');
    }
    expect((await current.fail('document.update', { id, title: 'x' })).code).toBe('NOT_FOUND');
    expect((await current.fail('document.update', { id, date: '2024-13' })).code).toBe('INVALID_INPUT');
  });

  it('stay readable in a user database a newer app wrote, where an import is refused and nothing written', async () => {
    const first = openWorkbench();
    const id = await importReport(first);
    first.service.close();
    const db = openSqlite(join(first.userDataDir, USER_DB_FILE));
    db.pragma('user_version = 99');
    db.close();
    current = openWorkbench(first.datasetPath, first.userDataDir);
    expect((await current.call('document.list', {})).map((d) => d.id)).toEqual([id]);
    expect((await current.call('document.mentions', { id })).mentions.length).toBeGreaterThan(0);
    const refused = await current.fail('document.import', { fileName: 'nieuw.txt', data: base64('Over Europol.') });
    expect(refused.code).toBe('STORAGE_NEWER_VERSION');
    expect((await current.fail('document.delete', { id })).code).toBe('STORAGE_NEWER_VERSION');
    expect((await current.call('document.list', {})).map((d) => d.id)).toEqual([id]);
  });

  it('report an import’s progress by the key its caller chose', async () => {
    current = openWorkbench();
    const pages = Array.from({ length: 12 }, (_, i) => [`Pagina ${String(i + 1)} over Europol.`]);
    const seen: string[] = [];
    const progressKey = 'import-progress-1';
    const running = current.call('document.import', {
      fileName: 'lang.pdf',
      data: base64(makePdf(pages)),
      progressKey,
    });
    const w = current;
    const poll = async (): Promise<void> => {
      const { progress } = await w.call('document.progress', { progressKey });
      if (progress !== null) seen.push(`${progress.phase}:${String(progress.total)}`);
    };
    const polling = setInterval(() => void poll(), 1);
    await running;
    clearInterval(polling);
    await poll();
    expect(seen.at(-1)).toBe('done:1');
    expect(seen.some((s) => s === 'extracting:12')).toBe(true);
    expect(await current.call('document.progress', { progressKey: 'never-started' })).toEqual({ progress: null });
  });
});
