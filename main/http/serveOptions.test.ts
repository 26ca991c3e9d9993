import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, parseServeArgs, UsageError } from './serveOptions';

const defaults = { appRoot: '/app/out' };

describe('parseServeArgs', () => {
  it('defaults to the fixed port, no browser, data under the home folder', () => {
    const options = parseServeArgs([], defaults);
    expect(options.port).toBe(DEFAULT_PORT);
    expect(options.open).toBe(false);
    expect(options.dataDir).toMatch(/\.ips-atlas$/);
    expect(options.datasetPath).toBe('/app/out/data/atlas.sqlite');
  });

  it('reads --port, --open and --data-dir in both spellings', () => {
    expect(parseServeArgs(['--port', '0', '--open', '--data-dir=/tmp/x'], defaults)).toMatchObject({
      port: 0,
      open: true,
      dataDir: '/tmp/x',
    });
    expect(parseServeArgs(['--port=6000'], defaults).port).toBe(6000);
  });

  it('names the mistake in a bad flag or value', () => {
    expect(() => parseServeArgs(['--port', 'abc'], defaults)).toThrow(UsageError);
    expect(() => parseServeArgs(['--port', '70000'], defaults)).toThrow(/0 to 65535/);
    expect(() => parseServeArgs(['--data-dir'], defaults)).toThrow(/--data-dir needs a value/);
    expect(() => parseServeArgs(['--verbose'], defaults)).toThrow(/Unknown option "--verbose"/);
  });
});
