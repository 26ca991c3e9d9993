// A handling marking and a caption on an SVG picture: a band above (the marking) and below (the
// caption) the drawing, so the picture carries them wherever it is pasted. The drawing is kept as it
// is, moved down by the band's height.
import { xmlEscape, xmlSafe } from './xmlText';

const BAND = 28;

/** The SVG with a marking band on top and a caption band below; unchanged when both are empty. */
export function svgWithBands(drawing: string, marking: string, caption: string): string {
  // The drawing's labels are data: a control character in one would make the whole picture unreadable.
  const svg = xmlSafe(drawing);
  const m = marking.trim();
  const c = caption.trim();
  if (m === '' && c === '') return svg;
  const open = /<svg\b[^>]*>/.exec(svg);
  const width = Number(/\bwidth="([\d.]+)/.exec(open?.[0] ?? '')?.[1] ?? NaN);
  const height = Number(/\bheight="([\d.]+)/.exec(open?.[0] ?? '')?.[1] ?? NaN);
  if (open === null || !Number.isFinite(width) || !Number.isFinite(height)) return svg;
  const top = m === '' ? 0 : BAND;
  const bottom = c === '' ? 0 : BAND;
  const inner = svg.slice(open.index + open[0].length, svg.lastIndexOf('</svg>'));
  const text = (y: number, value: string, weight: string): string =>
    `<text x="${String(width / 2)}" y="${String(y)}" text-anchor="middle" font-family="Noto Sans, Arial, sans-serif" font-size="14" font-weight="${weight}" fill="#1a1a1a">${xmlEscape(value)}</text>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${String(width)}" height="${String(height + top + bottom)}" viewBox="0 0 ${String(width)} ${String(height + top + bottom)}">` +
    (m === ''
      ? ''
      : `<rect width="${String(width)}" height="${String(BAND)}" fill="#ffffff"/>${text(19, m.toUpperCase(), 'bold')}`) +
    `<g transform="translate(0 ${String(top)})">${inner}</g>` +
    (c === ''
      ? ''
      : `<rect y="${String(top + height)}" width="${String(width)}" height="${String(BAND)}" fill="#ffffff"/>${text(top + height + 19, c, 'normal')}`) +
    '</svg>'
  );
}
