// `npm run serve`: browser mode. The same service and UI as the app, on 127.0.0.1 with a per-run token.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../shared/contract';
import { openService } from '../service/openService';
import { startHttpBridge } from './httpBridge';
import { parseServeArgs, UsageError } from './serveOptions';

const appRoot = fileURLToPath(new URL('..', import.meta.url));

async function main(): Promise<void> {
  const options = parseServeArgs(process.argv.slice(2), { appRoot });
  const service = openService({ datasetPath: options.datasetPath, userDataDir: options.dataDir });
  const token = randomBytes(24).toString('base64url');
  const bridge = await startHttpBridge(
    { dispatch: service.dispatch, token, staticDir: options.staticDir },
    options.port,
  );
  const url = `${bridge.origin}/#token=${token}`;
  console.log(`IPS Atlas is running at ${url}`);
  console.log(`User data: ${service.userDbPath}`);
  console.log('Press Ctrl+C to stop.');
  if (options.open) openInBrowser(url);
  const stop = (): void => {
    void bridge.close().then(() => {
      service.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function openInBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  spawn(command, [url], { stdio: 'ignore', detached: true }).on('error', () => {
    console.log(`Could not open a browser; open ${url} yourself.`);
  });
}

main().catch((error: unknown) => {
  if (error instanceof UsageError || error instanceof AppError) console.error(`ips-atlas serve: ${error.message}`);
  else if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
    console.error('ips-atlas serve: that port is in use; choose another with --port N (0 picks a free one).');
  } else console.error('ips-atlas serve: could not start:', error);
  process.exit(1);
});
