// Reads an exported PDF back the way a reader would see it, with nothing but npm packages (no poppler):
// pdf.js (pdfjs-dist) for the page count, each page's size and its text, and page 1 painted to pixels
// on @napi-rs/canvas, the canvas pdf.js itself uses under Node.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { RenderParameters } from 'pdfjs-dist/types/src/display/api';

export interface PdfPage {
  /** Size in PostScript points (1/72 inch), as the page declares it. */
  readonly widthPt: number;
  readonly heightPt: number;
  /** The page's text runs joined with spaces, whitespace collapsed. */
  readonly text: string;
}

export interface RenderedPage {
  readonly width: number;
  readonly height: number;
  /** RGBA, four bytes a pixel, row by row. */
  readonly data: Uint8ClampedArray;
}

export interface PdfReadBack {
  readonly pages: readonly PdfPage[];
  /** All pages' text, in order, whitespace collapsed. */
  readonly text: string;
  /** Page 1 painted at `dpi` on a white background. */
  readonly firstPage: RenderedPage;
}

const pdfjsDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
// pdf.js fetches these only for fonts a file does not embed; the paths must end with a slash.
const standardFontDataUrl = join(pdfjsDir, 'standard_fonts') + '/';
const cMapUrl = join(pdfjsDir, 'cmaps') + '/';

export async function readPdf(bytes: Uint8Array, { dpi = 40 }: { dpi?: number } = {}): Promise<PdfReadBack> {
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const loading = getDocument({
    data: new Uint8Array(bytes),
    standardFontDataUrl,
    cMapUrl,
    cMapPacked: true,
    isEvalSupported: false,
    verbosity: 0,
  });
  const doc = await loading.promise;
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const text = content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
      pages.push({ widthPt: x1 - x0, heightPt: y1 - y0, text });
    }
    const first = await doc.getPage(1);
    const viewport = first.getViewport({ scale: dpi / 72 });
    const canvas = createCanvas(Math.round(viewport.width), Math.round(viewport.height));
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    // @napi-rs/canvas implements what pdf.js draws with, but not the whole DOM canvas type.
    const target = { canvas, canvasContext: context, viewport } as unknown as RenderParameters;
    await first.render(target).promise;
    const image = context.getImageData(0, 0, canvas.width, canvas.height);
    return {
      pages,
      text: pages.map((p) => p.text).join(' '),
      firstPage: { width: image.width, height: image.height, data: image.data },
    };
  } finally {
    await loading.destroy();
  }
}

/** Pixels darker than light grey in any channel: ink on the page. */
export function inkedPixels(page: RenderedPage): number {
  let count = 0;
  for (let i = 0; i < page.data.length; i += 4) {
    const [r, g, b] = [page.data[i] ?? 255, page.data[i + 1] ?? 255, page.data[i + 2] ?? 255];
    if (r < 200 || g < 200 || b < 200) count += 1;
  }
  return count;
}
