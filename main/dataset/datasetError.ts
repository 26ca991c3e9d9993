// A failed dataset build: every problem found, each naming its file and entry.

export interface DatasetProblem {
  readonly file: string;
  /** The entry's id, or its position when it has none. */
  readonly entry: string;
  readonly message: string;
}

export class DatasetError extends Error {
  override readonly name = 'DatasetError';
  constructor(readonly problems: readonly DatasetProblem[]) {
    super(
      `The dataset has ${String(problems.length)} problem(s):\n` +
        problems.map((p) => `  ${p.file}: ${p.entry}: ${p.message}`).join('\n'),
    );
  }
}
