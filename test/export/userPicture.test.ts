// A picture of a view holding the user's own additions says so: its legend (PNG drawn on a real canvas
// and read back, SVG parsed back) gains the user's purple entry, only then, and its caption's source
// line names the user's additions beside the letter, so the picture is never all "the letter".
import { GlobalFonts, createCanvas } from '@napi-rs/canvas';
import { DOMParser } from '@xmldom/xmldom';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { USER_MARK } from '../../renderer/src/canvas/graphStyle';
import { legendMarks } from '../../renderer/src/export/formats/pdfLegend';
import { captionLines } from '../../renderer/src/export/formats/pictureCaption';
import {
  drawBelow,
  frameLayout,
  legendItems,
  legendSlot,
  type FrameContent,
} from '../../renderer/src/export/formats/pictureFrame';
import { svgWithFrame } from '../../renderer/src/export/formats/svgFrame';
import { fixtureGraph, INFO } from './exportFixtures';
import { userGraph } from './userFixtures';

GlobalFonts.registerFromPath(
  'node_modules/@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  'Noto Sans',
);

const DRAWING = { width: 600, height: 300 };
const WITH_USER: FrameContent = {
  language: 'nl',
  marking: '',
  legend: { kinds: ['state'], statuses: ['in-force'], ...legendMarks(userGraph()) },
  caption: null,
};

describe("the user's additions in a picture's frame", () => {
  it('legend entries follow the view: the user entry only with an addition in view', () => {
    expect(legendMarks(userGraph()).user).toBe(true);
    expect(legendMarks(fixtureGraph()).user).toBeUndefined();
    const labels = (content: FrameContent) =>
      content.legend === null ? [] : legendItems(content.legend, content.language).map((i) => i.label);
    expect(labels(WITH_USER)).toContain('Eigen toevoeging (paars, dubbele rand)');
    const without = {
      ...WITH_USER,
      legend: { kinds: ['state' as const], statuses: [], ...legendMarks(fixtureGraph()) },
    };
    expect(labels(without).some((l) => l.includes('Eigen toevoeging'))).toBe(false);
  });

  it('PNG: the user entry is drawn in the canvas purple, read back from the pixels', () => {
    const layout = frameLayout(DRAWING, WITH_USER, 1);
    const canvas = createCanvas(layout.width, layout.height);
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, layout.width, layout.height);
    drawBelow(context, layout, WITH_USER, layout.belowY);
    const png = PNG.sync.read(canvas.toBuffer('image/png'));
    const slot = legendSlot(layout, 2); // state, in force, then the user's entry
    const at = (png.width * Math.round(layout.belowY + slot.cy - 0.5) + Math.round(slot.cx)) * 4;
    const rgb = [png.data[at], png.data[at + 1], png.data[at + 2]];
    expect(rgb).toEqual([0x6a, 0x3d, 0x9a]);
    expect(USER_MARK.colour).toBe('#6A3D9A');
  });

  it('SVG: the user entry parsed back, its line purple', () => {
    const svg = svgWithFrame(
      '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300" viewBox="0 0 600 300"></svg>',
      { ...WITH_USER, language: 'en' },
      '',
    );
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const entry = Array.from(doc.getElementsByTagName('g')).find((g) =>
      g.getElementsByTagName('text')[0]?.textContent?.startsWith('Your addition'),
    );
    expect(entry?.getElementsByTagName('line')[0]?.getAttribute('stroke')).toBe(USER_MARK.colour);
  });

  it("caption: the source line names the user's additions beside the letter, only when there are some", () => {
    const base = { language: 'nl' as const, title: 'JIT', date: '3 december 2026', sources: INFO.sources };
    const [mine] = captionLines({ ...base, datasetVersion: INFO.datasetVersion, hasUserAdditions: true }).lines;
    expect(mine).toContain(`Bron: ${INFO.sources[0]?.title.nl ?? ''}; eigen toevoegingen`);
    const [plain] = captionLines({ ...base, datasetVersion: INFO.datasetVersion }).lines;
    expect(plain).not.toContain('eigen toevoegingen');
  });
});
