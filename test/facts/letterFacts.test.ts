// Facts a policy adviser who knows the letter would check, each asked through the contract of the
// real compiled dataset: who, with whom, under which treaty, since when — and where it is written.
import { describe, expect, it } from 'vitest';
import { holdsIn } from '../../shared/filters/graphFilter';
import { SourceIndex } from '../../shared/text/sourceIndex';
import { ask, relationsOf, sentence } from './factSupport';

describe('treaties', () => {
  it('the Treaty of Enschede was signed in 2005 and joins the Netherlands and Germany', async () => {
    const treaty = await ask('node.get', { id: 'treaty-of-enschede' });
    expect(treaty.kind).toBe('treaty');
    expect(treaty.dates.signed).toBe('2005');
    const parties = (await relationsOf('treaty-of-enschede')).filter((e) => e.kind === 'party-to');
    expect(parties.map((e) => e.source).sort()).toEqual(['germany', 'netherlands']);
    expect(parties.every((e) => e.status === 'in-force')).toBe(true);
  });

  it('the revised Benelux police treaty (2018) awaits approval by the three national parliaments', async () => {
    const treaty = await ask('node.get', { id: 'benelux-police-treaty' });
    expect(treaty.status).toBe('pending-ratification');
    expect(treaty.dates.revised).toBe('2018');
    const relations = await relationsOf('benelux-police-treaty');
    const parties = relations.filter((e) => e.kind === 'party-to');
    expect(parties.map((e) => e.source).sort()).toEqual(['belgium', 'luxembourg', 'netherlands']);
    expect(parties.every((e) => e.status === 'pending-ratification')).toBe(true);
    const approval = await ask('edge.get', { id: 'benelux-national-parliaments-approves-benelux-police-treaty' });
    expect(approval.status).toBe('pending-ratification');
    expect(approval.citations[0]?.quote).toContain('goedkeuring door de drie nationale parlementen');
  });

  it('the Treaty of Enschede is not part of the network as of 2004, and is as of 2005', async () => {
    const edge = await ask('edge.get', { id: 'germany-party-to-treaty-of-enschede' });
    expect(holdsIn(edge.status, edge.dates, 2004)).toBe(false);
    expect(holdsIn(edge.status, edge.dates, 2005)).toBe(true);
  });
});

describe('the Kingdom', () => {
  it('the RST joins Aruba, Curaçao, Sint Maarten and the Netherlands', async () => {
    const members = (await relationsOf('rst')).filter((e) => e.kind === 'member-of' && e.target === 'rst');
    expect(members.map((e) => e.source).sort()).toEqual(['aruba', 'curacao', 'netherlands', 'sint-maarten']);
  });

  it('from 1 January 2020 the RST is to be managed by the chief commissioner of the Dutch police', async () => {
    const edge = await ask('edge.get', { id: 'chief-commissioner-manages-rst' });
    expect(edge).toMatchObject({ status: 'planned', dates: { from: '2020-01-01' } });
    expect(edge.citations[0]?.quote).toContain('1 januari 2020');
  });
});

