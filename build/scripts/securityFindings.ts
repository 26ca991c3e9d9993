// Reads electronegativity's findings and decides what fails the gate: every HIGH or MEDIUM finding,
// unless the flagged line carries a waiver with a reason. Pure functions over data, so the gate's
// judgement is unit-tested without running the scanner.
import { z } from 'zod';

export const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'] as const;
export type Severity = (typeof SEVERITIES)[number];
/** The severities that fail the gate unless waived. */
export const GATED: readonly Severity[] = ['MEDIUM', 'HIGH'];

export interface Finding {
  readonly check: string;
  readonly severity: Severity;
  readonly confidence: string;
  /** Relative to the scanned folder, or null for an application-wide finding (no CSP at all, say). */
  readonly file: string | null;
  /** 1-based line, or null when the finding has no place in a file. */
  readonly line: number | null;
  readonly sample: string;
  readonly description: string;
}

/**
 * One issue as electronegativity's runner returns it (its package `main`, `run(options, false)`).
 * The gate reads these objects rather than the scanner's CSV report, because the scanner writes that
 * file's header and rows with two unsynchronised asynchronous writes: under load the header landed
 * after the rows and overwrote their first 74 bytes, and the gate failed on a garbled report.
 */
const scannerIssue = z.object({
  id: z.string(),
  severity: z.object({ name: z.enum(SEVERITIES) }),
  confidence: z.object({ name: z.string() }),
  file: z.string(),
  location: z.object({ line: z.number(), column: z.number() }).partial().optional(),
  sample: z.string().nullish(),
  description: z.string(),
});

/** The findings in the runner's `issues`, refusing any it cannot understand by naming it. */
export function findingsFromIssues(issues: readonly unknown[]): Finding[] {
  return issues.map((raw, index) => {
    const parsed = scannerIssue.safeParse(raw);
    if (!parsed.success) {
      const id = typeof raw === 'object' && raw !== null && 'id' in raw ? String(raw.id) : '?';
      const issue = parsed.error.issues[0];
      throw new Error(
        `electronegativity issue ${String(index + 1)} (${id}): ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`,
      );
    }
    const { id, severity, confidence, file, location, sample, description } = parsed.data;
    const line = location?.line ?? 0;
    return {
      check: id,
      severity: severity.name,
      confidence: confidence.name,
      file: file === 'N/A' || file === '' ? null : file,
      line: Number.isInteger(line) && line > 0 ? line : null,
      sample: sample ?? '',
      description,
    };
  });
}

export const WAIVER_MARK = 'electronegativity-waiver';
/** A waiver must say why in at least this many characters: "ok" is not a reason. */
export const MIN_REASON_CHARS = 20;

const COMMENT_LINE = /^\s*(\/\/|\/\*|\*)/;
const commentText = (line: string): string =>
  line
    .replace(/^\s*(\/\/+|\/\*+|\*+)/, '')
    .replace(/\*\/\s*$/, '')
    .trim();

/**
 * The reason a finding is waived, or null. The waiver is a comment on the flagged line or in the
 * comment block directly above it, its reason running on over the block's following lines:
 * `// electronegativity-waiver CHECK_ID: why this is safe`.
 */
export function waiverReason(sourceLines: readonly string[], line: number, check: string): string | null {
  const escaped = check.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`${WAIVER_MARK}\\s+${escaped}\\s*:\\s*(.*)$`);
  const flagged = sourceLines[line - 1] ?? '';
  let reason = pattern.exec(flagged)?.[1];
  if (reason === undefined) {
    let top = line - 1;
    while (top > 0 && COMMENT_LINE.test(sourceLines[top - 1] ?? '')) top -= 1;
    const block = sourceLines.slice(top, line - 1);
    const at = block.findIndex((text) => pattern.test(text));
    if (at >= 0) {
      reason = [pattern.exec(block[at] ?? '')?.[1] ?? '', ...block.slice(at + 1).map(commentText)].join(' ');
    }
  }
  const text = reason?.replace(/\*\/\s*$/, '').trim() ?? '';
  return text.length >= MIN_REASON_CHARS ? text : null;
}

export interface Judged {
  readonly finding: Finding;
  /** Why it does not fail the gate: below the gated severities, or the waiver's reason. */
  readonly passed: string | null;
}

/** Judges every finding; `readSource` gives a scanned file's lines (null when it cannot be read). */
export function judgeFindings(
  findings: readonly Finding[],
  readSource: (file: string) => readonly string[] | null,
): Judged[] {
  return findings.map((finding) => {
    if (!GATED.includes(finding.severity)) return { finding, passed: `${finding.severity} is not gated` };
    if (finding.file === null || finding.line === null) return { finding, passed: null };
    const lines = readSource(finding.file);
    const reason = lines === null ? null : waiverReason(lines, finding.line, finding.check);
    return { finding, passed: reason === null ? null : `waived: ${reason}` };
  });
}

/** Findings by severity, for the before/after figures the gate prints. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { INFORMATIONAL: 0, LOW: 0, MEDIUM: 0, HIGH: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
