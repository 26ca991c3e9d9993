// Where a PNG picture's parts are put together and encoded: in a worker (pictureWorker.ts) with an
// OffscreenCanvas, so the window stays responsive; where no worker or OffscreenCanvas can start (an
// older engine, a locked-down page), on a canvas here, which is slower to the eye but gives the
// same picture. Either can be stopped: the worker is ended, the canvas dropped.

export type ComposerMessage =
  | {
      readonly type: 'start';
      readonly width: number;
      readonly height: number;
      readonly background: string | null;
    }
  | { readonly type: 'part'; readonly bitmap: ImageBitmap; readonly x: number; readonly y: number }
  | { readonly type: 'encode' };

export type ComposerReply =
  { readonly type: 'ready' } | { readonly type: 'done'; readonly png: Uint8Array } | { readonly type: 'failed' };

export interface Composer {
  put(bitmap: ImageBitmap, x: number, y: number): void;
  /** The PNG's bytes; null when the engine could not encode a picture this large. */
  encode(): Promise<Uint8Array | null>;
  stop(): void;
}

type Size = { readonly width: number; readonly height: number; readonly background: string | null };

function workerComposer(size: Size): Promise<Composer> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./pictureWorker.ts', import.meta.url), { type: 'module' });
    let finish: ((png: Uint8Array | null) => void) | null = null;
    const composer: Composer = {
      put: (bitmap, x, y) => {
        const message: ComposerMessage = { type: 'part', bitmap, x, y };
        worker.postMessage(message, [bitmap]);
      },
      encode: () =>
        new Promise((done) => {
          finish = done;
          worker.postMessage({ type: 'encode' } satisfies ComposerMessage);
        }),
      stop: () => worker.terminate(),
    };
    worker.onmessage = (event: MessageEvent<ComposerReply>) => {
      const message = event.data;
      if (message.type === 'ready') resolve(composer);
      else if (finish !== null) {
        worker.terminate();
        finish(message.type === 'done' ? message.png : null);
      } else {
        worker.terminate();
        reject(new Error('the picture worker could not start this picture'));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      if (finish !== null) finish(null);
      else reject(new Error('the picture worker did not start'));
    };
    worker.postMessage({ type: 'start', ...size } satisfies ComposerMessage);
  });
}

function canvasComposer(size: Size): Composer {
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (context !== null && size.background !== null) {
    context.fillStyle = size.background;
    context.fillRect(0, 0, size.width, size.height);
  }
  return {
    put: (bitmap, x, y) => {
      context?.drawImage(bitmap, x, y);
      bitmap.close();
    },
    encode: () =>
      new Promise((resolve) => {
        canvas.toBlob((blob) => {
          if (blob === null || blob.size === 0) resolve(null);
          else
            blob.arrayBuffer().then(
              (buffer) => resolve(new Uint8Array(buffer)),
              () => resolve(null),
            );
        }, 'image/png');
      }),
    stop: () => {
      canvas.width = 0;
    },
  };
}

/** A composer for a picture of this size: in a worker where one starts, else on this thread. */
export async function startComposer(size: Size): Promise<Composer> {
  if (typeof Worker !== 'undefined' && typeof OffscreenCanvas !== 'undefined') {
    try {
      return await workerComposer(size);
    } catch {
      // Fall through: the picture is still made, on this thread.
    }
  }
  return canvasComposer(size);
}
