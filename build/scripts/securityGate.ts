// `npm run test:security`: runs @doyensec/electronegativity over what the Electron app is made of
// and fails on any HIGH or MEDIUM finding not waived in code with a reason (securityFindings.ts).
// The scanner runs as a library (its package `main`), and the gate judges the issues it returns. It
// scans a staged copy: main/ and
// renderer/src without tests, and renderer/index.html as the build writes it (with the CSP meta tag
// generated from shared/security.ts), so it judges what ships rather than the template.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'vite';
import { cspMetaTag } from './cspMeta';
import { countBySeverity, findingsFromIssues, judgeFindings, WAIVER_MARK, type Judged } from './securityFindings';

type ScannerRun = (options: Record<string, unknown>, forCli: boolean) => Promise<{ issues: unknown[] }>;

const require = createRequire(import.meta.url);
/** electronegativity's runner: `run(options, forCli)`; with forCli false it returns what it found. */
const runScanner = require('@doyensec/electronegativity') as ScannerRun;
const { version: ELECTRON_VERSION } = require('electron/package.json') as { version: string };
const isTestFile = (path: string): boolean => /\.(test|e2e)\.tsx?$/.test(path);

async function builtIndexHtml(): Promise<string> {
  const server = await createServer({
    configFile: false,
    root: 'renderer',
    logLevel: 'silent',
    plugins: [cspMetaTag()],
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
  });
  try {
    return await server.transformIndexHtml('/index.html', readFileSync('renderer/index.html', 'utf8'));
  } finally {
    await server.close();
  }
}

async function stage(root: string): Promise<void> {
  cpSync('main', join(root, 'main'), { recursive: true, filter: (path) => !isTestFile(path) });
  cpSync('renderer/src', join(root, 'renderer/src'), { recursive: true, filter: (path) => !isTestFile(path) });
  writeFileSync(join(root, 'renderer/index.html'), await builtIndexHtml());
  cpSync('package.json', join(root, 'package.json'));
}

/** The scanner's findings over the staged app, paths relative to it. */
async function scan(root: string): Promise<unknown[]> {
  const result = await runScanner(
    {
      input: root,
      isRelative: true,
      isVerbose: false,
      customScan: [],
      // The one check that would go to the network (it downloads Electron's release list).
      excludeFromScan: ['availablesecurityfixesglobalcheck'],
      electronVersionOverride: ELECTRON_VERSION,
      parserPlugins: [],
    },
    false,
  );
  return result.issues;
}

/** electronegativity's own `eng-disable` comments hide a finding without a reason; only waivers count. */
function hiddenFindings(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(
    (file) => /\.(ts|tsx|html)$/.test(file) && readFileSync(join(root, file), 'utf8').includes('eng-disable'),
  );
}

function print(judged: readonly Judged[]): void {
  for (const { finding: f, passed } of judged) {
    const where = f.file === null ? '(the whole app)' : `${f.file}:${String(f.line ?? 0)}`;
    console.log(`${passed === null ? 'FAIL' : 'ok  '} ${f.severity.padEnd(13)} ${f.check} ${where}`);
    console.log(`       ${passed ?? f.description}`);
  }
  const counts = countBySeverity(judged.map((j) => j.finding));
  console.log(
    `electronegativity (Electron ${ELECTRON_VERSION}): ${String(judged.length)} findings — ` +
      `HIGH ${String(counts.HIGH)}, MEDIUM ${String(counts.MEDIUM)}, LOW ${String(counts.LOW)}, ` +
      `INFORMATIONAL ${String(counts.INFORMATIONAL)}; ` +
      `${String(judged.filter((j) => j.passed?.startsWith('waived') ?? false).length)} waived`,
  );
}

async function main(): Promise<number> {
  const root = mkdtempSync(join(tmpdir(), 'atlas-security-'));
  try {
    const app = join(root, 'app');
    mkdirSync(join(app, 'renderer'), { recursive: true });
    await stage(app);
    const findings = findingsFromIssues(await scan(app));
    const judged = judgeFindings(findings, (file) => {
      const path = join(app, file);
      return existsSync(path) ? readFileSync(path, 'utf8').split('\n') : null;
    });
    print(judged);
    const hidden = hiddenFindings(app);
    const failed = judged.filter((j) => j.passed === null);
    for (const file of hidden) console.error(`FAIL eng-disable in ${file}: use a ${WAIVER_MARK} comment with a reason`);
    if (failed.length > 0) {
      console.error(
        `\n${String(failed.length)} HIGH/MEDIUM finding(s) fail the gate. Fix each, or waive it where it is flagged:\n` +
          `  // ${WAIVER_MARK} CHECK_ID: why this is safe (a reason of 20 characters or more)`,
      );
    }
    return failed.length + hidden.length === 0 ? 0 : 1;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

process.exitCode = await main();
