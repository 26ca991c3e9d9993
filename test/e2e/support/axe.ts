// axe-core in the page: the serious and critical accessibility violations of what it shows now.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  readonly id: string;
  readonly impact: string;
  readonly nodes: readonly string[];
}

/** `impacts`: the levels to report; pass 'moderate' too where a screen must be clean of those as well. */
export async function seriousViolations(
  page: Page,
  impacts: readonly string[] = ['serious', 'critical'],
): Promise<Violation[]> {
  // The app's CSP refuses an injected <script>; evaluating through the DevTools protocol is not subject to it.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(axeSource);
  return page.evaluate(async (levels) => {
    interface AxeResults {
      violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
    }
    const axe = (globalThis as unknown as { axe: { run: (ctx: Document) => Promise<AxeResults> } }).axe;
    const results = await axe.run(document);
    return results.violations
      .filter((v) => levels.includes(v.impact ?? ''))
      .map((v) => ({ id: v.id, impact: v.impact ?? '', nodes: v.nodes.map((n) => n.target.join(' ')) }));
  }, impacts);
}
