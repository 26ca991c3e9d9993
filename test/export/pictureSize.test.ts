// Picture sizes: the asked scale when the browser can draw it, a smaller one (and a flag to tell the
// user) past the side or area limit, so a huge view never turns into a silently empty image.
import { describe, expect, it } from 'vitest';
import { MAX_PICTURE_PIXELS, MAX_PICTURE_SIDE, pictureSize } from '../../renderer/src/export/formats/pictureSize';

describe('pictureSize', () => {
  it('multiplies the canvas size by the scale', () => {
    expect(pictureSize({ width: 1100, height: 700 }, 4)).toEqual({
      width: 4400,
      height: 2800,
      scale: 4,
      reduced: false,
    });
    expect(pictureSize({ width: 1100.4, height: 700 }, 1)).toEqual({
      width: 1100,
      height: 700,
      scale: 1,
      reduced: false,
    });
  });

  it('reduces the scale past the longest side the browser draws', () => {
    const size = pictureSize({ width: 9000, height: 300 }, 4);
    expect(size.reduced).toBe(true);
    expect(size.width).toBeLessThanOrEqual(MAX_PICTURE_SIDE);
    expect(size.scale).toBeLessThan(2);
  });

  it('reduces the scale past the area limit', () => {
    const size = pictureSize({ width: 6000, height: 5000 }, 4);
    expect(size.reduced).toBe(true);
    expect(size.width * size.height).toBeLessThanOrEqual(MAX_PICTURE_PIXELS);
    expect(size.width / size.height).toBeCloseTo(6000 / 5000, 2);
  });
});
