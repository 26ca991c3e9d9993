// Parses `npm run serve` arguments. Pure, so every flag and every mistake is unit-tested.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export interface ServeOptions {
  readonly port: number;
  readonly open: boolean;
  readonly dataDir: string;
  readonly datasetPath: string;
  readonly staticDir: string;
}

export const DEFAULT_PORT = 5183;

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function parseServeArgs(argv: readonly string[], defaults: { appRoot: string }): ServeOptions {
  let port = DEFAULT_PORT;
  let open = false;
  let dataDir = join(homedir(), '.ips-atlas');
  let datasetPath = join(defaults.appRoot, 'data/atlas.sqlite');
  const staticDir = join(defaults.appRoot, 'renderer');
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = (argv[i] ?? '').split('=', 2) as [string, string | undefined];
    const value = (): string => {
      const v = inline ?? argv[(i += 1)];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value.`);
      return v;
    };
    switch (flag) {
      case '--port': {
        const raw = value();
        port = Number(raw);
        if (!Number.isInteger(port) || port < 0 || port > 65535) {
          throw new UsageError(`--port must be a whole number from 0 to 65535, not "${raw}".`);
        }
        break;
      }
      case '--open':
        open = true;
        break;
      case '--data-dir':
        dataDir = resolve(value());
        break;
      case '--dataset':
        datasetPath = resolve(value());
        break;
      default:
        throw new UsageError(`Unknown option "${flag}". Options: --port N, --open, --data-dir DIR, --dataset FILE.`);
    }
  }
  return { port, open, dataDir, datasetPath, staticDir };
}
