// Facts settled by the audit of every node and relation against the letter (docs/data-audit.md,
// issue 11): what the letter says, in the direction and tense it says it, found from either end,
// and dated where the letter dates it. Asked through the contract of the real compiled dataset.
import { describe, expect, it } from 'vitest';
import type { EdgeSummary } from '../../shared/contract';
import type { PatternQuery } from '../../shared/analysis/patternQuery';
import { holdingIn } from '../../shared/filters/asOf';
import { ask, relationsOf, sentence } from './factSupport';

/** Every relation of the dataset (all pages of graph.elements). */
async function allRelations(): Promise<EdgeSummary[]> {
  const edges: EdgeSummary[] = [];
  let cursor: string | undefined;
  do {
    const page = await ask('graph.elements', { limit: 5000, ...(cursor === undefined ? {} : { cursor }) });
    edges.push(...page.edges);
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return edges;
}

const edge = (id: string) => ask('edge.get', { id });
const node = (id: string) => ask('node.get', { id });

async function pattern(query: Partial<PatternQuery>): Promise<string[]> {
  const full: PatternQuery = {
    subject: { type: 'kinds', kinds: [] },
    relationKinds: [],
    object: { type: 'kinds', kinds: [] },
    direction: 'forward',
    statuses: [],
    ...query,
  };
  const result = await ask('pattern.query', { query: full, limit: 2000 });
  return result.rows.map((row) => row.edge.id);
}

describe('wrong facts, corrected', () => {
  it('China supplies the raw materials of synthetic drugs; the drugs themselves are made in the Netherlands', async () => {
    const drugs = (await relationsOf('synthetic-drugs')).map(sentence);
    expect(drugs).not.toContain('originates-in:synthetic-drugs→china');
    expect(drugs).toContain('originates-in:synthetic-drugs→netherlands');
    expect(drugs).toContain('linked-to:synthetic-drug-raw-materials→synthetic-drugs');
    const china = (await relationsOf('china')).map(sentence);
    expect(china).toEqual(['originates-in:synthetic-drug-raw-materials→china']);
  });

  it('the raw materials are a node of their own, cited where the letter names them', async () => {
    const raw = await node('synthetic-drug-raw-materials');
    expect(raw.kind).toBe('phenomenon');
    expect(raw.citations[0]?.quote).toContain('grondstoffen afkomstig zijn uit aanvoerlanden zoals China');
  });

  it('the police is, and remains, present at INTERPOL: in force, cited with the General Assembly', async () => {
    const e = await edge('netherlands-police-participates-in-interpol');
    expect(e.status).toBe('in-force');
    expect(e.citations[0]?.quote).toContain('vertegenwoordigd op de jaarlijkse General Assembly van INTERPOL');
  });

  it('the cross-border cooperation centres are cited by the sentence that names them', async () => {
    const e = await edge('cross-border-cooperation-centres-operates-in-border-regions');
    expect(e.citations.some((c) => c.quote.includes('grensoverschrijdende samenwerkingscentra'))).toBe(true);
    expect(e.citations.some((c) => c.quote.includes('fysieke grenzen met België en Duitsland'))).toBe(true);
  });

  it('Aruba, Curaçao and Sint Maarten are countries of the Kingdom, as the letter calls them', async () => {
    for (const id of ['aruba', 'curacao', 'sint-maarten']) expect((await node(id)).kind).toBe('state');
    const parts = (await relationsOf('kingdom-of-the-netherlands')).filter((e) => e.kind === 'part-of');
    expect(parts.map((e) => e.source).sort()).toEqual(['aruba', 'curacao', 'netherlands', 'sint-maarten']);
  });

  it('the border-region priority’s relations cite its heading in the letter', async () => {
    const targets = (await relationsOf('priority-border-regions')).filter(
      (e) => e.kind === 'targets' && e.source === 'priority-border-regions',
    );
    expect(targets.map((e) => e.target).sort()).toEqual([
      'belgium',
      'border-regions',
      'cross-border-crime',
      'disasters-and-crises',
      'germany',
      'public-order-problems',
    ]);
    for (const t of targets) {
      expect((await edge(t.id)).citations[0]?.quote).toBe(
        '2: Aanpak van de veiligheids- en openbare orde problematiek in grensgebieden',
      );
    }
  });

  it('Brexit "will" have great consequences: the letter expects them, it does not state them in force', async () => {
    expect((await edge('brexit-affects-united-kingdom')).status).toBe('planned');
    expect((await edge('brexit-affects-netherlands')).status).toBe('planned');
  });

  it('the Prüm relations cite the sentence that names the Prüm decisions, not a fragment', async () => {
    for (const id of ['prum-decisions-targets-terrorism', 'prum-decisions-targets-cross-border-crime']) {
      expect((await edge(id)).citations[0]?.quote).toMatch(/^Nederland zet verder in op .* Prüm-besluiten/);
    }
  });

  it('the Executive Committee supervises INTERPOL, in a sentence that names INTERPOL', async () => {
    const e = await edge('interpol-executive-committee-supervises-interpol');
    expect(e.citations[0]?.quote).toContain('INTERPOL');
    expect(e.citations[0]?.quote).toContain('toezichthoudende Executive Committee');
  });

  it('missions serve fragile states, in a sentence that names the missions', async () => {
    const e = await edge('missions-and-operations-targets-fragile-states');
    expect(e.citations[0]?.quote).toContain('politiebijdragen aan missies');
  });

  it('the EMPACT project relations cite the sentence that names EMPACT first', async () => {
    for (const id of ['netherlands-drives-empact-firearms', 'empact-synthetic-drugs-part-of-empact']) {
      expect((await edge(id)).citations[0]?.quote).toBe('De politie blijft investeren in de EMPACT projecten.');
    }
  });

  it('liaisons in Poland, Bosnia and Italy are cited with the sentence that names the police placing them', async () => {
    const e = await edge('netherlands-police-sends-liaison-to-poland');
    expect(e.citations[0]?.quote).toContain('plaatst de politie liaisons in bron- en transitlanden');
  });
});

describe('the curator’s grouping is editorial, not the letter’s words', () => {
  it('the "form of drug crime" relations are editorial', async () => {
    const editorial = (await relationsOf('drug-crime')).filter((e) => e.kind === 'form-of');
    expect(editorial.map((e) => e.source).sort()).toEqual([
      'cocaine-trafficking',
      'drug-flights',
      'synthetic-drugs',
      'transatlantic-drug-shipments',
    ]);
    expect(editorial.every((e) => e.provenance === 'editorial')).toBe(true);
  });

  it('the "form of cross-border crime" relations are editorial', async () => {
    const forms = (await relationsOf('cross-border-crime')).filter((e) => e.kind === 'form-of');
    expect(forms.length).toBe(4);
    expect(forms.every((e) => e.provenance === 'editorial')).toBe(true);
  });

  it('XTC as a synthetic drug stays stated: the letter says "synthetische drugs zoals XTC"', async () => {
    const e = await edge('xtc-form-of-synthetic-drugs');
    expect(e.provenance).toBe('stated');
    expect(e.citations[0]?.quote).toContain('synthetische drugs zoals XTC');
  });

  it('the dataset holds exactly the eight editorial relations the audit marked', async () => {
    const editorial = (await allRelations()).filter((e) => e.provenance === 'editorial');
    expect(editorial.length).toBe(8);
    expect(editorial.every((e) => e.kind === 'form-of')).toBe(true);
  });

  it('the stated-only filter leaves the editorial groupings out of a path between cocaine and drug crime', async () => {
    const all = await ask('paths.find', { from: 'cocaine-trafficking', to: 'drug-crime', maxHops: 1 });
    expect(all.paths.length).toBe(1);
    const stated = await ask('paths.find', {
      from: 'cocaine-trafficking',
      to: 'drug-crime',
      maxHops: 1,
      filters: { provenances: ['stated'] },
    });
    expect(stated.paths).toEqual([]);
  });
});

describe('direct where the letter is direct', () => {
  it('opening liaison officers shows Belgium, Germany and the UK, planned', async () => {
    const places = (await relationsOf('liaison-officers')).filter((e) => e.kind === 'operates-in');
    const status = Object.fromEntries(places.map((e) => [e.target, e.status]));
    expect(status).toMatchObject({ belgium: 'planned', germany: 'planned', 'united-kingdom': 'planned' });
  });

  it('opening liaison officers shows Poland, Bosnia, Italy and South America, in force', async () => {
    const places = (await relationsOf('liaison-officers')).filter((e) => e.kind === 'operates-in');
    const status = Object.fromEntries(places.map((e) => [e.target, e.status]));
    expect(status).toMatchObject({
      poland: 'in-force',
      bosnia: 'in-force',
      italy: 'in-force',
      'south-america': 'in-force',
      'source-and-transit-countries': 'in-force',
    });
  });

  it('opening Belgium shows the liaison officers to be placed there', async () => {
    expect((await relationsOf('belgium')).map(sentence)).toContain('operates-in:liaison-officers→belgium');
  });

  it('opening EMPACT shows the four phenomena the letter attaches to it', async () => {
    const targets = (await relationsOf('empact')).filter((e) => e.kind === 'targets').map((e) => e.target);
    expect(targets.sort()).toEqual(['human-trafficking', 'illegal-firearms', 'money-laundering', 'synthetic-drugs']);
  });

  it('opening illegal firearms shows EMPACT itself, not only its project', async () => {
    expect((await relationsOf('illegal-firearms')).map(sentence)).toEqual(
      expect.arrayContaining(['targets:empact→illegal-firearms', 'targets:empact-firearms→illegal-firearms']),
    );
  });

  it('each direct EMPACT relation cites EMPACT and the sentence that names the phenomena', async () => {
    const e = await edge('empact-targets-money-laundering');
    expect(e.citations.map((c) => c.quote)).toEqual([
      'De politie blijft investeren in de EMPACT projecten.',
      expect.stringContaining('crimineel geld en witwassen'),
    ]);
  });

  it('a pattern query for what liaison officers operate in lists eight places', async () => {
    const ids = await pattern({
      subject: { type: 'node', id: 'liaison-officers' },
      relationKinds: ['operates-in'],
    });
    expect(ids.length).toBe(8);
  });

  it('the liaisons for Belgium, Germany and the UK are to facilitate legal assistance: liaison officers → legal assistance', async () => {
    const e = await edge('liaison-officers-contributes-to-international-legal-assistance');
    expect(e).toMatchObject({ status: 'planned', dates: { from: '2019' } });
    expect(e.citations[0]?.quote).toContain('justitiële rechtshulp faciliteren');
  });

  it('Albania and Colombia are the letter’s examples of source countries', async () => {
    const members = (await relationsOf('source-and-transit-countries')).filter((e) => e.kind === 'part-of');
    expect(members.map((e) => e.source).sort()).toEqual(['albania', 'colombia']);
  });

  it('the minister works bilaterally with Belgium and Germany, not only with counterpart ministers', async () => {
    const partners = (await relationsOf('minister-of-justice-and-security'))
      .filter((e) => e.kind === 'cooperates-with')
      .map((e) => e.target);
    expect(partners).toEqual(expect.arrayContaining(['belgium', 'germany', 'belgian-german-counterparts']));
  });

  it('opening cybercrime shows ECTEG, the European Cybercrime Training and Education Group', async () => {
    expect((await relationsOf('cybercrime')).map(sentence)).toContain('targets:ecteg→cybercrime');
  });

  it('the police keeps fighting organised crime in the Netherlands itself', async () => {
    const e = await edge('netherlands-police-targets-serious-and-organised-crime');
    expect(e.status).toBe('in-force');
    expect(e.citations[0]?.quote).toContain('onverminderd actief');
  });

  it('a path from liaison officers to Germany is one hop, over the stated relation', async () => {
    const result = await ask('paths.find', { from: 'liaison-officers', to: 'germany', maxHops: 2 });
    expect(result.paths[0]?.nodes).toEqual(['liaison-officers', 'germany']);
    expect(result.paths[0]?.hops[0]?.edges[0]?.citations[0]?.quote).toContain('In België, Duitsland en het VK');
  });
});

describe('time, as the letter dates it', () => {
  it('the phenomenon approach replaces the country policy from the letter (2019), not as of 2010', async () => {
    const e = await edge('phenomenon-approach-replaces-country-policy');
    expect(e.dates.from).toBe('2019');
    expect(holdingIn(e, 2010)).toBe('not');
    expect(holdingIn(e, 2019)).toBe('holds');
  });

  it('a pattern query for replacements as of 2010 leaves out the phenomenon approach, as of 2019 shows it', async () => {
    const query = { relationKinds: ['replaces' as const] };
    expect(await pattern({ ...query, asOfYear: 2010 })).not.toContain('phenomenon-approach-replaces-country-policy');
    expect(await pattern({ ...query, asOfYear: 2019 })).toContain('phenomenon-approach-replaces-country-policy');
  });

  it('as of 2010 no path joins the phenomenon approach to the country policy in one hop', async () => {
    const input = { from: 'phenomenon-approach', to: 'country-policy', maxHops: 1 } as const;
    expect((await ask('paths.find', { ...input, filters: { asOfYear: 2010 } })).paths).toEqual([]);
    expect((await ask('paths.find', { ...input, filters: { asOfYear: 2019 } })).paths.length).toBe(1);
  });

  it('the country policy led from 2013 until the letter replaced it: in 2015, not in 2020', async () => {
    const policy = await node('country-policy');
    expect(policy).toMatchObject({ status: 'historical', dates: { since: '2013', until: '2019' } });
    expect(holdingIn(policy, 2012)).toBe('not');
    expect(holdingIn(policy, 2015)).toBe('holds');
    expect(holdingIn(policy, 2020)).toBe('not');
  });

  it('the seat on INTERPOL’s European Committee covers the past four years (2015–2019) and has ended', async () => {
    const e = await edge('netherlands-member-of-interpol-european-committee');
    expect(e).toMatchObject({ status: 'historical', dates: { period: '2015–2019' } });
    expect(holdingIn(e, 2014)).toBe('not');
    expect(holdingIn(e, 2016)).toBe('holds');
    expect(holdingIn(e, 2020)).toBe('not');
  });

  it('the chief of the national unit joined the Executive Committee "last year": 2018', async () => {
    const e = await edge('chief-of-national-unit-member-of-interpol-executive-committee');
    expect(e.dates.since).toBe('2018');
    expect(holdingIn(e, 2017)).toBe('not');
    expect(holdingIn(e, 2018)).toBe('holds');
  });

  it('the Benelux treaty was revised in 2018: a date, not a label', async () => {
    const treaty = await node('benelux-police-treaty');
    expect(treaty.dates.revised).toBe('2018');
    expect(treaty.label.en).toBe('Benelux Police Treaty');
    expect(treaty.label.nl).not.toMatch(/2018/);
  });

  it('each party to the revised Benelux treaty carries the revision year and awaits ratification', async () => {
    const parties = (await relationsOf('benelux-police-treaty')).filter((e) => e.kind === 'party-to');
    expect(parties.length).toBe(3);
    for (const p of parties) expect(p).toMatchObject({ status: 'pending-ratification', dates: { revised: '2018' } });
  });

  it('a revision does not move the start: the pending Benelux ratification is not claimed for 2018', async () => {
    const e = await edge('belgium-party-to-benelux-police-treaty');
    expect(holdingIn(e, 2018)).toBe('not');
    expect(holdingIn(e, 2019)).toBe('holds');
  });

  it('the RST protocol was revised "this year": 2019', async () => {
    expect((await node('rst-protocol')).dates.revised).toBe('2019');
  });

  it('liaisons for Belgium, Germany and the UK are planned "in the coming period": not yet in 2018', async () => {
    for (const id of ['netherlands-police-sends-liaison-to-germany', 'liaison-officers-operates-in-united-kingdom']) {
      const e = await edge(id);
      expect(e).toMatchObject({ status: 'planned', dates: { from: '2019' } });
      expect(holdingIn(e, 2018)).toBe('not');
    }
  });

  it('as of 2018 a pattern query shows liaisons in Poland but not yet in Belgium', async () => {
    const ids = await pattern({
      subject: { type: 'node', id: 'liaison-officers' },
      relationKinds: ['operates-in'],
      asOfYear: 2018,
    });
    expect(ids).not.toContain('liaison-officers-operates-in-belgium');
    expect(ids).toContain('liaison-officers-operates-in-poland');
  });

  it('the Security Agenda’s priorities hold for its period, 2019–2022, and not after', async () => {
    const e = await edge('security-agenda-prioritises-terrorism');
    expect(e.dates.period).toBe('2019–2022');
    expect(holdingIn(e, 2018)).toBe('not');
    expect(holdingIn(e, 2022)).toBe('holds');
    expect(holdingIn(e, 2023)).toBe('not');
  });

  it('the EU policy cycle was set by the JHA Council for 2018–2021', async () => {
    const e = await edge('eu-policy-cycle-established-by-jha-council');
    expect(e.dates.period).toBe('2018–2021');
    expect(holdingIn(e, 2022)).toBe('not');
  });

  it('the coalition agreement funds the police for its term, 2017–2021', async () => {
    const e = await edge('coalition-agreement-2017-2021-funds-netherlands-police');
    expect(e.dates.period).toBe('2017–2021');
    expect(holdingIn(e, 2016)).toBe('not');
  });

  it('German cooperation rests on the Treaty of Enschede, signed in 2005: not before', async () => {
    const e = await edge('german-bilateral-cooperation-based-on-treaty-of-enschede');
    expect(e.dates.since).toBe('2005');
    expect(holdingIn(e, 2004)).toBe('not');
  });

  it('the Code of Police Ethics applies to European police services since 2001', async () => {
    const e = await edge('code-of-police-ethics-applies-to-european-police-services');
    expect(e.dates.since).toBe('2001');
    expect(holdingIn(e, 2000)).toBe('not');
  });

  it('MAOC(N)’s focus on drug flights starts "this year": 2019', async () => {
    const flights = await node('drug-flights');
    expect(flights.dates.from).toBe('2019');
    expect(holdingIn(flights, 2018)).toBe('not');
  });

  it('the legal assistance instruction is due by the end of this year: developed until 2019', async () => {
    const e = await edge('public-prosecution-service-develops-legal-assistance-instruction');
    expect(e).toMatchObject({ status: 'planned', dates: { until: '2019' } });
    expect(holdingIn(e, 2020)).toBe('not');
  });

  it('every relation the letter places "in the coming period" is planned or an ambition, from 2019', async () => {
    const ids = [
      'netherlands-police-implements-eu-information-systems-legislation',
      'netherlands-contributes-to-new-internal-security-strategy',
      'minister-of-justice-and-security-explores-scandinavian-countries',
      'netherlands-police-develops-benelux-implementing-agreements',
      'ministry-of-justice-and-security-uses-biv',
    ];
    for (const id of ids) {
      const e = await edge(id);
      expect(['planned', 'ambition']).toContain(e.status);
      expect(e.dates.from).toBe('2019');
    }
  });

  it('the paper of November 2018 is dated November 2018', async () => {
    expect((await node('kamerstuk-29628-825')).dates.from).toBe('2018-11');
  });

  it('as of 2010 the network of the phenomenon approach and the Security Agenda is not claimed', async () => {
    const ids = await pattern({ subject: { type: 'node', id: 'security-agenda' }, asOfYear: 2010 });
    expect(ids).toEqual([]);
  });
});