describe('multilateral', () => {
  it('MAOC(N) targets drug transport across the Atlantic, and from this year also by small aircraft', async () => {
    const sea = await ask('edge.get', { id: 'maoc-n-targets-transatlantic-drug-shipments' });
    expect(sea.status).toBe('in-force');
    const air = await ask('edge.get', { id: 'maoc-n-targets-drug-flights' });
    expect(air).toMatchObject({ status: 'planned', dates: { from: '2019' } });
    expect(air.note?.en).toMatch(/small jets/);
    const maoc = await ask('node.get', { id: 'maoc-n' });
    expect(maoc.aliases).toEqual(expect.arrayContaining(['MAOC(N)']));
  });

  it('the Netherlands drives or co-drives the EMPACT projects on human trafficking, criminal money, synthetic drugs and firearms', async () => {
    const driven = (await relationsOf('netherlands')).filter((e) => e.kind === 'drives').map((e) => e.target);
    expect(driven.sort()).toEqual([
      'empact-criminal-finances',
      'empact-firearms',
      'empact-human-trafficking',
      'empact-synthetic-drugs',
    ]);
    const targets = await Promise.all(
      driven.map(async (id) => (await relationsOf(id)).filter((e) => e.kind === 'targets').map((e) => e.target)),
    );
    expect(targets.flat().sort()).toEqual([
      'human-trafficking',
      'illegal-firearms',
      'money-laundering',
      'synthetic-drugs',
    ]);
  });

  it('EC3 was set up by Europol and targets cybercrime', async () => {
    const sentences = (await relationsOf('ec3')).map(sentence);
    expect(sentences).toEqual(expect.arrayContaining(['established-by:ec3→europol', 'targets:ec3→cybercrime']));
  });

  it('the police have taken part in missions since 2002, under the EU, UN, OSCE and NATO', async () => {
    const edge = await ask('edge.get', { id: 'netherlands-police-participates-in-missions-and-operations' });
    expect(edge.dates.since).toBe('2002');
    const organisers = (await relationsOf('missions-and-operations'))
      .filter((e) => e.kind === 'organises')
      .map((e) => e.source);
    expect(organisers.sort()).toEqual(['european-union', 'nato', 'osce', 'united-nations']);
  });

  it('the chief of the national unit sits on INTERPOL’s supervising Executive Committee', async () => {
    const sentences = (await relationsOf('interpol-executive-committee')).map(sentence);
    expect(sentences).toEqual(
      expect.arrayContaining([
        'member-of:chief-of-national-unit→interpol-executive-committee',
        'supervises:interpol-executive-committee→interpol',
      ]),
    );
  });

  it('liaisons are to be placed in Belgium, Germany and the UK; they already work in Poland, Bosnia and Italy', async () => {
    const liaisons = (await relationsOf('netherlands-police')).filter((e) => e.kind === 'sends-liaison-to');
    const status = Object.fromEntries(liaisons.map((e) => [e.target, e.status]));
    expect(status).toMatchObject({
      belgium: 'planned',
      germany: 'planned',
      'united-kingdom': 'planned',
      poland: 'in-force',
      bosnia: 'in-force',
      italy: 'in-force',
    });
  });
});

describe('priorities and policy', () => {
  it('the letter sets three IPS priorities, all part of the vision', async () => {
    const parts = (await relationsOf('ips-vision')).filter((e) => e.kind === 'part-of' && e.target === 'ips-vision');
    expect(parts.map((e) => e.source)).toEqual(
      expect.arrayContaining(['priority-national-phenomena', 'priority-border-regions', 'priority-criminal-networks']),
    );
  });

  it('the Veiligheidsagenda (2019–2022) prioritises six phenomena', async () => {
    const agenda = await ask('node.get', { id: 'security-agenda' });
    expect(agenda.dates.period).toBe('2019–2022');
    const prioritised = (await relationsOf('security-agenda'))
      .filter((e) => e.kind === 'prioritises')
      .map((e) => e.target);
    expect(prioritised.sort()).toEqual([
      'cybercrime',
      'enforcement-of-sentences',
      'human-trafficking',
      'online-child-abuse',
      'subversive-crime',
      'terrorism',
    ]);
  });

  it('the transnational-networks priority focuses on high value targets, facilitators and financial flows', async () => {
    const targets = (await relationsOf('priority-criminal-networks'))
      .filter((e) => e.kind === 'targets')
      .map((e) => e.target);
    expect(targets).toEqual(expect.arrayContaining(['high-value-targets', 'facilitators', 'criminal-financial-flows']));
  });

  it('the country policy of 2013 is historical, replaced by the phenomenon approach', async () => {
    const policy = await ask('node.get', { id: 'country-policy' });
    expect(policy).toMatchObject({ status: 'historical', dates: { since: '2013' } });
    expect((await relationsOf('country-policy')).map(sentence)).toContain(
      'replaces:phenomenon-approach→country-policy',
    );
  });

  it('the Wpg and the Wjsg implement the EU data protection directive', async () => {
    const implementers = (await relationsOf('data-protection-directive'))
      .filter((e) => e.kind === 'implements')
      .map((e) => e.source);
    expect(implementers).toEqual(expect.arrayContaining(['wpg', 'wjsg']));
  });

  it('the Code of Police Ethics was drawn up by the Council of Europe', async () => {
    const sentences = (await relationsOf('code-of-police-ethics')).map(sentence);
    expect(sentences).toContain('established-by:code-of-police-ethics→council-of-europe');
  });

  it('the minister rejects a European police unit and explores a binding ethical code', async () => {
    expect(
      (await ask('edge.get', { id: 'minister-of-justice-and-security-rejects-european-police-unit' })).status,
    ).toBe('in-force');
    expect(
      (await ask('edge.get', { id: 'minister-of-justice-and-security-explores-binding-ethical-code' })).status,
    ).toBe('ambition');
  });
});

