// The build reads provenance, `revised` dates and timeNotes, and refuses an unknown provenance
// naming file and entry.
import { describe, expect, it } from 'vitest';
import { brokenFixture, byId, problemsOf } from '../../test/dataset/brokenFixture';
import { compileDataset } from './compileDataset';
import { loadDataset } from './loadDataset';

describe('provenance and time in the dataset build', () => {
  it('refuses an unknown node provenance, naming file, entry and the allowed values', () => {
    const { dir } = brokenFixture((nodes) => {
      byId(nodes, 'europol').provenance = 'hearsay';
    });
    expect(problemsOf(dir)).toContainEqual({
      file: expect.stringMatching(/graph\/nodes\/all\.yaml$/) as unknown,
      entry: 'europol',
      message: 'unknown provenance "hearsay" (allowed: stated, editorial)',
    });
  });

  it('refuses an unknown relation provenance', () => {
    const { dir } = brokenFixture((_nodes, relations) => {
      byId(relations, 'ec3-part-of-europol').provenance = 'user';
    });
    expect(problemsOf(dir)).toContainEqual({
      file: expect.stringMatching(/graph\/relations\/all\.yaml$/) as unknown,
      entry: 'ec3-part-of-europol',
      message:
        'provenance "user" marks the user\'s own additions and is never in the bundle (allowed: stated, editorial)',
    });
  });

  it('refuses an unknown date key and an empty timeNote', () => {
    const { dir } = brokenFixture((nodes, relations) => {
      byId(nodes, 'europol').dates = { amended: '2018' };
      byId(relations, 'ec3-part-of-europol').timeNote = ' ';
    });
    const problems = problemsOf(dir);
    expect(problems.map((p) => p.entry)).toEqual(expect.arrayContaining(['europol', 'ec3-part-of-europol']));
  });

  it('keeps editorial provenance, revised dates and defaults the rest to stated', () => {
    const { dir } = brokenFixture((nodes, relations) => {
      byId(nodes, 'europol').dates = { founded: '1998', revised: '2016' };
      byId(relations, 'ec3-part-of-europol').provenance = 'editorial';
      byId(relations, 'ec3-part-of-europol').timeNote = 'the letter dates neither the centre nor its place';
    });
    const dataset = compileDataset(loadDataset(dir));
    const europol = dataset.nodes.find((n) => n.id === 'europol');
    expect(europol?.dates).toEqual({ founded: '1998', revised: '2016' });
    expect(europol?.provenance).toBe('stated');
    expect(dataset.edges.find((e) => e.id === 'ec3-part-of-europol')?.provenance).toBe('editorial');
  });
});
