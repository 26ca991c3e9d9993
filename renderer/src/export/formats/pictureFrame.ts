// The frame around a PNG picture, so it carries its context wherever it is pasted: the handling
// marking in a band on top, and below the drawing an optional legend (the kinds in view, the status
// line styles, the provenance and undated marks) and an optional caption band (title, date, source
// line, as-of year). Laid out and drawn here on any 2D context (the app's canvas, a test's
// @napi-rs/canvas), sized by the picture's scale so the text stays readable at 4×.
import type { Language } from '../../../../shared/contract';
import { NODE_KIND_INFO, STATUS_INFO, type NodeKind, type Status } from '../../../../shared/ontology';
import { shapeGeometry } from '../../canvas/shapeGeometry';
import { EDITORIAL_PDF_LINE, type LegendEntries } from './pdfLegend';
import { word } from './exportWords';
import { ellipsize } from './fitText';
import { USER_COLOUR } from './exportModel';

/** The caption band's lines: the title (bold), then the date and source, then the as-of year. */
export interface CaptionLines {
  readonly title: string;
  readonly lines: readonly string[];
}

export interface FrameContent {
  readonly language: Language;
  /** Empty for none. */
  readonly marking: string;
  readonly legend: LegendEntries | null;
  readonly caption: CaptionLines | null;
}

export interface FrameLayout {
  readonly width: number;
  readonly height: number;
  /** Where the drawing goes. */
  readonly drawingY: number;
  readonly markingHeight: number;
  /** The legend and caption under the drawing: from `belowY` to the bottom. */
  readonly belowY: number;
  readonly legendRows: number;
  readonly columns: number;
  readonly unit: number;
}

export type FrameContext = Pick<
  CanvasRenderingContext2D,
  | 'fillRect'
  | 'fillText'
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'bezierCurveTo'
  | 'closePath'
  | 'fill'
  | 'stroke'
  | 'setLineDash'
  | 'save'
  | 'restore'
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'lineJoin'
  | 'font'
  | 'textBaseline'
  | 'textAlign'
  | 'globalAlpha'
  | 'measureText'
>;

const FONT = '"Noto Sans", Arial, sans-serif';
/** Sizes in CSS pixels at 1×; multiplied by the picture's scale. */
const TEXT = 13;
const BAND = 28;
const ROW = 20;
const COLUMN = 240;
const PAD = 10;

/** A legend entry: a node kind's shape, or a relation's line in its colour, dash and opacity. */
export type LegendMark =
  | { readonly type: 'kind'; readonly kind: NodeKind }
  | {
      readonly type: 'line';
      readonly colour: string;
      readonly dash: readonly number[];
      readonly alpha: number;
      readonly width: number;
    };

export interface LegendItem {
  readonly label: string;
  readonly mark: LegendMark;
}

/**
 * A relation's line per status in CSS pixels, as the canvas draws it (canvas/graphStyle's STATUS_LINE,
 * which sits above this layer; pictureFrame.test holds the two equal): dash and gap, and opacity.
 */
export const PICTURE_STATUS_LINE: {
  readonly [S in Status]: { readonly dash: readonly number[]; readonly opacity: number };
} = {
  'in-force': { dash: [], opacity: 1 },
  'pending-ratification': { dash: [9, 4], opacity: 1 },
  planned: { dash: [3, 3], opacity: 1 },
  ambition: { dash: [1.5, 3], opacity: 1 },
  historical: { dash: [], opacity: 0.4 },
};

/** The canvas's edge colour and its editorial line (graphStyle's EDGE_COLOUR and EDITORIAL_LINE). */
export const PICTURE_EDGE_COLOUR = '#767676';

const line = (colour: string, dash: readonly number[], alpha: number, width = 2): LegendMark => ({
  type: 'line',
  colour,
  dash,
  alpha,
  width,
});

