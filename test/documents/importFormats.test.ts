// Each format imported through the service into a real user database: text and pages as the viewer
// shows them, metadata read from the file, and the mentions of the dataset's nodes found.
import { afterEach, describe, expect, it } from 'vitest';
import { base64, makeDocx, makePdf, openWorkbench, type Workbench } from './documentFixtures';

let open: Workbench[] = [];
const workbench = (): Workbench => {
  const w = openWorkbench();
  open.push(w);
  return w;
};
afterEach(() => {
  for (const w of open) w.service.close();
  open = [];
});

describe('document.import', () => {
  it('reads a PDF page by page, with its info, and finds mentions across a hyphenated line break', async () => {
    const w = workbench();
    const pdf = makePdf(
      [
        [
          'Raadsconclusies over politiesamenwerking',
          'Samenwerking met Euro-',
          'pol en het Europol Cybercrime Centrum.',
        ],
        ['Pagina twee noemt Curacao en de Prum-besluiten.'],
      ],
      { title: 'Raadsconclusies 2024', author: 'Raad van de EU', created: new Date('2024-03-05T10:00:00Z') },
    );
    const { document, alreadyImported } = await w.call('document.import', { fileName: 'raad.pdf', data: base64(pdf) });
    expect(alreadyImported).toBe(false);
    expect(document).toMatchObject({
      title: 'Raadsconclusies 2024',
      author: 'Raad van de EU',
      date: '2024-03-05',
      format: 'pdf',
      kind: 'council-conclusions',
      language: 'nl',
      pageCount: 2,
      fileName: 'raad.pdf',
    });
    expect(document.id).toMatch(/^user-doc-[0-9a-f]{16}$/);

    const full = await w.call('document.get', { id: document.id });
    expect(full.pages.map((p) => p.number)).toEqual([1, 2]);
    const second = full.pages[1];
    expect(full.text.slice(second?.start, second?.end)).toContain('Pagina twee noemt Curacao');
    expect(full.text.charAt((second?.start ?? 0) - 1)).toBe('\f');

    const { mentions, nodes } = await w.call('document.mentions', { id: document.id });
    expect(mentions.map((m) => [m.nodeId, full.text.slice(m.start, m.end), m.page])).toEqual([
      ['europol', 'Euro-\npol', 1],
      ['ec3', 'Europol Cybercrime Centrum', 1],
      ['curacao', 'Curacao', 2],
      ['prum-decisions', 'Prum-besluiten', 2],
    ]);
    expect(nodes.map((n) => [n.nodeId, n.count])).toEqual([
      ['curacao', 1],
      ['ec3', 1],
      ['europol', 1],
      ['prum-decisions', 1],
    ]);
    expect(nodes.find((n) => n.nodeId === 'europol')).toMatchObject({
      kind: expect.any(String),
      label: { nl: 'Europol' },
    });
  });

  it('reads a Word file’s text with mammoth and its title, author and date from core.xml', async () => {
    const w = workbench();
    const docx = await makeDocx(
      [
        'Evaluatie van het RST',
        'Het Recherche Samenwerkingsteam werkt met Europol en de Deutsche Hochschule der Polizei.',
      ],
      { title: 'Evaluatie RST & Caribisch gebied', creator: 'WODC', created: '2023-11-20T09:00:00Z' },
    );
    const { document } = await w.call('document.import', { fileName: 'evaluatie.docx', data: base64(docx) });
    expect(document).toMatchObject({
      title: 'Evaluatie RST & Caribisch gebied',
      author: 'WODC',
      date: '2023-11-20',
      format: 'docx',
      kind: 'evaluation',
      pageCount: 1,
    });
    const full = await w.call('document.get', { id: document.id });
    expect(full.text).toContain('Het Recherche Samenwerkingsteam werkt met Europol');
    const { mentions } = await w.call('document.mentions', { id: document.id });
    expect(mentions.map((m) => [m.nodeId, full.text.slice(m.start, m.end)])).toEqual([
      ['rst', 'RST'],
      ['rst', 'Recherche Samenwerkingsteam'],
      ['europol', 'Europol'],
      ['dhpol', 'Deutsche Hochschule der Polizei'],
    ]);
  });

  it('takes a Word file without core.xml, titled by its file name', async () => {
    const w = workbench();
    const { document } = await w.call('document.import', {
      fileName: 'notitie-europol.docx',
      data: base64(await makeDocx(['Een korte notitie over Europol.'])),
    });
    expect(document).toMatchObject({ title: 'notitie-europol', author: null, date: null, kind: 'note' });
  });

  it('strips Markdown to the words the viewer shows, and offsets point into them', async () => {
    const w = workbench();
    const markdown = '# Verslag **Europol**\n\n- Zie [het EC3](https://example.org) en `RST`.\n\n> Curaçao\n';
    const { document } = await w.call('document.import', { fileName: 'verslag.md', data: base64(markdown) });
    const full = await w.call('document.get', { id: document.id });
    expect(full.text).toBe('Verslag Europol\n\n• Zie het EC3 en RST.\n\nCuraçao\n');
    expect(document).toMatchObject({ title: 'Verslag Europol', format: 'markdown', kind: 'report' });
    const { mentions } = await w.call('document.mentions', { id: document.id });
    expect(mentions.map((m) => full.text.slice(m.start, m.end))).toEqual(['Europol', 'EC3', 'RST', 'Curaçao']);
  });

  it('reads plain text in UTF-8 or Windows-1252, form feeds as pages, and a repeat import as the same document', async () => {
    const w = workbench();
    const text = 'Brief aan de Kamer\nOver Curaçao.\fTweede pagina: Duitsland.';
    const first = await w.call('document.import', { fileName: 'brief.txt', data: base64(text) });
    expect(first.document).toMatchObject({ title: 'Brief aan de Kamer', pageCount: 2, kind: 'letter' });
    const again = await w.call('document.import', { fileName: 'kopie.txt', data: base64(text) });
    expect(again).toEqual({ document: first.document, alreadyImported: true });

    const same = base64(makePdf([['Tegelijk: Europol']]));
    const [one, two] = await Promise.all(
      ['a.pdf', 'b.pdf'].map((fileName) => w.call('document.import', { fileName, data: same })),
    );
    expect([one?.alreadyImported, two?.alreadyImported].sort()).toEqual([false, true]);
    expect(one?.document.id).toBe(two?.document.id);

    const latin1 = Buffer.from('Notitie over Curaçao en België', 'latin1');
    const { document } = await w.call('document.import', { fileName: 'oud.txt', data: latin1.toString('base64') });
    expect((await w.call('document.get', { id: document.id })).text).toBe('Notitie over Curaçao en België');
    const ids = [first.document.id, document.id, one?.document.id].sort();
    expect((await w.call('document.list', {})).map((d) => d.id).sort()).toEqual(ids);
  });
});
