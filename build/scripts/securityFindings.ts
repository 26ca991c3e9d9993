// Reads electronegativity's CSV report and decides what fails the gate: every HIGH or MEDIUM
// finding, unless the flagged line carries a waiver with a reason. Pure functions over text, so the
// gate's judgement is unit-tested without running the scanner.
import { parse } from 'csv-parse/sync';

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

const isSeverity = (value: string): value is Severity => (SEVERITIES as readonly string[]).includes(value);

/**
 * The findings of a report. electronegativity writes the header and the rows with two unsynchronised
 * asynchronous writes, so the header may come anywhere, or not at all: rows are read by position and
 * any header line is skipped wherever it is.
 */
export function parseFindings(csv: string): Finding[] {
  const rows: string[][] = parse(csv, { relax_column_count: true, skip_empty_lines: true, trim: true });
  return rows
    .filter((row) => row[0] !== 'issue')
    .map((row, index) => {
      const [check = '', severity = '', confidence = '', file = '', location = '', sample = '', description = ''] = row;
      if (!isSeverity(severity)) {
        throw new Error(
          `electronegativity report, row ${String(index + 1)} (${check}): unknown severity "${severity}"`,
        );
      }
      const line = Number(location.split(':')[0]);
      return {
        check,
        severity,
        confidence,
        file: file === 'N/A' || file === '' ? null : file,
        line: Number.isInteger(line) && line > 0 ? line : null,
        sample,
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
