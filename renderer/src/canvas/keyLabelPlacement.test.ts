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
    const placements = placeLabels([first, second]);
    expect(placements.get('hub')).toEqual({ side: 'bottom', dx: 0, dy: 0 });
    expect(placements.get('next')?.side).not.toBe('bottom');
    expect(overlappingPairs([first, second], placements)).toBe(0);
    // The same two with both below would overlap: the count says so.
    const bothBelow = new Map([
      ['hub', { side: 'bottom', dx: 0, dy: 0 }],
      ['next', { side: 'bottom', dx: 0, dy: 0 }],
    ] as const);
    expect(overlappingPairs([first, second], bothBelow)).toBe(1);
  });

  it('nudges a label further out when every plain side is taken, and drops the least important when nothing near is free', () => {
    const crowd = [label('a', 100, 100), label('b', 100, 130), label('c', 100, 70), label('d', 190, 100)];
    const placements = placeLabels([...crowd, label('e', 100, 100)]);
    expect(overlappingPairs([...crowd, label('e', 100, 100)], placements)).toBe(0);
    // A hundred labels on one spot: a few fit around it, the rest are left out, none overlap.
    const pile = Array.from({ length: 100 }, (_, i) => label(`n${String(i)}`, 300, 300));
    const piled = placeLabels(pile);
    expect(piled.size).toBeGreaterThan(4);
    expect(piled.size).toBeLessThan(100);
    expect(piled.has('n0')).toBe(true);
    expect(overlappingPairs(pile, piled)).toBe(0);
  });

  it('prefers a spot inside the canvas to one past its edge', () => {
    const atEdge = label('edge', 100, 292);
    expect(placeLabels([atEdge], { width: 400, height: 300 }).get('edge')?.side).toBe('top');
    expect(labelBox(atEdge, 'top').y2).toBeLessThan(292);
  });

  it('leaves no overlapping labels in a dense random overview (30 key nodes in 640×400)', () => {
    let seed = 7;
    const random = (): number => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let run = 0; run < 20; run += 1) {
      const labels = Array.from({ length: 30 }, (_, i) => ({
        id: `k${String(i)}`,
        x: 40 + random() * 560,
        y: 20 + random() * 360,
        radius: 3,
        width: 40 + random() * 100,
        height: 13 + (random() < 0.3 ? 13 : 0),
      }));
      const placements = placeLabels(labels, { width: 640, height: 400 });
      expect(overlappingPairs(labels, placements)).toBe(0);
      expect(placements.size).toBeGreaterThanOrEqual(24);
    }
  });
});

describe('key labels and the cards on the canvas', () => {
  it('keep clear of a card as they keep clear of each other, and step back when no spot beside their node is free', () => {
    const hub = label('hub', 100, 100);
    const card = { x1: 40, y1: 104, x2: 200, y2: 200 };
    const placed = placeLabels([hub], { width: 400, height: 400 }, [card]).get('hub');
    if (placed === undefined) throw new Error('the hub got no label');
    const box = labelBox(hub, placed.side, placed.dx, placed.dy);
    expect(box.y2 <= card.y1 || box.x2 <= card.x1 || box.x1 >= card.x2 || box.y1 >= card.y2).toBe(true);
    const buried = placeLabels([hub], { width: 400, height: 400 }, [{ x1: 0, y1: 0, x2: 400, y2: 400 }]);
    expect(buried.has('hub')).toBe(false);
  });
});
