// The bundle never holds what only the user makes: the dataset build refuses provenance `user` and
// ids starting `user-`, naming the file and the entry, so a user addition can never be shadowed.
import { describe, expect, it } from 'vitest';
import { brokenFixture, byId, problemsOf } from '../dataset/brokenFixture';

describe('the bundle and the user’s additions', () => {
  it('refuses a node and a relation whose ids start with user-, naming file and entry', () => {
    const { dir } = brokenFixture((nodes, relations) => {
      byId(nodes, 'dhpol').id = 'user-node-0123456789abcdef';
      byId(relations, 'ec3-part-of-europol').id = 'user-rel-0123456789abcdef';
    });
    const problems = problemsOf(dir);
    expect(problems).toContainEqual({
      file: expect.stringMatching(/graph\/nodes\/all\.yaml$/) as unknown,
      entry: 'user-node-0123456789abcdef',
      message: `id "user-node-0123456789abcdef" starts with "user-", which only the user's own additions may use`,
    });
    expect(problems).toContainEqual({
      file: expect.stringMatching(/graph\/relations\/all\.yaml$/) as unknown,
      entry: 'user-rel-0123456789abcdef',
      message: `id "user-rel-0123456789abcdef" starts with "user-", which only the user's own additions may use`,
    });
  });

  it('refuses provenance user on a bundle node, saying it is the user’s own', () => {
    const { dir } = brokenFixture((nodes) => {
      byId(nodes, 'europol').provenance = 'user';
    });
    expect(problemsOf(dir)).toContainEqual({
      file: expect.stringMatching(/graph\/nodes\/all\.yaml$/) as unknown,
      entry: 'europol',
      message: `provenance "user" marks the user's own additions and is never in the bundle (allowed: stated, editorial)`,
    });
  });
});
