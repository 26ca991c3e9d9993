// One contract spec, run against every transport: the same calls must give the same answers
// whether they travel directly, over the HTTP bridge or through the IPC handlers.
import { describe, expect, it } from 'vitest';
import { METHOD_NAMES, type Envelope, type MethodResult } from '../../shared/contract';
import { IPC_PREFIX } from '../../main/electron/ipcWiring';
import { openTestService } from '../support/testService';
import {
  directTransport,
  httpTransport,
  ipcTransport,
  RecordingIpcMain,
  type Call,
  type Transport,
} from './transports';
import { registerIpcHandlers } from '../../main/electron/ipcWiring';
import { analysisContractCases } from './analysisCases';
import { explorerContractCases } from './explorerCases';
import { exportContractCases } from './exportCases';
import { statusContractCases } from './statusCases';

const transports = { direct: directTransport, http: httpTransport, ipc: ipcTransport } as const;

function value<T>(envelope: Envelope<unknown>): T {
  if (!envelope.ok) throw new Error(`expected ok, got ${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as T;
}

function errorOf(envelope: Envelope<unknown>): { code: string; field?: string; message: string } {
  if (envelope.ok) throw new Error('expected an error envelope');
  return envelope.error;
}

for (const [name, open] of Object.entries(transports)) {
  describe(`contract over ${name}`, () => {
    const withTransport = async (work: (call: Call) => Promise<void>): Promise<void> => {
      const service = openTestService();
      const transport: Transport = await open(service.dispatch);
      try {
        await work(transport.call);
      } finally {
        await transport.close();
        service.close();
      }
    };

    analysisContractCases(withTransport);
    explorerContractCases(withTransport);
    exportContractCases(withTransport);
    statusContractCases(withTransport);

    it('graph.info reports the dataset version, counts and sources', () =>
      withTransport(async (call) => {
        const info = value<MethodResult<'graph.info'>>(await call('graph.info', {}));
        expect(info.datasetVersion).toMatch(/^[0-9a-f]{16}$/);
        expect(info.nodeCount).toBe(11);
        expect(info.edgeCount).toBe(9);
        expect(info.sources[0]?.id).toBe('kamerbrief-visie-ips');
      }));

    it('search.suggest finds by prefix, ignoring case and diacritics', () =>
      withTransport(async (call) => {
        const first = async (text: string) =>
          value<MethodResult<'search.suggest'>>(await call('search.suggest', { text }))[0]?.node.id;
        expect(await first('europ')).toBe('europol');
        expect(await first('prum')).toBe('prum-decisions');
        expect(await first('CURACAO')).toBe('curacao');
        expect(await first('munster')).toBe('dhpol');
        expect(await first('verdrag enschede')).toBe('treaty-of-enschede');
        expect(value<unknown[]>(await call('search.suggest', { text: 'zzzqqq' }))).toEqual([]);
      }));

    it('search.suggest is safe against FTS syntax in user text', () =>
      withTransport(async (call) => {
        for (const text of ['"', 'NEAR(', 'europol OR', '*', 'a AND NOT b', "'; DROP TABLE node; --"]) {
          expect((await call('search.suggest', { text })).ok).toBe(true);
        }
      }));

    it('node.get returns labels, kind, dates and citations located in the source', () =>
      withTransport(async (call) => {
        const node = value<MethodResult<'node.get'>>(await call('node.get', { id: 'treaty-of-enschede' }));
        expect(node.label).toEqual({ nl: 'Verdrag van Enschede', en: 'Treaty of Enschede' });
        expect(node.kind).toBe('treaty');
        expect(node.dates).toEqual({ signed: '2005' });
        expect(node.degree).toBe(2);
        const source = value<MethodResult<'source.get'>>(await call('source.get', { id: 'kamerbrief-visie-ips' }));
        const citation = node.citations[0];
        expect(citation && source.text.slice(citation.start, citation.end).replace(/\s+/g, ' ')).toBe(citation?.quote);
      }));

    it('node.neighbours with the nodes already shown also brings the relations joining them', () =>
      withTransport(async (call) => {
        const hood = value<MethodResult<'node.neighbours'>>(
          await call('node.neighbours', { id: 'netherlands', among: ['germany', 'curacao'] }),
        );
        expect(hood.joining?.map((e) => e.id).sort()).toEqual([
          'curacao-member-of-rst',
          'germany-cooperates-with-europol',
          'germany-party-to-treaty-of-enschede',
        ]);
        const plain = value<MethodResult<'node.neighbours'>>(await call('node.neighbours', { id: 'netherlands' }));
        expect(plain.joining).toBeUndefined();
        // Nothing shown yet: only relations among the neighbours themselves (Germany's have none).
        const alone = value<MethodResult<'node.neighbours'>>(
          await call('node.neighbours', { id: 'germany', among: [] }),
        );
        expect(alone.joining?.map((e) => e.id)).toEqual([]);
      }));

    it('node.neighbours returns the node, its neighbours and relations, paged', () =>
      withTransport(async (call) => {
        const all = value<MethodResult<'node.neighbours'>>(await call('node.neighbours', { id: 'netherlands' }));
        expect(all.total).toBe(4);
        expect(all.nextCursor).toBeNull();
        expect(all.nodes.map((n) => n.id).sort()).toEqual(['europol', 'prum-decisions', 'rst', 'treaty-of-enschede']);
        const page1 = value<MethodResult<'node.neighbours'>>(
          await call('node.neighbours', { id: 'netherlands', limit: 3 }),
        );
        expect(page1.edges).toHaveLength(3);
        expect(page1.nextCursor).not.toBeNull();
        const page2 = value<MethodResult<'node.neighbours'>>(
          await call('node.neighbours', { id: 'netherlands', limit: 3, cursor: page1.nextCursor }),
        );
        expect(page2.edges).toHaveLength(1);
        expect(new Set([...page1.edges, ...page2.edges].map((e) => e.id)).size).toBe(4);
        const onlyMembership = value<MethodResult<'node.neighbours'>>(
          await call('node.neighbours', { id: 'netherlands', relationKinds: ['member-of'] }),
        );
        expect(onlyMembership.edges.map((e) => e.id)).toEqual(['netherlands-member-of-rst']);
      }));

    it('graph.elements pages through every node and edge exactly once, each node with its overview place', () =>
      withTransport(async (call) => {
        const nodes = new Set<string>();
        const edges = new Set<string>();
        let cursor: string | null | undefined;
        do {
          const page: MethodResult<'graph.elements'> = value(
            await call('graph.elements', { limit: 4, ...(cursor ? { cursor } : {}) }),
          );
          expect(Object.keys(page.overview).sort()).toEqual(page.nodes.map((n) => n.id).sort());
          for (const p of Object.values(page.overview)) expect([p.x, p.y].every(Number.isFinite)).toBe(true);
          for (const n of page.nodes) nodes.add(n.id);
          for (const e of page.edges) {
            expect(nodes.has(e.source) && nodes.has(e.target)).toBe(true);
            edges.add(e.id);
          }
          cursor = page.nextCursor;
        } while (cursor !== null);
        expect([nodes.size, edges.size]).toEqual([11, 9]);
      }));

    it('edge.get returns the relation with status, dates and citation', () =>
      withTransport(async (call) => {
        const edge = value<MethodResult<'edge.get'>>(
          await call('edge.get', { id: 'germany-party-to-treaty-of-enschede' }),
        );
        expect(edge).toMatchObject({
          kind: 'party-to',
          source: 'germany',
          target: 'treaty-of-enschede',
          status: 'in-force',
        });
        expect(edge.citations[0]?.quote).toContain('Verdrag van Enschede');
      }));

    it('source.get returns the raw letter with mentions that point at the names', () =>
      withTransport(async (call) => {
        const source = value<MethodResult<'source.get'>>(await call('source.get', { id: 'kamerbrief-visie-ips' }));
        const europol = source.mentions.filter((m) => m.nodeId === 'europol');
        expect(europol.length).toBeGreaterThan(5);
        for (const m of europol) expect(source.text.slice(m.start, m.end)).toBe('Europol');
      }));

    it('prefs and saved views persist through the user database', () =>
      withTransport(async (call) => {
        expect(value(await call('prefs.get', {}))).toEqual({ language: 'nl' });
        expect(value(await call('prefs.set', { language: 'en' }))).toEqual({ language: 'en' });
        await call('view.save', { name: 'Grens', state: { nodes: ['germany'] } });
        expect(value<{ name: string }[]>(await call('view.list', {})).map((v) => v.name)).toEqual(['Grens']);
        expect(value<{ state: unknown }>(await call('view.get', { name: 'Grens' })).state).toEqual({
          nodes: ['germany'],
        });
        expect(value(await call('view.delete', { name: 'Grens' }))).toEqual({ deleted: true });
      }));

    it('malformed input gets INVALID_INPUT naming the field, and writes nothing', () =>
      withTransport(async (call) => {
        expect(errorOf(await call('node.get', { id: 42 }))).toMatchObject({ code: 'INVALID_INPUT', field: 'id' });
        expect(errorOf(await call('node.get', {}))).toMatchObject({ code: 'INVALID_INPUT', field: 'id' });
        expect(errorOf(await call('node.get', { id: 'Not An Id' }))).toMatchObject({
          code: 'INVALID_INPUT',
          field: 'id',
        });
        expect(errorOf(await call('search.suggest', { text: 'x', limit: 1000 }))).toMatchObject({ field: 'limit' });
        expect(errorOf(await call('node.get', { id: 'europol', extra: 1 }))).toMatchObject({ field: 'extra' });
        expect(errorOf(await call('node.neighbours', { id: 'europol', relationKinds: ['likes'] }))).toMatchObject({
          field: 'relationKinds.0',
        });
        expect(errorOf(await call('view.save', { name: '', state: {} }))).toMatchObject({
          code: 'INVALID_INPUT',
          field: 'name',
        });
        expect(errorOf(await call('prefs.set', { language: 'fr' }))).toMatchObject({ field: 'language' });
        expect(value(await call('view.list', {}))).toEqual([]);
        expect(value(await call('prefs.get', {}))).toEqual({ language: 'nl' });
      }));

    it('an unknown method or id gets NOT_FOUND; no error carries SQL or a stack', () =>
      withTransport(async (call) => {
        expect(errorOf(await call('node.delete', { id: 'europol' })).code).toBe('NOT_FOUND');
        const missing = errorOf(await call('node.get', { id: 'atlantis' }));
        expect(missing.code).toBe('NOT_FOUND');
        expect(missing.message).toContain('atlantis');
        expect(missing.message).not.toMatch(/SELECT|sqlite|\n\s+at /i);
        expect(errorOf(await call('view.get', { name: 'nope' })).code).toBe('NOT_FOUND');
      }));
  });
}

describe('IPC wiring', () => {
  it('registers exactly one handler per contract method', () => {
    const service = openTestService();
    const ipc = new RecordingIpcMain();
    registerIpcHandlers(ipc, service.dispatch, () => true);
    expect([...ipc.handlers.keys()].sort()).toEqual(METHOD_NAMES.map((m) => IPC_PREFIX + m).sort());
    service.close();
  });

  it('refuses a call from a frame that is not the app’s renderer, and writes nothing', async () => {
    const service = openTestService();
    const ipc = new RecordingIpcMain();
    registerIpcHandlers(ipc, service.dispatch, (url) => url === 'file:///app/index.html');
    const foreign = await ipc.invoke(`${IPC_PREFIX}view.save`, 'https://evil.example/', { name: 'x', state: {} });
    expect(errorOf(foreign).code).toBe('FORBIDDEN');
    expect(errorOf(await ipc.invoke(`${IPC_PREFIX}view.save`, null, { name: 'x', state: {} })).code).toBe('FORBIDDEN');
    expect(value(await ipc.invoke(`${IPC_PREFIX}view.list`, 'file:///app/index.html', {}))).toEqual([]);
    service.close();
  });
});
