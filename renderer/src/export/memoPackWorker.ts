// The memo pack written off the main thread: the briefing as Markdown and Word and the zip around
// them and the picture. The Word file and the zip took about two seconds of one synchronous stretch
// for the whole graph, which froze the window.
import type { MemoPackJob } from './memoPackInWorker';
import { writeMemoPack } from './memoPackWriter';

self.onmessage = (event: MessageEvent<MemoPackJob>) => {
  void writeMemoPack(event.data).then((zip) => {
    self.postMessage(zip, { transfer: [zip.buffer] });
  });
};
