// Contract cases for app.status, registered inside contract.test.ts's per-transport suite so they
// run over direct, HTTP and IPC alike: the user database's state reaches the renderer unchanged.
import { expect, it } from 'vitest';
import type { Envelope, MethodResult } from '../../shared/contract';
import type { Call } from './transports';

type WithTransport = (work: (call: Call) => Promise<void>) => Promise<void>;

function value<T>(envelope: Envelope<unknown>): T {
  if (!envelope.ok) throw new Error(`expected ok, got ${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as T;
}

export function statusContractCases(withTransport: WithTransport): void {
  it('app.status reports a new user database as writable, with nothing to tell', () =>
    withTransport(async (call) => {
      const { storage } = value<MethodResult<'app.status'>>(await call('app.status', {}));
      expect(storage.mode).toBe('writable');
      expect(storage.events).toEqual([]);
      expect(storage.file).toMatch(/ips-atlas-user\.sqlite$/);
      const refused = await call('app.status', { verbose: true });
      expect(refused.ok ? null : refused.error).toMatchObject({ code: 'INVALID_INPUT', field: 'verbose' });
    }));
}
