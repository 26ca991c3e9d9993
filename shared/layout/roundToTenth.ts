// Positions as files and the bundle keep them: to a tenth of a pixel, the same picture in fewer
// bytes, and the same input always writes the same bytes.
export const roundToTenth = (value: number): number => Math.round(value * 10) / 10;
