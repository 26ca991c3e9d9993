// Timing helpers for the scale benchmark: run a seeded list of calls within a time budget, and
// summarise them as p50/p95/p99. Figures are printed, never asserted.
import { performance } from 'node:perf_hooks';

export interface Stats {
  readonly n: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  /** p95 of the process's CPU time per call: what the call costs when other work shares the cores. */
  readonly cpuP95: number;
  /** The time budget ran out before every input was timed: the slowest inputs may not be in n. */
  readonly cut: boolean;
  /** Each input's wall time in ms, in input order: two timings of the same inputs compare query by query. */
  readonly times: readonly number[];
}

export const NO_STATS: Stats = { n: 0, p50: NaN, p95: NaN, p99: NaN, cpuP95: NaN, cut: false, times: [] };

function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}

export function summarise(times: readonly number[], cpuTimes: readonly number[] = []): Stats {
  const sorted = [...times].sort((a, b) => a - b);
  const cpu = [...cpuTimes].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    cpuP95: percentile(cpu, 0.95),
    cut: false,
    times: [...times],
  };
}

/**
 * Times `call` on each input in turn (after a few untimed warm-up calls), stopping early when the
 * budget is spent, so a slow baseline reports fewer samples instead of stalling the run.
 */
export async function timeEach<T>(
  inputs: readonly T[],
  call: (input: T) => unknown,
  budgetMs = 20_000,
): Promise<Stats> {
  for (const input of inputs.slice(0, 3)) await call(input);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  const started = performance.now();
  for (const input of inputs) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    await call(input);
    times.push(performance.now() - t0);
    const cpu = process.cpuUsage(cpu0);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
    if (performance.now() - started > budgetMs) break;
  }
  return { ...summarise(times, cpuTimes), cut: times.length < inputs.length };
}

export const ms = (value: number): string =>
  Number.isNaN(value) ? '—' : value < 1 ? value.toFixed(3) : value < 100 ? value.toFixed(2) : value.toFixed(0);

export const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

/**
 * How many times slower `baseline` is than `ours` at p95; "≥ ×N" when the baseline's figure is a
 * floor (it stopped at its time budget, or at a cap before it had an answer), so never overstated.
 */
export const ratio = (baseline: number, ours: number, isFloor: boolean, digits = 1): string =>
  Number.isNaN(baseline / ours) ? '—' : `${isFloor ? '≥ ' : ''}×${(baseline / ours).toFixed(digits)}`;

/** Two timings of the same inputs, on the first inputs both timed (a baseline may stop at its budget). */
export interface PairedFigures {
  readonly n: number;
  readonly baselineP95: number;
  readonly oursP95: number;
  /** Of the per-input ratios baseline ÷ ours. */
  readonly medianRatio: number;
  readonly lowestRatio: number;
}

export function paired(baseline: readonly number[], ours: readonly number[]): PairedFigures {
  const n = Math.min(baseline.length, ours.length);
  const ratios = Array.from({ length: n }, (_, i) => (baseline[i] ?? NaN) / (ours[i] ?? NaN)).sort((a, b) => a - b);
  return {
    n,
    baselineP95: summarise(baseline.slice(0, n)).p95,
    oursP95: summarise(ours.slice(0, n)).p95,
    medianRatio: percentile(ratios, 0.5),
    lowestRatio: ratios[0] ?? NaN,
  };
}

/** A full collection when Node runs with --expose-gc (bench:scale does); nothing otherwise. */
export const gc = (): void => (globalThis as { gc?: () => void }).gc?.();
