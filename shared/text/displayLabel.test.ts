// The drawn label: short, one line, isolated; ordinary labels untouched.
import { describe, expect, it } from 'vitest';
import { displayLabel, MAX_DRAWN_LABEL } from './displayLabel';
import { FSI, PDI } from './isolate';

describe('displayLabel', () => {
  it('leaves an ordinary label as it is', () => {
    expect(displayLabel('Verdrag van Enschede')).toBe('Verdrag van Enschede');
  });

  it('cuts a 10,000-character label to one ellipsised line of MAX_DRAWN_LABEL characters', () => {
    const drawn = displayLabel(`${'Atlantis\n'.repeat(1_111)}x`);
    // A space before the cut is dropped, so the line may end a character early.
    expect(Array.from(drawn).length).toBeGreaterThanOrEqual(MAX_DRAWN_LABEL - 1);
    expect(Array.from(drawn).length).toBeLessThanOrEqual(MAX_DRAWN_LABEL);
    expect(drawn.endsWith('…')).toBe(true);
    expect(drawn).not.toMatch(/\n/);
  });

  it('never splits a character made of two code units', () => {
    const drawn = displayLabel('🚓'.repeat(150));
    expect(drawn).toBe(`${'🚓'.repeat(MAX_DRAWN_LABEL - 1)}…`);
  });

  it('isolates a right-to-left override, the isolate closed after the cut', () => {
    const drawn = displayLabel(`\u202Egnp.exe ${'x'.repeat(200)}`);
    expect(drawn.startsWith(`${FSI}\u202Egnp.exe`)).toBe(true);
    expect(drawn.endsWith(`…${PDI}`)).toBe(true);
  });

  it('turns control characters into spaces', () => {
    expect(displayLabel('Politie\u0001van\u0085Atlantis\t')).toBe('Politie van Atlantis');
  });
});
