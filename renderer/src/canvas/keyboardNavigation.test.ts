// Arrow keys move to the nearest node ahead, never sideways or back.
import { describe, expect, it } from 'vitest';
import { arrowDirection, nodeInDirection } from './keyboardNavigation';

const nodes = [
  { id: 'east-near', position: { x: 50, y: 5 } },
  { id: 'east-far', position: { x: 200, y: 0 } },
  { id: 'north', position: { x: 0, y: -80 } },
  { id: 'north-east-steep', position: { x: 20, y: -100 } },
];

describe('nodeInDirection', () => {
  it('picks the nearest node ahead', () => {
    expect(nodeInDirection({ x: 0, y: 0 }, nodes, 'right')).toBe('east-near');
    expect(nodeInDirection({ x: 0, y: 0 }, nodes, 'up')).toBe('north');
  });

  it('finds nothing where there is nothing ahead', () => {
    expect(nodeInDirection({ x: 0, y: 0 }, nodes, 'left')).toBeNull();
    expect(nodeInDirection({ x: 0, y: 0 }, nodes, 'down')).toBeNull();
  });

  it('maps arrow keys and ignores other keys', () => {
    expect(arrowDirection('ArrowUp')).toBe('up');
    expect(arrowDirection('a')).toBeNull();
  });
});
