// The PDF one-pager for a memo (jsPDF): A4 portrait or landscape with the title, the graph as the
// canvas shows it, a legend, the caption, the sources cited by the relations in view with their
// quotes, the export date and dataset version, and an optional handling marking in header and footer.
// A long source list continues on further pages. Noto Sans is embedded: every Dutch letter, offline.
import { jsPDF } from 'jspdf';
import type { Language } from '../../../../shared/contract';
import { withoutBidiControls } from '../../../../shared/text/isolate';
import type { CitedSource } from './citedSources';
import { word } from './exportWords';
import { drawLegend, type LegendEntries } from './pdfLegend';

export interface PdfFonts {
  /** TrueType files as base64. */
  readonly regular: string;
  readonly bold: string;
}

export interface PdfInput {
  readonly title: string;
  readonly caption: string;
  /** E.g. "Departementaal vertrouwelijk"; empty for none. */
  readonly marking: string;
  readonly orientation: 'portrait' | 'landscape';
  readonly language: Language;
  readonly picture: { readonly png: Uint8Array; readonly width: number; readonly height: number };
  readonly legend: LegendEntries;
  readonly sources: readonly CitedSource[];
  /**
   * Elements in view that an opened snapshot claims without the dataset's backing, worded
   * ("Politie van Atlantis — niet in de dataset"); listed in red above the sources. Empty for none.
   */
  readonly unverified?: readonly string[];
  /** Worded export date ("3 maart 2026"). */
  readonly date: string;
  readonly datasetVersion: string;
  readonly fonts: PdfFonts;
}

const MARGIN = 15;
const FONT = 'NotoSans';
/**
 * The PDF's language in jsPDF's own closed list of codes, which knows standard Dutch only as 'nl'
 * (not LOCALE_TAGS' 'nl-NL'); keyed by Language so a new language must be added here too.
 */
const PDF_LANGUAGES: Record<Language, Parameters<jsPDF['setLanguage']>[0]> = { nl: 'nl', en: 'en-GB' };

function setup(input: PdfInput): jsPDF {
  const doc = new jsPDF({ format: 'a4', orientation: input.orientation, unit: 'mm', compress: true });
  doc.addFileToVFS('NotoSans-Regular.ttf', input.fonts.regular);
  doc.addFont('NotoSans-Regular.ttf', FONT, 'normal');
  doc.addFileToVFS('NotoSans-Bold.ttf', input.fonts.bold);
  doc.addFont('NotoSans-Bold.ttf', FONT, 'bold');
  doc.setFont(FONT, 'normal');
  doc.setProperties({ title: input.title, creator: 'IPS Atlas', subject: input.caption });
  doc.setLanguage(PDF_LANGUAGES[input.language]);
  return doc;
}

const pageWidth = (doc: jsPDF): number => doc.internal.pageSize.getWidth();
const pageHeight = (doc: jsPDF): number => doc.internal.pageSize.getHeight();

/** Header and footer on every page: the marking at top and bottom, date, dataset and page number. */
function frame(doc: jsPDF, input: PdfInput): void {
  const pages = doc.getNumberOfPages();
  for (let page = 1; page <= pages; page += 1) {
    doc.setPage(page);
    const w = pageWidth(doc);
    const h = pageHeight(doc);
    if (input.marking !== '') {
      doc.setFont(FONT, 'bold');
      doc.setFontSize(9);
      doc.setTextColor('#b00020');
      doc.text(input.marking.toUpperCase(), w / 2, 8, { align: 'center' });
      doc.text(input.marking.toUpperCase(), w / 2, h - 5, { align: 'center' });
    }
    doc.setFont(FONT, 'normal');
    doc.setFontSize(7.5);
    doc.setTextColor('#555555');
    const left = `${word(input.language, 'exported')} ${input.date} · ${word(input.language, 'datasetVersion')} ${input.datasetVersion} · IPS Atlas`;
    doc.text(left, MARGIN, h - 10);
    doc.text(
      `${word(input.language, 'page')} ${String(page)} ${word(input.language, 'of')} ${String(pages)}`,
      w - MARGIN,
      h - 10,
      {
        align: 'right',
      },
    );
  }
}

/** Space between the frame and the picture, so nodes at the edge are not cut by the frame. */
const INSET = 3;

/** Places the picture in a framed box, keeping its proportions; returns the height used. */
function drawPicture(doc: jsPDF, input: PdfInput, y: number, maxHeight: number): number {
  const width = pageWidth(doc) - 2 * MARGIN;
  const ratio = input.picture.height / Math.max(1, input.picture.width);
  const h = Math.min(maxHeight - 2 * INSET, (width - 2 * INSET) * ratio);
  const w = h / ratio;
  const x = MARGIN + (width - w) / 2;
  doc.addImage(input.picture.png, 'PNG', x, y + INSET, w, h, 'graph', 'FAST');
  doc.setDrawColor('#cccccc');
  doc.setLineWidth(0.2);
  doc.rect(MARGIN, y, width, h + 2 * INSET);
  return h + 2 * INSET;
}

