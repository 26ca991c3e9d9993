// Where each running import is, by the key its caller chose, so the renderer can poll a progress
// bar while document.import runs. An entry is forgotten a minute after its import ends.
import type { ImportProgress } from '../../../shared/contract';

const KEEP_AFTER_END_MS = 60_000;

export class ImportProgressBoard {
  private readonly entries = new Map<string, ImportProgress>();

  report(key: string | undefined, progress: ImportProgress): void {
    if (key !== undefined) this.entries.set(key, progress);
  }

  /** The import ended (stored or refused): keep its last state a while for a late poll, then forget it. */
  end(key: string | undefined): void {
    if (key === undefined) return;
    this.entries.set(key, { phase: 'done', done: 1, total: 1 });
    setTimeout(() => this.entries.delete(key), KEEP_AFTER_END_MS).unref();
  }

  get(key: string): ImportProgress | null {
    return this.entries.get(key) ?? null;
  }
}