/** The legend's entries in the PDF legend's order: kinds, statuses, editorial, the user's, undated. */
export function legendItems(entries: LegendEntries, language: Language): LegendItem[] {
  return [
    ...entries.kinds.map((kind): LegendItem => ({
      label: NODE_KIND_INFO[kind].label[language],
      mark: { type: 'kind', kind },
    })),
    ...entries.statuses.map((status): LegendItem => {
      const style = PICTURE_STATUS_LINE[status];
      return { label: STATUS_INFO[status].label[language], mark: line(PICTURE_EDGE_COLOUR, style.dash, style.opacity) };
    }),
    ...(entries.editorial === true
      ? [{ label: word(language, 'editorialLegend'), mark: line(EDITORIAL_PDF_LINE.colour, [1.5, 3], 1, 1.5) }]
      : []),
    // The user's own additions: the canvas's purple line (USER_MARK), after editorial as in the PDF.
    ...(entries.user === true ? [{ label: word(language, 'userLegend'), mark: line(USER_COLOUR, [], 1) }] : []),
    ...(entries.undatedYear === undefined
      ? []
      : [{ label: word(language, 'undatedIn', entries.undatedYear), mark: line(PICTURE_EDGE_COLOUR, [], 0.45) }]),
  ];
}

type Xy = [number, number];
export type OutlineStep = { readonly to: Xy } | { readonly c1: Xy; readonly c2: Xy; readonly to: Xy };

/** A shape's outline scaled to radius `r` around (cx, cy), as moveTo/lineTo/curveTo steps. */
export function kindOutline(
  kind: NodeKind,
  cx: number,
  cy: number,
  r: number,
): { readonly start: Xy; readonly segments: readonly OutlineStep[]; readonly rounded: boolean } {
  const geometry = shapeGeometry(NODE_KIND_INFO[kind].shape);
  const at = ([x, y]: readonly [number, number]): Xy => [cx + x * r, cy + y * r];
  return {
    start: at(geometry.start),
    segments: geometry.segments.map((s): OutlineStep =>
      s.type === 'line' ? { to: at(s.to) } : { c1: at(s.c1), c2: at(s.c2), to: at(s.to) },
    ),
    rounded: geometry.rounded,
  };
}

/** Half the width of a legend swatch, and the radius of a kind's shape, at 1×. */
export const SWATCH = { half: 12, radius: 6 } as const;

function drawMark(ctx: FrameContext, mark: LegendMark, cx: number, cy: number, unit: number): void {
  ctx.save();
  ctx.beginPath();
  if (mark.type === 'kind') {
    const outline = kindOutline(mark.kind, cx, cy, SWATCH.radius * unit);
    ctx.moveTo(...outline.start);
    for (const s of outline.segments)
      if ('c1' in s) ctx.bezierCurveTo(...s.c1, ...s.c2, ...s.to);
      else ctx.lineTo(...s.to);
    ctx.closePath();
    ctx.fillStyle = NODE_KIND_INFO[mark.kind].colour;
    ctx.fill();
    ctx.lineJoin = outline.rounded ? 'round' : 'miter';
    ctx.strokeStyle = '#333333';
    ctx.lineWidth = unit;
  } else {
    ctx.globalAlpha = mark.alpha;
    ctx.strokeStyle = mark.colour;
    ctx.lineWidth = mark.width * unit;
    ctx.setLineDash(mark.dash.map((d) => d * unit));
    ctx.moveTo(cx - SWATCH.half * unit, cy);
    ctx.lineTo(cx + SWATCH.half * unit, cy);
  }
  ctx.stroke();
  ctx.restore();
}

/** Where everything goes around a drawing of `drawing` pixels, drawn at `scale`. */
export function frameLayout(
  drawing: { readonly width: number; readonly height: number },
  content: FrameContent,
  scale: number,
): FrameLayout {
  const unit = Math.max(1, scale);
  const markingHeight = content.marking.trim() === '' ? 0 : Math.round(BAND * unit);
  const items = content.legend === null ? 0 : legendItems(content.legend, content.language).length;
  const columns = Math.max(1, Math.floor(drawing.width / (COLUMN * unit)));
  const legendRows = Math.ceil(items / columns);
  const legendHeight = legendRows === 0 ? 0 : Math.round((legendRows * ROW + PAD) * unit);
  const captionHeight =
    content.caption === null ? 0 : Math.round(((1 + content.caption.lines.length) * ROW + PAD) * unit);
  const belowY = markingHeight + drawing.height;
  return {
    width: drawing.width,
    height: belowY + legendHeight + captionHeight,
    drawingY: markingHeight,
    markingHeight,
    belowY,
    legendRows,
    columns,
    unit,
  };
}

