// The dataset build refuses bad data, naming file and entry — one broken fixture per rule.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenFixture, byId, problemsOf } from './brokenFixture';

const nodesFile = /graph\/nodes\/all\.yaml$/;
const relationsFile = /graph\/relations\/all\.yaml$/;

describe('dataset build refuses', () => {
  it('an unknown node kind, listing the allowed kinds', () => {
    const { dir } = brokenFixture((nodes) => {
      byId(nodes, 'europol').kind = 'agency';
    });
    const [problem] = problemsOf(dir);
    expect(problem?.file).toMatch(nodesFile);
    expect(problem?.entry).toBe('europol');
    expect(problem?.message).toMatch(/unknown kind "agency" \(allowed: state, /);
  });

  it('an unknown relation kind', () => {
    const { dir } = brokenFixture((_n, relations) => {
      byId(relations, 'ec3-part-of-europol').kind = 'likes';
    });
    expect(problemsOf(dir)).toContainEqual(
      expect.objectContaining({
        entry: 'ec3-part-of-europol',
        message: expect.stringMatching(/unknown relation kind "likes"/),
      }),
    );
  });

  it('a relation between kinds the ontology does not allow', () => {
    const { dir } = brokenFixture((_n, relations) => {
      relations.push({
        ...byId(relations, 'netherlands-party-to-treaty-of-enschede'),
        id: 'europol-party-to-cybercrime',
        from: 'europol',
        to: 'cybercrime',
      });
    });
    const [problem] = problemsOf(dir);
    expect(problem?.file).toMatch(relationsFile);
    expect(problem?.entry).toBe('europol-party-to-cybercrime');
    expect(problem?.message).toMatch(/may not join international-body "europol" to phenomenon "cybercrime"/);
  });

  it('a dangling id', () => {
    const { dir } = brokenFixture((_n, relations) => {
      byId(relations, 'curacao-member-of-rst').from = 'atlantis';
    });
    expect(problemsOf(dir)).toEqual([
      expect.objectContaining({
        entry: 'curacao-member-of-rst',
        message: '"from" names a node that does not exist: "atlantis"',
      }),
    ]);
  });

  it('a duplicate node id and a duplicate relation id', () => {
    const { dir } = brokenFixture((nodes, relations) => {
      nodes.push({ ...byId(nodes, 'germany') });
      relations.push({ ...byId(relations, 'ec3-part-of-europol') });
    });
    const problems = problemsOf(dir);
    expect(problems).toContainEqual(expect.objectContaining({ entry: 'germany', message: 'duplicate node id' }));
    expect(problems).toContainEqual(
      expect.objectContaining({ entry: 'ec3-part-of-europol', message: 'duplicate relation id' }),
    );
  });

  it('a missing label', () => {
    const { dir } = brokenFixture((nodes) => {
      byId(nodes, 'germany').label = { nl: 'Duitsland' };
    });
    expect(problemsOf(dir)).toEqual([
      expect.objectContaining({ entry: 'germany', message: expect.stringMatching(/^label\.en: /) }),
    ]);
  });

  it('a missing description', () => {
    const { dir } = brokenFixture((nodes) => {
      delete byId(nodes, 'rst').description;
    });
    expect(problemsOf(dir)).toEqual([
      expect.objectContaining({ entry: 'rst', message: expect.stringMatching(/^description: /) }),
    ]);
  });

  it('a missing citation, on a node and on a relation', () => {
    const { dir } = brokenFixture((nodes, relations) => {
      byId(nodes, 'cybercrime').citations = [];
      delete byId(relations, 'ec3-targets-cybercrime').citations;
    });
    const problems = problemsOf(dir);
    expect(problems).toContainEqual(
      expect.objectContaining({ entry: 'cybercrime', message: 'citations: needs at least one citation' }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ entry: 'ec3-targets-cybercrime', message: expect.stringMatching(/^citations: /) }),
    );
  });

  it('a quote that is not in its source', () => {
    const { dir } = brokenFixture((nodes) => {
      byId(nodes, 'europol').citations = [
        { source: 'kamerbrief-visie-ips', quote: 'Europol is gevestigd op de maan.' },
      ];
    });
    expect(problemsOf(dir)).toEqual([
      expect.objectContaining({
        entry: 'europol',
        message: 'quote not found in kamerbrief-visie-ips: "Europol is gevestigd op de maan."',
      }),
    ]);
  });

  it('a citation of a source that does not exist', () => {
    const { dir } = brokenFixture((nodes) => {
      byId(nodes, 'europol').citations = [{ source: 'elders', quote: 'Europol' }];
    });
    expect(problemsOf(dir)).toEqual([
      expect.objectContaining({ entry: 'europol', message: 'cites unknown source "elders"' }),
    ]);
  });

  it('every problem at once, not only the first', () => {
    const { dir, nodesFile: file } = brokenFixture((nodes, relations) => {
      byId(nodes, 'europol').kind = 'agency';
      byId(relations, 'curacao-member-of-rst').to = 'nowhere';
    });
    expect(problemsOf(dir).length).toBeGreaterThanOrEqual(2);
    expect(readFileSync(join(file), 'utf8')).toContain('agency');
  });
});

