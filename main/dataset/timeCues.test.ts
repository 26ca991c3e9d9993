// Time in a quote is data: every quote with a Dutch time cue must give its element a date, or the
// element must say in a timeNote why it has none. The list is printed when this fails.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from './loadDataset';
import { describeUndatedTimeCues, timeCuesIn, undatedTimeCues, type Datable } from './timeCues';

describe('time cues', () => {
  it.each([
    ['De politie neemt al sinds 2002 deel aan vredesmissies.', ['year', 'sinds']],
    ['vorig jaar is de politiechef toegetreden', ['vorig jaar']],
    ['Nederland heeft de afgelopen vier jaar deelgenomen', ['afgelopen … jaar']],
    ['de overdracht van het beheer per 1 januari 2020', ['year', 'per datum']],
    ['het Benelux politie verdrag, in 2018 herzien', ['year', 'herzien']],
    ['In België plaatst de politie de komende periode liaisons', ['komende periode']],
    ['Dit is thans geregeld en inmiddels uitgevoerd', ['thans', 'inmiddels']],
    ['geldig tot 2020', ['year', 'tot']],
  ])('finds the cues in "%s"', (quote, cues) => {
    expect(timeCuesIn(quote)).toEqual(cues);
  });

  it('does not take a parliamentary session or a plain "tot" for a date', () => {
    expect(timeCuesIn('het debat (Handelingen II 2018/19, nr. 80, item 18)')).toEqual([]);
    expect(timeCuesIn('Dit leidt tot betere samenwerking.')).toEqual([]);
  });

  it('skips an element that has a date or a timeNote', () => {
    const quote = { source: 'letter', quote: 'sinds 2002' };
    const entry = (id: string, extra: Partial<Datable>) => ({
      file: 'f.yaml',
      entry: { id, dates: {}, citations: [quote], ...extra },
    });
    const list = undatedTimeCues({
      nodes: [],
      relations: [
        entry('dated', { dates: { since: '2002' } }),
        entry('explained', { timeNote: 'the letter gives the year of another fact' }),
        entry('undated', {}),
      ],
    });
    expect(list.map((u) => u.entry)).toEqual(['undated']);
  });

  it('leaves no quote with a time cue undated in the real dataset', () => {
    const list = undatedTimeCues(loadDataset(join(process.cwd(), 'data')));
    expect(list, `undated time cues:\n${describeUndatedTimeCues(list)}`).toEqual([]);
  });
});
