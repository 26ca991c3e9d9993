// The SVG picture's frame, laid out like the PNG's (pictureFrame): the handling marking on top, and
// below the drawing the legend (each entry a shape or a line with its label as text) and the caption
// band (title, date, source line, the year shown, then the user's own caption). Without legend and
// caption band it is the plain marking and caption bands of svgBand.
import { NODE_KIND_INFO } from '../../../../shared/ontology';
import { ellipsize, estimateTextWidth } from './fitText';
import {
  captionSlot,
  frameFont,
  frameLayout,
  kindOutline,
  legendItems,
  legendSlot,
  legendTextRoom,
  SWATCH,
  type FrameContent,
  type FrameLayout,
  type LegendMark,
} from './pictureFrame';
import { svgWithBands } from './svgBand';
import { xmlEscape, xmlSafe } from './xmlText';

const n = (value: number): string => String(Math.round(value * 100) / 100);

function markSvg(mark: LegendMark, cx: number, cy: number): string {
  if (mark.type === 'kind') {
    const o = kindOutline(mark.kind, cx, cy, SWATCH.radius);
    const steps = o.segments
      .map((s) => ('c1' in s ? `C${[...s.c1, ...s.c2, ...s.to].map(n).join(' ')}` : `L${s.to.map(n).join(' ')}`))
      .join('');
    const join = o.rounded ? ' stroke-linejoin="round"' : '';
    return `<path d="M${o.start.map(n).join(' ')}${steps}Z" fill="${NODE_KIND_INFO[mark.kind].colour}" stroke="#333333" stroke-width="1"${join}/>`;
  }
  const dash = mark.dash.length === 0 ? '' : ` stroke-dasharray="${mark.dash.join(' ')}"`;
  return `<line x1="${n(cx - SWATCH.half)}" y1="${n(cy)}" x2="${n(cx + SWATCH.half)}" y2="${n(cy)}" stroke="${mark.colour}" stroke-width="${String(mark.width)}" stroke-opacity="${String(mark.alpha)}"${dash}/>`;
}

/**
 * How wide a reader will draw `value`: the browser's own measure of the frame's font where there is a
 * canvas to ask (the app), else the estimate (tests, a worker without OffscreenCanvas).
 */
function measurer(size: number, bold: boolean): (value: string) => number {
  const context = typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d');
  if (context === null) return (value) => estimateTextWidth(value, size, bold);
  context.font = `${bold ? 'bold ' : ''}${String(size)}px "Noto Sans", Arial, sans-serif`;
  // A reader without Noto Sans falls back to a font that may run a little wider: the larger of the two.
  return (value) => Math.max(context.measureText(value).width, estimateTextWidth(value, size, bold) * 0.92);
}

function textSvg(layout: FrameLayout, value: string, x: number, y: number, extra: string, room = Infinity): string {
  const font = frameFont(layout);
  const fitted = ellipsize(value, room, measurer(font.size, extra.includes('bold')));
  return `<text x="${n(x)}" y="${n(y)}" dominant-baseline="middle" font-family=${JSON.stringify(font.family.replaceAll('"', ''))} font-size="${String(font.size)}" fill="#1a1a1a"${extra}>${xmlEscape(fitted)}</text>`;
}

function below(layout: FrameLayout, content: FrameContent): string {
  const top = layout.belowY;
  const parts = [`<rect y="${n(top)}" width="${n(layout.width)}" height="${n(layout.height - top)}" fill="#ffffff"/>`];
  const items = content.legend === null ? [] : legendItems(content.legend, content.language);
  items.forEach((item, i) => {
    const slot = legendSlot(layout, i);
    parts.push(
      `<g class="legend-entry">${markSvg(item.mark, slot.cx, top + slot.cy)}${textSvg(layout, item.label, slot.textX, top + slot.cy, '', legendTextRoom(layout, slot))}</g>`,
    );
  });
  if (content.caption !== null) {
    parts.push(
      `<rect y="${n(top + captionSlot(layout, 0).top)}" width="${n(layout.width)}" height="1" fill="#d0d0d0"/>`,
    );
    [content.caption.title, ...content.caption.lines].forEach((line, i) => {
      const slot = captionSlot(layout, i);
      const weight = i === 0 ? ' font-weight="bold"' : '';
      parts.push(textSvg(layout, line, slot.x, top + slot.y, weight));
    });
  }
  return parts.join('');
}

/** The SVG with its frame; `caption` is the user's own caption, added under the caption band. */
export function svgWithFrame(drawing: string, content: FrameContent, caption: string): string {
  // The drawing's labels are data: a character XML cannot hold would make the whole picture unreadable.
  const svg = xmlSafe(drawing);
  const own = caption.trim();
  if (content.legend === null && content.caption === null) return svgWithBands(svg, content.marking, own);
  const open = /<svg\b[^>]*>/.exec(svg);
  const width = Number(/\bwidth="([\d.]+)/.exec(open?.[0] ?? '')?.[1] ?? NaN);
  const height = Number(/\bheight="([\d.]+)/.exec(open?.[0] ?? '')?.[1] ?? NaN);
  if (open === null || !Number.isFinite(width) || !Number.isFinite(height)) return svg;
  const withOwn: FrameContent =
    own === ''
      ? content
      : {
          ...content,
          caption:
            content.caption === null
              ? { title: own, lines: [] }
              : { title: content.caption.title, lines: [...content.caption.lines, own] },
        };
  const layout = frameLayout({ width, height }, withOwn, 1);
  const inner = svg.slice(open.index + open[0].length, svg.lastIndexOf('</svg>'));
  const marking =
    layout.markingHeight === 0
      ? ''
      : `<rect width="${n(width)}" height="${n(layout.markingHeight)}" fill="#ffffff"/>` +
        textSvg(
          layout,
          content.marking.trim().toUpperCase(),
          width / 2,
          layout.markingHeight / 2,
          ' text-anchor="middle" font-weight="bold"',
        );
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${n(width)}" height="${n(layout.height)}" viewBox="0 0 ${n(width)} ${n(layout.height)}">` +
    marking +
    `<g transform="translate(0 ${n(layout.drawingY)})">${inner}</g>` +
    below(layout, withOwn) +
    '</svg>'
  );
}
