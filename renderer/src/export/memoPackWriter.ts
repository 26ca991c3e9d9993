// Writes the memo pack's files from the briefing's content and the other parts: the same in the
// worker and, where no worker starts, on the main thread.
import type { Briefing } from './formats/briefing';
import { briefingDocx } from './formats/briefingDocx';
import { briefingMarkdown } from './formats/briefingMarkdown';
import { memoPackZip, type MemoPackParts } from './formats/memoPack';

export interface MemoPackInput {
  readonly briefing: Briefing;
  readonly parts: Omit<MemoPackParts, 'briefingMarkdown' | 'briefingWord'>;
}

export async function writeMemoPack({ briefing, parts }: MemoPackInput): Promise<Uint8Array> {
  return memoPackZip({
    ...parts,
    briefingMarkdown: briefingMarkdown(briefing),
    briefingWord: await briefingDocx(briefing),
  });
}
