// Key labels: the most connected nodes are chosen stably, their font grows as the view zooms out so
// the label keeps its size on screen, and a label moves to a free side of its node rather than cover a
// more important one.
import { describe, expect, it } from 'vitest';
import { KEY_LABEL_SCREEN_PX, keyLabelStyle, keyLabelsNeeded, keyNodeIds, ORDINARY_LABEL_MIN_PX } from './graphStyle';
import { labelBox, overlappingPairs, placeLabels, type LabelRequest } from './keyLabelPlacement';

const label = (id: string, x: number, y: number): LabelRequest => ({ id, x, y, radius: 4, width: 80, height: 14 });

describe('key labels', () => {
  it('chooses the highest degrees, ties by id', () => {
    const nodes = [
      { id: 'c', degree: 5 },
      { id: 'a', degree: 9 },
      { id: 'b', degree: 5 },
      { id: 'd', degree: 1 },
    ];
    expect(keyNodeIds(nodes, 3)).toEqual(['a', 'b', 'c']);
  });

  it('keeps the label at least the readable size on screen when zoomed out, and ordinary when zoomed in', () => {
    for (const zoom of [0.1, 0.25, 0.5, 0.9]) {
      const size = Number(keyLabelStyle(zoom)['font-size']);
      expect(size * zoom).toBeCloseTo(KEY_LABEL_SCREEN_PX);
    }
    expect(Number(keyLabelStyle(2)['font-size'])).toBe(11);
  });

  it('steps in only once ordinary labels are too small to be drawn', () => {
    const dropsOut = ORDINARY_LABEL_MIN_PX / 11;
    expect(keyLabelsNeeded(1)).toBe(false);
    expect(keyLabelsNeeded(dropsOut + 0.01)).toBe(false);
    expect(keyLabelsNeeded(dropsOut - 0.01)).toBe(true);
    expect(keyLabelsNeeded(0.2)).toBe(true);
  });

  it('puts a label below its node when that is free, and elsewhere when a more important label is there', () => {
    const first = label('hub', 100, 100);
    const second = label('next', 110, 104);
    const sides = placeLabels([first, second]);
    expect(sides.get('hub')).toBe('bottom');
    expect(sides.get('next')).not.toBe('bottom');
    expect(overlappingPairs([first, second], sides)).toBe(0);
    // The same two with both below would overlap: the count says so.
    expect(overlappingPairs([first, second], new Map())).toBe(1);
  });

  it('takes the least covered side when every side is taken', () => {
    const crowd = [label('a', 100, 100), label('b', 100, 130), label('c', 100, 70), label('d', 190, 100)];
    const centre = label('e', 100, 100);
    const sides = placeLabels([...crowd, { ...centre, id: 'e' }]);
    expect(sides.has('e')).toBe(true);
    expect(labelBox(centre, 'left').x2).toBeLessThan(100);
  });
});
