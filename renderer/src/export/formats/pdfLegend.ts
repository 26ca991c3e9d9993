// The PDF's legend: each node kind shown, drawn in its ontology colour and shape (the same source as
// the canvas), and each relation status shown, drawn in its line style; the editorial line, the
// user's mark and the undated mark when the view holds such elements. Returns the height it used.
import type { jsPDF } from 'jspdf';
import type { Language } from '../../../../shared/contract';
import { NODE_KIND_INFO, STATUS_INFO, type NodeKind, type Status } from '../../../../shared/ontology';
import { asOfCell, USER_COLOUR, type ExportGraph } from './exportModel';
import { word } from './exportWords';
import { outlineOf } from './legendShapes';

export interface LegendEntries {
  readonly kinds: readonly NodeKind[];
  readonly statuses: readonly Status[];
  /** An editorial relation is in view: the legend shows its grey dotted line. */
  readonly editorial?: boolean;
  /** One of the user's own additions is in view: the legend shows their purple mark. */
  readonly user?: boolean;
  /** The applied year, when a relation in view is undated in it: the legend shows the faded line. */
  readonly undatedYear?: number;
}

/**
 * The canvas's editorial line (canvas/graphStyle's EDITORIAL_LINE, which sits above this layer; a
 * test holds the two equal), in the PDF's units.
 */
export const EDITORIAL_PDF_LINE = { colour: '#B0B0B0', dash: [0.3, 0.6] } as const;

/** The provenance and time entries a view needs, from what it holds. */
export function legendMarks(graph: ExportGraph): Pick<LegendEntries, 'editorial' | 'user' | 'undatedYear'> {
  const editorial = graph.edges.some((e) => e.provenance === 'editorial');
  const user = graph.nodes.some((n) => n.provenance === 'user') || graph.edges.some((e) => e.provenance === 'user');
  const year = graph.asOfYear;
  const undated = year !== undefined && graph.edges.some((e) => asOfCell(graph, e) === 'undated');
  return { editorial, ...(user ? { user } : {}), ...(undated ? { undatedYear: year } : {}) };
}

const SWATCH = 2.2; // half-size of a shape, mm
const ROW = 5.2;

function drawShape(doc: jsPDF, kind: NodeKind, cx: number, cy: number): void {
  const info = NODE_KIND_INFO[kind];
  doc.setFillColor(info.colour);
  doc.setDrawColor('#333333');
  doc.setLineWidth(0.2);
  const outline = outlineOf(info.shape);
  const steps = outline.steps.map((step) => step.map((d) => d * SWATCH));
  doc.setLineJoin(outline.rounded ? 'round' : 'miter');
  doc.lines(steps, cx + outline.start[0] * SWATCH, cy + outline.start[1] * SWATCH, [1, 1], 'FD', true);
  doc.setLineJoin('miter');
}

function drawStatusLine(doc: jsPDF, status: Status, x: number, cy: number): void {
  doc.setDrawColor('#8a8a8a');
  doc.setLineWidth(0.5);
  const dash: Partial<Record<Status, number[]>> = {
    'pending-ratification': [1.2, 0.8],
    planned: [1.2, 0.8],
    ambition: [0.3, 0.6],
  };
  doc.setLineDashPattern(dash[status] ?? [], 0);
  if (status === 'historical') doc.setDrawColor('#c8c8c8');
  doc.line(x - SWATCH * 1.5, cy, x + SWATCH * 1.5, cy);
  doc.setLineDashPattern([], 0);
}

function drawEditorialLine(doc: jsPDF, x: number, cy: number): void {
  doc.setDrawColor(EDITORIAL_PDF_LINE.colour);
  doc.setLineWidth(0.4);
  doc.setLineDashPattern([...EDITORIAL_PDF_LINE.dash], 0);
  doc.line(x - SWATCH * 1.5, cy, x + SWATCH * 1.5, cy);
  doc.setLineDashPattern([], 0);
}

/** The user's mark: a short purple line, and a node's double purple outline beside it. */
function drawUserMark(doc: jsPDF, x: number, cy: number): void {
  doc.setDrawColor(USER_COLOUR);
  doc.setLineWidth(0.5);
  doc.line(x - SWATCH * 1.5, cy, x, cy);
  doc.setLineWidth(0.25);
  doc.circle(x + SWATCH * 0.8, cy, SWATCH * 0.7, 'S');
  doc.circle(x + SWATCH * 0.8, cy, SWATCH * 0.4, 'S');
}

/** The canvas fades an undated relation to 45 %: on white paper, a light grey of the same line. */
function drawUndatedLine(doc: jsPDF, x: number, cy: number): void {
  doc.setDrawColor('#d2d2d2');
  doc.setLineWidth(0.5);
  doc.line(x - SWATCH * 1.5, cy, x + SWATCH * 1.5, cy);
}

/** Draws the legend in columns across `width` from (x, y); returns the height used in mm. */
export function drawLegend(
  doc: jsPDF,
  entries: LegendEntries,
  language: Language,
  box: { readonly x: number; readonly y: number; readonly width: number },
): number {
  const items = [
    ...entries.kinds.map((kind) => ({
      label: NODE_KIND_INFO[kind].label[language],
      draw: (cx: number, cy: number) => drawShape(doc, kind, cx, cy),
    })),
    ...entries.statuses.map((status) => ({
      label: STATUS_INFO[status].label[language],
      draw: (cx: number, cy: number) => drawStatusLine(doc, status, cx, cy),
    })),
    ...(entries.editorial === true
      ? [{ label: word(language, 'editorialLegend'), draw: (cx: number, cy: number) => drawEditorialLine(doc, cx, cy) }]
      : []),
    ...(entries.user === true
      ? [{ label: word(language, 'userLegend'), draw: (cx: number, cy: number) => drawUserMark(doc, cx, cy) }]
      : []),
    ...(entries.undatedYear === undefined
      ? []
      : [
          {
            label: word(language, 'undatedIn', entries.undatedYear),
            draw: (cx: number, cy: number) => drawUndatedLine(doc, cx, cy),
          },
        ]),
  ];
  if (items.length === 0) return 0;
  const columns = Math.max(1, Math.floor(box.width / 62));
  const columnWidth = box.width / columns;
  doc.setFontSize(7.5);
  doc.setTextColor('#1a1a1a');
  items.forEach((item, i) => {
    const cx = box.x + (i % columns) * columnWidth + SWATCH * 1.6;
    const cy = box.y + Math.floor(i / columns) * ROW + SWATCH;
    item.draw(cx, cy);
    const text = doc.splitTextToSize(item.label, columnWidth - SWATCH * 4) as string[];
    doc.text(text[0] ?? '', cx + SWATCH * 2.2, cy, { baseline: 'middle' });
  });
  return Math.ceil(items.length / columns) * ROW;
}
