// @vitest-environment jsdom
// Odd data in every writer that produces XML or Markdown: a label holding control characters,
// non-characters, a lone surrogate, markup and a right-to-left override, and a description whose
// line breaks are followed by Markdown block syntax. The XML is parsed back by a strict XML 1.0
// parser (jsdom's DOMParser, which refuses what XML forbids) and encoded as UTF-8 without loss; the Markdown
// is read line by line as a Markdown reader would see it.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { NodeDetail } from '../../shared/contract';
import { FSI, PDI } from '../../shared/text/isolate';
import { markdownText } from '../../shared/text/markdownText';
import { xmlEscape, xmlSafe } from '../../shared/text/xmlText';
import { buildBriefing } from '../../renderer/src/export/formats/briefing';
import { briefingDocx } from '../../renderer/src/export/formats/briefingDocx';
import { briefingMarkdown } from '../../renderer/src/export/formats/briefingMarkdown';
import { detailsFrom, exportGraph } from '../../renderer/src/export/formats/exportModel';
import { gexf } from '../../renderer/src/export/formats/gexfExport';
import { graphml } from '../../renderer/src/export/formats/graphmlExport';
import { svgWithBands } from '../../renderer/src/export/formats/svgBand';
import { svgWithFrame } from '../../renderer/src/export/formats/svgFrame';
import { EDGES, INFO, NODES, POSITIONS } from './exportFixtures';

/** Each character XML 1.0 cannot hold, in one label, with markup and an override around them. */
const HOSTILE_LABEL = 'Politie\u0001 <b>\uFFFE&amp;\uD800 \u202Egnp.exe\u0000 \uDC00Atlantis\uFFFF';
const SAFE_LABEL = 'Politie <b>&amp; \u202Egnp.exe Atlantis';
const DESCRIPTION = 'Eerste regel.\n# kop\n- item\n1. x\n2) y\n    code\n> citaat\n===\n```\n+ plus\n| a | b |';

const hostile: NodeDetail = {
  ...(NODES[0] as NodeDetail),
  label: { nl: HOSTILE_LABEL, en: HOSTILE_LABEL },
  description: { nl: DESCRIPTION, en: DESCRIPTION },
};
const nodes = [hostile, ...NODES.slice(1)];
const graph = () => exportGraph(nodes, EDGES, POSITIONS, 'nl');

/** Parses as XML 1.0 and as UTF-8 bytes, failing on any character either cannot hold. */
function strictXml(text: string): Document {
  const bytes = new TextEncoder().encode(text);
  // A lone surrogate would have been replaced by U+FFFD on the way to bytes: nothing may be lost.
  expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(text);
  const doc = new DOMParser().parseFromString(text, 'text/xml');
  expect(doc.getElementsByTagName('parsererror').length).toBe(0);
  return doc;
}

describe('the one XML text rule', () => {
  it('drops exactly what XML 1.0 forbids and keeps surrogate pairs, tabs and line breaks', () => {
    expect(xmlSafe(HOSTILE_LABEL)).toBe(SAFE_LABEL);
    expect(xmlSafe('a\tb\nc\r🚓\u0085')).toBe('a\tb\nc\r🚓\u0085');
    expect(xmlEscape('<a href="x">\u0008')).toBe('&lt;a href=&quot;x&quot;&gt;');
  });
});

describe('every XML writer holds a hostile label', () => {
  it('GraphML parses and keeps the label without the forbidden characters', () => {
    const doc = strictXml(graphml(graph(), detailsFrom(nodes, EDGES)));
    const values = [...doc.getElementsByTagName('data')].map((d) => d.textContent);
    expect(values).toContain(SAFE_LABEL);
  });

  it('GEXF parses and keeps the label without the forbidden characters', () => {
    const doc = strictXml(gexf(graph(), detailsFrom(nodes, EDGES)));
    const labels = [...doc.getElementsByTagName('node')].map((n) => n.getAttribute('label'));
    expect(labels).toContain(SAFE_LABEL);
  });

  it('SVG parses, its drawing and its bands stripped', () => {
    const drawing = `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"><text>${xmlEscape('x').replace('x', HOSTILE_LABEL.replace(/[<&]/g, ''))}</text></svg>`;
    const doc = strictXml(svgWithBands(drawing, `geheim\u0001`, `bijschrift\uFFFE`));
    expect([...doc.getElementsByTagName('text')].map((t) => t.textContent)).toEqual([
      'GEHEIM',
      xmlSafe(HOSTILE_LABEL.replace(/[<&]/g, '')),
      'bijschrift',
    ]);
    expect(() => strictXml(svgWithBands(drawing, '', ''))).not.toThrow();
  });

  it('SVG with a legend frame parses, its drawing stripped too', () => {
    const drawing = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"><text>Atlantis\u0001\uD800</text></svg>`;
    const legend = { kinds: ['state' as const], statuses: ['in-force' as const], editorial: false };
    const doc = strictXml(svgWithFrame(drawing, { language: 'nl', marking: '', legend, caption: null }, 'eigen\u0008'));
    expect([...doc.getElementsByTagName('text')].map((t) => t.textContent)).toContain('Atlantis');
  });

  it('Word parses, its label isolated so the override cannot reorder the line', async () => {
    const briefing = buildBriefing({
      title: 'Briefing\uFFFE',
      graph: graph(),
      actors: [hostile],
      edgeDetails: new Map(),
      info: INFO,
    });
    const files = unzipSync(await briefingDocx(briefing));
    // The title, typed by the user, also goes into the document's properties.
    strictXml(strFromU8(files['docProps/core.xml'] ?? new Uint8Array()));
    const doc = strictXml(strFromU8(files['word/document.xml'] ?? new Uint8Array()));
    const runs = [...doc.getElementsByTagName('w:t')].map((t) => t.textContent);
    expect(runs).toContain(`${FSI}${SAFE_LABEL}${PDI}`);
  });
});

describe('Markdown escaping', () => {
  it('makes a description’s line starts plain text: no heading, list, quote, code or table', () => {
    expect(markdownText(DESCRIPTION).split('\n')).toEqual([
      'Eerste regel.',
      '\\# kop',
      '\\- item',
      '1\\. x',
      '2\\) y',
      'code',
      '\\> citaat',
      '\\===',
      '\\`\\`\\`',
      '\\+ plus',
      '\\| a \\| b \\|',
    ]);
  });

  it('keeps inline syntax and entities literal, and isolates a right-to-left override', () => {
    expect(markdownText('*nadruk* [link](javascript:x) <img src=x> &amp; AT&T ~~weg~~')).toBe(
      '\\*nadruk\\* \\[link\\](javascript:x) \\<img src=x\\> \\&amp; AT&T \\~\\~weg\\~\\~',
    );
    expect(markdownText('\u202Egnp.exe')).toBe(`${FSI}\u202Egnp.exe${PDI}`);
  });

  it('writes the hostile description into the briefing as escaped lines under the actor', () => {
    const briefing = buildBriefing({
      title: 'Briefing',
      graph: graph(),
      actors: [hostile],
      edgeDetails: new Map(),
      info: INFO,
    });
    const lines = briefingMarkdown(briefing).split('\n');
    const headings = lines.filter((l) => /^#{1,6} /.test(l));
    const items = lines.filter((l) => /^\s*([-+*]|\d+[.)]) (item|x|y|plus)$/.test(l));
    expect(headings.some((h) => h.includes('kop'))).toBe(false);
    expect(items).toEqual([]);
    expect(lines).toContain('\\# kop');
  });
});
