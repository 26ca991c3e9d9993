// The security gate's judgement over electronegativity's findings: reading the issues as its runner
// really returns them (the ones below are its findings for this app before the hardening), and
// waivers that count only with a reason, on or directly above the flagged line.
import { describe, expect, it } from 'vitest';
import { countBySeverity, findingsFromIssues, judgeFindings, waiverReason, type Finding } from './securityFindings';

const issue = (id: string, severity: string, confidence: string, file: string, line: number, sample: string) => ({
  id,
  severity: { value: 0, name: severity },
  confidence: { value: 0, name: confidence },
  file,
  location: { line, column: 0 },
  sample,
  description: `${id} description`,
  manualReview: true,
  shortenedURL: `https://github.com/doyensec/electronegativity/wiki/${id}`,
});
const ISSUES = [
  issue('CSP_GLOBAL_CHECK', 'LOW', 'FIRM', 'renderer/index.html', 5, "default-src 'none'; script-src 'self'"),
  issue('ELECTRON_VERSION_JSON_CHECK', 'INFORMATIONAL', 'CERTAIN', 'package.json', 1, '{'),
  issue(
    'PRELOAD_JS_CHECK',
    'MEDIUM',
    'FIRM',
    'main/electron/main.ts',
    3,
    "preload: join(here, '../preload/preload.cjs'),",
  ),
  issue(
    'OPEN_EXTERNAL_JS_CHECK',
    'MEDIUM',
    'TENTATIVE',
    'main/electron/main.ts',
    45,
    "if (url.startsWith('https://')) void shell.openExternal(url);",
  ),
  { ...issue('CSP_GLOBAL_CHECK', 'MEDIUM', 'CERTAIN', 'N/A', 0, ''), sample: undefined },
];

describe('reading electronegativity’s findings', () => {
  it('reads every issue: check, severity, file and line, samples intact', () => {
    const findings = findingsFromIssues(ISSUES);
    expect(findings.map((f) => [f.check, f.severity, f.file, f.line])).toEqual([
      ['CSP_GLOBAL_CHECK', 'LOW', 'renderer/index.html', 5],
      ['ELECTRON_VERSION_JSON_CHECK', 'INFORMATIONAL', 'package.json', 1],
      ['PRELOAD_JS_CHECK', 'MEDIUM', 'main/electron/main.ts', 3],
      ['OPEN_EXTERNAL_JS_CHECK', 'MEDIUM', 'main/electron/main.ts', 45],
      ['CSP_GLOBAL_CHECK', 'MEDIUM', null, null],
    ]);
    expect(findings[3]?.sample).toBe(`if (url.startsWith('https://')) void shell.openExternal(url);`);
    expect(findings[4]?.sample).toBe('');
    expect(countBySeverity(findings)).toEqual({ INFORMATIONAL: 1, LOW: 1, MEDIUM: 3, HIGH: 0 });
  });

  it('reads no issues as no findings', () => {
    expect(findingsFromIssues([])).toEqual([]);
  });

  it('refuses an issue it cannot understand, naming it and what was wrong', () => {
    expect(() => findingsFromIssues([ISSUES[0], { ...ISSUES[1], severity: { name: 'SEVERE' } }])).toThrow(
      /issue 2 \(ELECTRON_VERSION_JSON_CHECK\): severity\.name/,
    );
    expect(() => findingsFromIssues([null])).toThrow(/issue 1 \(\?\)/);
  });
});

describe('waivers', () => {
  const source = [
    'const window = new BrowserWindow({',
    '  webPreferences: {',
    '    // electronegativity-waiver PRELOAD_JS_CHECK: the preload is sandboxed and exposes one function',
    '    // per method, never ipcRenderer itself.',
    "    preload: join(here, 'preload.cjs'),",
    '    sandbox: true,',
    '    other: shell.openExternal(url), // electronegativity-waiver OPEN_EXTERNAL_JS_CHECK: checked by allowedExternalUrl first',
    '    /* electronegativity-waiver CSP_GLOBAL_CHECK: ok */',
    '    x: 1,',
    '    // electronegativity-waiver AUXCLICK_JS_CHECK: a reason long enough to count here',
    '',
    '    y: 2,',
  ];

  it('finds the reason in the comment block directly above the flagged line', () => {
    expect(waiverReason(source, 5, 'PRELOAD_JS_CHECK')).toBe(
      'the preload is sandboxed and exposes one function per method, never ipcRenderer itself.',
    );
  });

  it('finds the reason at the end of the flagged line itself', () => {
    expect(waiverReason(source, 7, 'OPEN_EXTERNAL_JS_CHECK')).toBe('checked by allowedExternalUrl first');
  });

  it('does not count a waiver for another check, a reason too short, or one separated by code or a blank line', () => {
    expect(waiverReason(source, 5, 'OPEN_EXTERNAL_JS_CHECK')).toBeNull();
    expect(waiverReason(source, 9, 'CSP_GLOBAL_CHECK')).toBeNull();
    expect(waiverReason(source, 6, 'PRELOAD_JS_CHECK')).toBeNull();
    expect(waiverReason(source, 12, 'AUXCLICK_JS_CHECK')).toBeNull();
  });

  it('does not let a check name act as a pattern', () => {
    expect(
      waiverReason(
        ['// electronegativity-waiver PRELOADxJS_CHECK: a reason long enough to count'],
        1,
        'PRELOAD.JS_CHECK',
      ),
    ).toBeNull();
  });
});

describe('judging a report', () => {
  const finding = (over: Partial<Finding>): Finding => ({
    check: 'PRELOAD_JS_CHECK',
    severity: 'MEDIUM',
    confidence: 'FIRM',
    file: 'main/electron/main.ts',
    line: 2,
    sample: '',
    description: '',
    ...over,
  });
  const files: Record<string, readonly string[]> = {
    'main/electron/main.ts': [
      '// electronegativity-waiver PRELOAD_JS_CHECK: sandboxed preload, one function per method',
      'preload: x,',
    ],
  };
  const read = (file: string): readonly string[] | null => files[file] ?? null;

  it('passes what is below MEDIUM and what is waived with a reason; fails the rest', () => {
    const judged = judgeFindings(
      [
        finding({}),
        finding({ severity: 'HIGH', check: 'NODE_INTEGRATION_JS_CHECK' }),
        finding({ severity: 'LOW', file: null, line: null }),
        finding({ severity: 'INFORMATIONAL', check: 'ELECTRON_VERSION_JSON_CHECK' }),
        finding({ file: null, line: null, check: 'CSP_GLOBAL_CHECK' }),
        finding({ file: 'gone.ts' }),
      ],
      read,
    );
    expect(judged.map((j) => j.passed)).toEqual([
      'waived: sandboxed preload, one function per method',
      null,
      'LOW is not gated',
      'INFORMATIONAL is not gated',
      null,
      null,
    ]);
  });
});
