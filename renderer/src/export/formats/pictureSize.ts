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