describe('dataset build refuses text it could not show or export', () => {
  it('a control character in a label, naming it and where it is', () => {
    const { dir } = brokenFixture((nodes) => {
      byId(nodes, 'europol').label = { nl: 'Euro\u0007pol', en: 'Europol' };
    });
    const [problem] = problemsOf(dir);
    expect(problem?.file).toMatch(nodesFile);
    expect(problem).toMatchObject({
      entry: 'europol',
      message: 'label.nl: holds the control character U+0007 at position 5',
    });
  });

  it('any control character in an alias, a C1 one included, but a line feed and a tab in a description', () => {
    const { dir } = brokenFixture((nodes) => {
      byId(nodes, 'germany').aliases = ['Duits\u0085land'];
      const rst = byId(nodes, 'rst');
      rst.description = { nl: 'Eerste regel.\n\tTweede regel.', en: 'One\u001Btwo' };
    });
    expect(problemsOf(dir)).toEqual([
      expect.objectContaining({
        entry: 'germany',
        message: 'aliases.0: holds the control character U+0085 at position 6',
      }),
      expect.objectContaining({
        entry: 'rst',
        message: 'description.en: holds the control character U+001B at position 4',
      }),
    ]);
  });

  it('a control character in a quote and in a relation note', () => {
    const { dir } = brokenFixture((_n, relations) => {
      const relation = byId(relations, 'ec3-part-of-europol');
      relation.note = { nl: 'Zie\u0000hier', en: 'See here' };
      relation.citations = [{ source: 'kamerbrief-visie-ips', quote: 'Europol\u007F' }];
    });
    const messages = problemsOf(dir).map((p) => `${p.entry}: ${p.message}`);
    expect(messages).toEqual([
      'ec3-part-of-europol: note.nl: holds the control character U+0000 at position 4',
      'ec3-part-of-europol: citations.0.quote: holds the control character U+007F at position 8',
    ]);
  });

  it('a label over 200 characters and a description over 2,000, stating the limit', () => {
    const { dir } = brokenFixture((nodes) => {
      byId(nodes, 'europol').label = { nl: 'E'.repeat(201), en: 'Europol' };
      byId(nodes, 'germany').description = { nl: 'Duitsland.', en: 'x'.repeat(2_001) };
    });
    expect(problemsOf(dir)).toEqual([
      expect.objectContaining({
        entry: 'germany',
        message: 'description.en: is 2001 characters long; a description or note may hold at most 2000',
      }),
      expect.objectContaining({
        entry: 'europol',
        message: 'label.nl: is 201 characters long; a label or alias may hold at most 200',
      }),
    ]);
  });

  it('a control character in an attribute value', () => {
    const { dir } = brokenFixture((nodes) => {
      byId(nodes, 'europol').attributes = { seat: 'Den\u0008Haag' };
    });
    expect(problemsOf(dir)).toEqual([
      expect.objectContaining({
        entry: 'europol',
        message: 'attributes.seat: holds the control character U+0008 at position 4',
      }),
    ]);
  });
});

describe('dataset build', () => {
  it('gives the same content for the same input, byte for byte', async () => {
    const { buildDatasetFile, FIXTURE_DATA_DIR } = await import('../support/testService');
    const first = readFileSync(buildDatasetFile(FIXTURE_DATA_DIR));
    const second = readFileSync(buildDatasetFile(FIXTURE_DATA_DIR));
    expect(first.equals(second)).toBe(true);
  });

  it('reports an entry whose kind is unknown once, not again as dangling in its relations', () => {
    const { dir } = brokenFixture((nodes) => {
      byId(nodes, 'rst').kind = 'team';
    });
    expect(problemsOf(dir)).toEqual([expect.objectContaining({ entry: 'rst' })]);
  });
});