describe('the letter itself', () => {
  it('cites the Kamerstukken of its footnotes', async () => {
    const cited = (await relationsOf('kamerbrief-visie-ips')).filter((e) => e.kind === 'cites').map((e) => e.target);
    expect(cited).toEqual(
      expect.arrayContaining([
        'kamerstuk-29628-825',
        'kamerstuk-29628-799',
        'kamerstuk-29628-561',
        'kamerstuk-23987-302',
        'kamerstuk-30010-42',
      ]),
    );
  });

  it('is signed by the Minister of Justice and Security, F.B.J. Grapperhaus', async () => {
    expect((await relationsOf('kamerbrief-visie-ips')).map(sentence)).toContain(
      'authored-by:kamerbrief-visie-ips→minister-of-justice-and-security',
    );
    expect((await ask('node.get', { id: 'minister-of-justice-and-security' })).attributes.holder).toBe(
      'F.B.J. Grapperhaus',
    );
  });
});

describe('search, as advisers type it', () => {
  it.each([
    ['curacao', 'curacao'],
    ['prum', 'prum-decisions'],
    ['munster', 'munster'],
    ['Europol', 'europol'],
    ['maoc', 'maoc-n'],
    ['enschede', 'treaty-of-enschede'],
  ])('"%s" finds %s first', async (text, id) => {
    expect((await ask('search.suggest', { text }))[0]?.node.id).toBe(id);
  });
});

describe('provenance', () => {
  it('every node and relation is cited, and every citation points at its quote in the letter', async () => {
    const source = await ask('source.get', { id: 'kamerbrief-visie-ips' });
    const index = new SourceIndex(source.text);
    const firstWord = (q: string): string => q.split(/[\s-]/)[0] ?? '';
    let checked = 0;
    let cursor: string | undefined;
    do {
      const page = await ask('graph.elements', { limit: 500, ...(cursor === undefined ? {} : { cursor }) });
      for (const n of page.nodes) {
        expect(n.degree, `${n.id} has no relation`).toBeGreaterThan(0);
        const detail = await ask('node.get', { id: n.id });
        expect(detail.citations.length, `${n.id} has no citation`).toBeGreaterThan(0);
        for (const c of detail.citations) {
          // The offsets the API hands out are where the quote stands in the shipped text …
          expect(index.locate(c.quote)).toEqual({ start: c.start, end: c.end });
          // … and the highlighted passage starts with the quote's first word.
          expect(source.text.slice(c.start).startsWith(firstWord(c.quote))).toBe(true);
          checked += 1;
        }
      }
      for (const e of page.edges) {
        const detail = await ask('edge.get', { id: e.id });
        expect(detail.citations.length, `${e.id} has no citation`).toBeGreaterThan(0);
        checked += detail.citations.length;
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
    expect(checked).toBeGreaterThan(800);
  });
});