/** Writes `value` at (x, y), ended with an ellipsis where it is wider than `room` pixels. */
function text(
  ctx: FrameContext,
  value: string,
  x: number,
  y: number,
  unit: number,
  bold = false,
  room = Infinity,
): void {
  ctx.font = `${bold ? 'bold ' : ''}${String(Math.round(TEXT * unit))}px ${FONT}`;
  ctx.fillStyle = '#1a1a1a';
  ctx.fillText(
    ellipsize(value, room, (s) => ctx.measureText(s).width),
    x,
    y,
  );
}

/** How wide a legend label may be: from its start to just short of the next column. */
export const legendTextRoom = (layout: FrameLayout, slot: { readonly textX: number }): number =>
  (Math.floor(slot.textX / (layout.width / layout.columns)) + 1) * (layout.width / layout.columns) -
  slot.textX -
  PAD * layout.unit;

/** Where legend entry `i` goes: its swatch's centre and its label's start, from the legend's top. */
export function legendSlot(layout: FrameLayout, i: number): { cx: number; cy: number; textX: number } {
  const { unit } = layout;
  const cx = (i % layout.columns) * (layout.width / layout.columns) + (PAD + SWATCH.half) * unit;
  const cy = (PAD / 2 + Math.floor(i / layout.columns) * ROW + ROW / 2) * unit;
  return { cx, cy, textX: cx + (SWATCH.half + 6) * unit };
}

/** The caption's top, from the top of the part below the drawing, and the middle of its line `i`. */
export function captionSlot(layout: FrameLayout, i: number): { top: number; y: number; x: number } {
  const { unit } = layout;
  const top = layout.legendRows === 0 ? 0 : (layout.legendRows * ROW + PAD) * unit;
  return { top, y: top + (PAD / 2 + i * ROW + ROW / 2) * unit, x: PAD * unit };
}

/** The text's size in pixels at this layout's scale, and the font family. */
export const frameFont = (layout: FrameLayout) => ({ size: Math.round(TEXT * layout.unit), family: FONT });

/** Draws the marking band; `top` is where the band starts on this context (0, or minus an offset). */
export function drawMarking(ctx: FrameContext, layout: FrameLayout, content: FrameContent, top = 0): void {
  if (layout.markingHeight === 0) return;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, top, layout.width, layout.markingHeight);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  text(ctx, content.marking.trim().toUpperCase(), layout.width / 2, top + layout.markingHeight / 2, layout.unit, true);
}

/** Draws the legend and caption; `top` is where they start on this context. */
export function drawBelow(ctx: FrameContext, layout: FrameLayout, content: FrameContent, top = 0): void {
  const { unit } = layout;
  const height = layout.height - layout.belowY;
  if (height === 0) return;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, top, layout.width, height);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  const items = content.legend === null ? [] : legendItems(content.legend, content.language);
  items.forEach((item, i) => {
    const slot = legendSlot(layout, i);
    drawMark(ctx, item.mark, slot.cx, top + slot.cy, unit);
    text(ctx, item.label, slot.textX, top + slot.cy, unit, false, legendTextRoom(layout, slot));
  });
  if (content.caption === null) return;
  const rule = captionSlot(layout, 0).top;
  ctx.fillStyle = '#d0d0d0';
  ctx.fillRect(0, top + rule, layout.width, Math.max(1, unit));
  [content.caption.title, ...content.caption.lines].forEach((line, i) => {
    const slot = captionSlot(layout, i);
    text(ctx, line, slot.x, top + slot.y, unit, i === 0);
  });
}
