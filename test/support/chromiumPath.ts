// Which Chromium the e2e tests, the export tests and the benchmarks drive, so that `npm ci && npm test`
// needs nothing but Node: $CHROMIUM_PATH if it is executable, else Debian's /usr/bin/chromium, else
// the headless Chromium that ships inside the @sparticuz/chromium npm package.
import { accessSync, constants } from 'node:fs';

export interface ChromiumChoice {
  readonly executablePath: string;
  /** Flags the binary needs beyond ours (the npm build's own), already filtered. */
  readonly args: readonly string[];
  /** Where it came from, for the line the test run prints. */
  readonly source: 'CHROMIUM_PATH' | '/usr/bin/chromium' | '@sparticuz/chromium';
}

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * The npm build's flags are made for serverless hosts. These would change what the tests prove (the
 * app's CSP and same-origin rules, one renderer per page as on a desktop), so they are left out.
 */
const UNWANTED_NPM_FLAGS = [
  '--disable-web-security',
  '--allow-running-insecure-content',
  '--disable-site-isolation-trials',
  '--single-process',
];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

let chosen: Promise<ChromiumChoice> | undefined;

/** Resolves once per process; the npm build is unpacked to the temp folder the first time (about 2 s). */
export function resolveChromium(): Promise<ChromiumChoice> {
  chosen ??= choose();
  return chosen;
}

async function choose(): Promise<ChromiumChoice> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv !== undefined && fromEnv !== '') {
    if (isExecutable(fromEnv)) return { executablePath: fromEnv, args: [], source: 'CHROMIUM_PATH' };
    console.warn(`CHROMIUM_PATH=${fromEnv} is not an executable file; looking for another Chromium.`);
  }
  if (isExecutable(DEBIAN_CHROMIUM)) return { executablePath: DEBIAN_CHROMIUM, args: [], source: DEBIAN_CHROMIUM };
  const sparticuz = (await import('@sparticuz/chromium')).default;
  const executablePath = await sparticuz.executablePath();
  if (!isExecutable(executablePath))
    throw new Error(`@sparticuz/chromium unpacked its browser to ${executablePath}, which is not executable.`);
  const args = sparticuz.args.filter((flag) => !UNWANTED_NPM_FLAGS.includes(flag));
  return { executablePath, args, source: '@sparticuz/chromium' };
}

/** One line naming the browser, for CI logs and the test run's header. */
export function describeChromium(choice: ChromiumChoice): string {
  return `Chromium: ${choice.executablePath} (from ${choice.source})`;
}
