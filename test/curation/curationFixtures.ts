// Builders for curation tests: a workbench over the mini dataset with one imported note whose
// passages the tests cite by the words they hold, never by offsets typed by hand.
import { afterEach } from 'vitest';
import type { Passage } from '../../shared/contract';
import { base64, openWorkbench, type Workbench } from '../documents/documentFixtures';

export const NOTE_TEXT = [
  'Notitie over cybercrime.',
  'Het Joint Cybercrime Action Taskforce (J-CAT) is ondergebracht bij Europol in Den Haag.',
  'Curaçao werkt met het J-CAT samen bij onderzoeken naar cybercrime.',
].join('\n');

export interface CurationBench {
  readonly w: Workbench;
  readonly documentId: string;
  readonly text: string;
  /** The passage holding `words` (its first occurrence at or after `from`). */
  passage(words: string, from?: number): Passage;
}

export async function openCurationBench(w: Workbench = openWorkbench()): Promise<CurationBench> {
  const { document } = await w.call('document.import', { fileName: 'notitie.txt', data: base64(NOTE_TEXT) });
  const { text } = await w.call('document.get', { id: document.id });
  return {
    w,
    documentId: document.id,
    text,
    passage(words, from = 0) {
      const start = text.indexOf(words, from);
      if (start < 0) throw new Error(`"${words}" is not in the test document`);
      return { documentId: document.id, start, end: start + words.length };
    },
  };
}

/**
 * One workbench open per test, closed after it whether the test passed or not. Call at the top of a
 * suite: `bench()` opens a curation bench; `keep(w)` hands over a restart's workbench (the restart
 * closed the one before); `closeNow()` closes it early, for a test that reads the files it left.
 */
export function benchPerTest() {
  let open: Workbench | null = null;
  afterEach(() => {
    open?.service.close();
    open = null;
  });
  return {
    bench: async (): Promise<CurationBench> => {
      const b = await openCurationBench();
      open = b.w;
      return b;
    },
    keep: (w: Workbench): Workbench => (open = w),
    closeNow: (): void => {
      open?.service.close();
      open = null;
    },
  };
}

/** The J-CAT node's two relations the note states: part of Europol, and Curaçao cooperating with it. */
export async function relateJcat(b: CurationBench, jcatId: string, curacaoWords = 'Curaçao werkt met het J-CAT samen') {
  const toEuropol = await b.w.call('curation.createRelation', {
    kind: 'part-of',
    source: jcatId,
    target: 'europol',
    citation: b.passage('ondergebracht bij Europol'),
  });
  const withCuracao = await b.w.call('curation.createRelation', {
    kind: 'cooperates-with',
    source: 'curacao',
    target: jcatId,
    citation: b.passage(curacaoWords),
  });
  return { toEuropol, withCuracao };
}
