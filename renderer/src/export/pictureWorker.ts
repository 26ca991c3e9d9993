// Puts a PNG picture together off the main thread: the main thread sends the picture's parts as
// bitmaps (the drawing in tiles, the marking band, the legend and caption) as it draws them; this
// worker lays them onto one canvas and encodes it. Encoding a 4× picture takes seconds of CPU,
// which on the main thread would freeze the window.
import type { ComposerMessage, ComposerReply } from './pictureComposer';

let canvas: OffscreenCanvas | null = null;
let context: OffscreenCanvasRenderingContext2D | null = null;

const reply = (message: ComposerReply, transfer: Transferable[] = []): void => {
  self.postMessage(message, { transfer });
};

async function encode(): Promise<void> {
  if (canvas === null) throw new Error('no picture was started');
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  const png = new Uint8Array(await blob.arrayBuffer());
  reply({ type: 'done', png }, [png.buffer]);
}

self.onmessage = (event: MessageEvent<ComposerMessage>) => {
  const message = event.data;
  try {
    if (message.type === 'start') {
      canvas = new OffscreenCanvas(message.width, message.height);
      context = canvas.getContext('2d');
      if (context === null) throw new Error('no 2D context in the worker');
      if (message.background !== null) {
        context.fillStyle = message.background;
        context.fillRect(0, 0, message.width, message.height);
      }
      reply({ type: 'ready' });
    } else if (message.type === 'part') {
      context?.drawImage(message.bitmap, message.x, message.y);
      message.bitmap.close();
    } else {
      encode().catch(() => reply({ type: 'failed' }));
    }
  } catch {
    reply({ type: 'failed' });
  }
};
