// How big a picture may be drawn. A browser canvas past its limit fails silently (an empty image),
// and a huge one can exhaust memory, so the scale is reduced to fit and the user is told.

/** Longest side Chromium draws reliably. */
export const MAX_PICTURE_SIDE = 16_384;
/** About 256 MB of pixels: well inside Chromium's area limit and a laptop's memory. */
export const MAX_PICTURE_PIXELS = 64_000_000;

export interface PictureSize {
  readonly width: number;
  readonly height: number;
  /** The scale actually used: the one asked for, or less when the picture had to shrink. */
  readonly scale: number;
  readonly reduced: boolean;
}

export function pictureSize(base: { readonly width: number; readonly height: number }, scale: number): PictureSize {
  const width = Math.max(1, base.width);
  const height = Math.max(1, base.height);
  const fitting = Math.min(
    scale,
    MAX_PICTURE_SIDE / width,
    MAX_PICTURE_SIDE / height,
    Math.sqrt(MAX_PICTURE_PIXELS / (width * height)),
  );
  const used = fitting < scale ? Math.floor(fitting * 100) / 100 : scale;
  return {
    width: Math.max(1, Math.round(width * used)),
    height: Math.max(1, Math.round(height * used)),
    scale: used,
    reduced: used < scale,
  };
}

/**
 * The size of a picture that gets a frame (marking band, legend, caption) of `frameHeight(drawing)`
 * pixels more: the scale is lowered until the framed picture, not only its drawing, fits the limits,
 * since a drawing already at the 16,384-pixel side would otherwise fail as soon as its frame is added.
 * Null when even a tenth of the scale asked for cannot hold the frame (a frame taller than the limit).
 */
export function framedPictureSize(
  base: { readonly width: number; readonly height: number },
  scale: number,
  frameHeight: (drawing: PictureSize) => number,
): PictureSize | null {
  let size = pictureSize(base, scale);
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const framed = size.height + frameHeight(size);
    if (framed <= MAX_PICTURE_SIDE && size.width * framed <= MAX_PICTURE_PIXELS) return size;
    // The drawing's share of the room the frame leaves, from the frame at this scale (it only shrinks).
    const room = Math.min(
      MAX_PICTURE_SIDE - (framed - size.height),
      MAX_PICTURE_PIXELS / size.width - (framed - size.height),
    );
    const next = Math.floor(size.scale * Math.min(0.98, room / size.height) * 100) / 100;
    if (!(next >= scale / 10) || next <= 0) return null;
    size = { ...pictureSize(base, next), reduced: true };
  }
  return null;
}
