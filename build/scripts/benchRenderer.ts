// Renderer bench: how Cytoscape copes with 500, 2,000 and 5,000 visible nodes in our headless
// Chromium, with its canvas renderer and with its WebGL renderer (`renderer: { name: 'canvas',
// webgl: true }`, Cytoscape ≥ 3.31) side by side. For each it prints the first render (elements in,
// first frame drawn), the layout (fcose, as the app runs it on large views) and the median and p95
// frame while panning. Measured inside the page with performance.now(); prints, never fails.
// Run: npx tsx build/scripts/benchRenderer.ts [--sizes 500,2000,5000] [--pan-frames 120]
import { createRequire } from 'node:module';
import { chromium, type Page } from 'playwright-core';
import { describeChromium, resolveChromium } from '../../test/support/chromiumPath';

const require = createRequire(import.meta.url);
const SCRIPTS = [
  require.resolve('cytoscape/dist/cytoscape.min.js'),
  require.resolve('layout-base/layout-base.js'),
  require.resolve('cose-base/cose-base.js'),
  require.resolve('cytoscape-fcose/cytoscape-fcose.js'),
];

interface Figures {
  readonly firstRenderMs: number;
  readonly layoutMs: number;
  readonly medianFrameMs: number;
  readonly p95FrameMs: number;
  readonly webglActive: boolean;
}

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

/** One run in the page: a seeded heavy-tailed graph (about 1.5 relations per node), drawn, laid out, panned. */
function measure(page: Page, size: number, webgl: boolean, panFrames: number): Promise<Figures> {
  return page.evaluate(
    async ([n, useWebgl, frames]) => {
      type Cy = {
        on(event: string, handler: () => void): void;
        layout(options: Record<string, unknown>): { run(): void };
        panBy(delta: { x: number; y: number }): void;
        destroy(): void;
        renderer(): { webgl?: boolean };
      };
      const w = window as unknown as {
        cytoscape: ((options: Record<string, unknown>) => Cy) & { use(ext: unknown): void };
        cytoscapeFcose: unknown;
        fcoseUsed?: boolean;
      };
      if (w.fcoseUsed !== true) {
        w.cytoscape.use(w.cytoscapeFcose);
        w.fcoseUsed = true;
      }
      let seed = 42;
      const random = (): number => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed / 2147483648;
      };
      const elements: { data: Record<string, string>; position?: { x: number; y: number } }[] = [];
      for (let i = 0; i < n; i += 1)
        elements.push({
          data: { id: `n${String(i)}`, label: `Knoop ${String(i)}` },
          position: { x: random() * 3000, y: random() * 3000 },
        });
      for (let i = 0; i < Math.round(n * 1.5); i += 1) {
        // Heavy-tailed ends: a few nodes take most relations, as in the dataset.
        const a = Math.floor(n * random() ** 3);
        const b = Math.floor(n * random());
        if (a !== b) elements.push({ data: { id: `e${String(i)}`, source: `n${String(a)}`, target: `n${String(b)}` } });
      }
      const container = document.getElementById('cy');
      if (container === null) throw new Error('no #cy container in the bench page');
      // A frame that never comes (a lost GPU context) gives up after 60 s instead of hanging the bench.
      const frame = (): Promise<number> =>
        new Promise((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error('no animation frame for 60 s')), 60000);
          requestAnimationFrame((t) => {
            clearTimeout(timer);
            resolve(t);
          });
        });
      const start = performance.now();
      const cy = w.cytoscape({
        container,
        elements,
        layout: { name: 'preset' },
        renderer: { name: 'canvas', webgl: useWebgl },
        style: [
          {
            selector: 'node',
            style: { width: 18, height: 18, 'background-color': '#0072B2', label: 'data(label)', 'font-size': 8 },
          },
          { selector: 'edge', style: { width: 1, 'line-color': '#999' } },
        ],
      });
      // Cytoscape draws in its own animation frame: two frames after the elements go in, the first
      // picture is on screen (its 'render' event may fire before a listener can be attached).
      await frame();
      await frame();
      const firstRenderMs = performance.now() - start;
      const layoutStart = performance.now();
      cy.layout({ name: 'fcose', quality: 'draft', randomize: true, animate: false, fit: true }).run();
      await frame();
      const layoutMs = performance.now() - layoutStart;
      const gaps: number[] = [];
      let last = await frame();
      for (let i = 0; i < frames; i += 1) {
        cy.panBy({ x: 7, y: 3 });
        const now = await frame();
        gaps.push(now - last);
        last = now;
      }
      gaps.sort((a, b) => a - b);
      const at = (q: number): number => gaps[Math.min(gaps.length - 1, Math.floor(q * gaps.length))] ?? NaN;
      const webglActive = cy.renderer().webgl === true;
      cy.destroy();
      return { firstRenderMs, layoutMs, medianFrameMs: at(0.5), p95FrameMs: at(0.95), webglActive };
    },
    [size, webgl, panFrames] as const,
  );
}

const fmt = (ms: number): string => (Number.isFinite(ms) ? ms.toFixed(1).padStart(9) : '      n/a');

async function main(): Promise<void> {
  const sizes = option('--sizes', '500,2000,5000').split(',').map(Number);
  if (sizes.some((s) => !Number.isInteger(s) || s < 1))
    throw new Error('--sizes must be positive whole numbers, e.g. 500,2000');
  const panFrames = Number(option('--pan-frames', '120'));
  const choice = await resolveChromium();
  console.log(describeChromium(choice));
  // No --disable-gpu: WebGL2 runs in software (SwiftShader) here, which is what this machine can show.
  const browser = await chromium.launch({
    executablePath: choice.executablePath,
    headless: true,
    args: [...choice.args, '--no-sandbox', '--enable-unsafe-swiftshader', '--use-angle=swiftshader'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.setContent('<!doctype html><div id="cy" style="width:1280px;height:800px"></div>');
    for (const path of SCRIPTS) await page.addScriptTag({ path });
    // tsx names inner functions with an `__name` helper that only exists in Node: give the page one.
    await page.evaluate('window.__name = (f) => f');
    console.log('\nnodes  renderer  first render ms  layout ms  median frame ms  p95 frame ms');
    for (const size of sizes)
      for (const webgl of [false, true]) {
        const f = await measure(page, size, webgl, panFrames);
        const name = webgl ? (f.webglActive ? 'webgl' : 'webgl(off)') : 'canvas';
        console.log(
          `${String(size).padStart(5)}  ${name.padEnd(10)}${fmt(f.firstRenderMs)}      ${fmt(f.layoutMs)}  ${fmt(f.medianFrameMs)}        ${fmt(f.p95FrameMs)}`,
        );
      }
    console.log('\nFrames are requestAnimationFrame gaps while panning 7,3 px a frame (16.7 ms = 60 fps).');
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