/** Writes wrapped lines, starting a new page when the bottom is reached; returns the new y. */
function writeLines(doc: jsPDF, lines: readonly string[], y: number, lineHeight: number, indent = 0): number {
  let at = y;
  for (const line of lines) {
    if (at > pageHeight(doc) - 20) {
      doc.addPage('a4', pageWidth(doc) > pageHeight(doc) ? 'landscape' : 'portrait');
      at = 18;
    }
    // jsPDF has no bidi algorithm: a label's override would only print as an empty box.
    doc.text(withoutBidiControls(line), MARGIN + indent, at);
    at += lineHeight;
  }
  return at;
}

/**
 * Starts a new page when a block of `height` would not fit above the bottom margin, so a quote is never
 * separated from the relations it supports; a block taller than a page just starts on a fresh one.
 */
function keepTogether(doc: jsPDF, y: number, height: number): number {
  if (y + height <= pageHeight(doc) - 20 || y <= 18) return y;
  doc.addPage('a4', pageWidth(doc) > pageHeight(doc) ? 'landscape' : 'portrait');
  return 18;
}

function drawUnverified(doc: jsPDF, input: PdfInput, y: number): number {
  const lines = input.unverified ?? [];
  if (lines.length === 0) return y;
  const width = pageWidth(doc) - 2 * MARGIN;
  doc.setFont(FONT, 'bold');
  doc.setFontSize(9);
  doc.setTextColor('#C00000');
  let at = writeLines(doc, doc.splitTextToSize(word(input.language, 'unverified'), width) as string[], y, 4.4);
  doc.setFont(FONT, 'normal');
  doc.setFontSize(8);
  for (const line of lines) at = writeLines(doc, doc.splitTextToSize(`• ${line}`, width - 4) as string[], at, 3.8, 4);
  doc.setTextColor('#1a1a1a');
  return at + 3;
}

function drawSources(doc: jsPDF, input: PdfInput, y: number): void {
  const width = pageWidth(doc) - 2 * MARGIN;
  doc.setFont(FONT, 'bold');
  doc.setFontSize(10);
  doc.setTextColor('#1a1a1a');
  let at = writeLines(doc, [word(input.language, 'sources')], y, 5);
  for (const source of input.sources) {
    doc.setFont(FONT, 'bold');
    doc.setFontSize(8.5);
    at = writeLines(doc, doc.splitTextToSize(source.title, width) as string[], at + 1, 4);
    for (const passage of source.passages) {
      doc.setFont(FONT, 'normal');
      doc.setFontSize(8);
      const quote = doc.splitTextToSize(`“${passage.quote.replace(/\s+/g, ' ')}”`, width - 4) as string[];
      doc.setFontSize(7);
      const relations = doc.splitTextToSize(`→ ${passage.relations.join('; ')}`, width - 8) as string[];
      // The quote and the relations it supports stay on one page.
      at = keepTogether(doc, at + 0.8, quote.length * 3.6 + relations.length * 3.2);
      doc.setFontSize(8);
      doc.setTextColor('#1a1a1a');
      at = writeLines(doc, quote, at, 3.6, 4);
      doc.setTextColor('#555555');
      doc.setFontSize(7);
      at = writeLines(doc, relations, at, 3.2, 8);
    }
  }
}

export function pdfReport(input: PdfInput): Uint8Array {
  const doc = setup(input);
  const width = pageWidth(doc) - 2 * MARGIN;
  doc.setFont(FONT, 'bold');
  doc.setFontSize(16);
  doc.setTextColor('#1a1a1a');
  const titleLines = doc.splitTextToSize(input.title, width) as string[];
  doc.text(titleLines, MARGIN, 20);
  let y = 20 + titleLines.length * 7;
  const share = input.orientation === 'portrait' ? 0.5 : 0.55;
  y += drawPicture(doc, input, y, pageHeight(doc) * share) + 4;
  doc.setFont(FONT, 'bold');
  doc.setFontSize(8);
  doc.text(word(input.language, 'legend'), MARGIN, y + 2);
  doc.setFont(FONT, 'normal');
  y += 4 + drawLegend(doc, input.legend, input.language, { x: MARGIN, y: y + 4, width }) + 3;
  if (input.caption !== '') {
    doc.setFontSize(9);
    doc.setTextColor('#333333');
    y = writeLines(doc, doc.splitTextToSize(input.caption, width) as string[], y + 2, 4.2) + 2;
  }
  drawSources(doc, input, drawUnverified(doc, input, y + 3));
  frame(doc, input);
  return new Uint8Array(doc.output('arraybuffer'));
}
