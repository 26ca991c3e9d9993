// Curation when the user database cannot take a write: a newer app's file shows the additions but is
// never written (STORAGE_NEWER_VERSION), a file without curation tables opened read-only simply has
// none, and a full disk refuses a node with its note whole (STORAGE_FULL), leaving nothing half made.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Envelope, MethodInput, MethodName, MethodResult } from '../../shared/contract';
import { openSqlite } from '../../main/store/nativeBinding';
import { USER_MIGRATIONS } from '../../main/store/userSchema';
import { base64, userDbFile } from '../documents/documentFixtures';
import { buildDatasetFile, dispatchOver, FIXTURE_DATA_DIR } from '../support/testService';
import { NOTE_TEXT, openCurationBench } from './curationFixtures';

const datasetPath = buildDatasetFile(FIXTURE_DATA_DIR);

function serviceOver(path: string, maxPageCount?: number) {
  const { dispatch, close } = dispatchOver(datasetPath, path, maxPageCount);
  return {
    call: async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<Envelope<MethodResult<M>>> =>
      (await dispatch(method, input)) as Envelope<MethodResult<M>>,
    close,
  };
}

const codeOf = (envelope: Envelope<unknown>): string => (envelope.ok ? 'ok' : envelope.error.code);

describe('curation and the state of the user database', () => {
  it('shows a newer app’s additions and notes, and refuses every change with STORAGE_NEWER_VERSION', async () => {
    const b = await openCurationBench();
    const node = await b.w.call('curation.createNode', {
      kind: 'international-body',
      label: { nl: 'J-CAT' },
      citation: b.passage('Joint Cybercrime Action Taskforce (J-CAT)'),
      note: 'Eigen notitie.',
    });
    b.w.service.close();
    const path = userDbFile(b.w);
    const db = openSqlite(path);
    db.pragma('user_version = 99');
    db.close();
    const before = readFileSync(path);
    const s = serviceOver(path);
    try {
      const listed = await s.call('curation.list', {});
      expect(listed.ok && listed.value.nodes.map((n) => n.id)).toEqual([node.id]);
      const got = await s.call('node.get', { id: node.id });
      expect(got.ok && got.value.userNote?.text).toBe('Eigen notitie.');
      const attempts = [
        await s.call('curation.createNode', {
          kind: 'international-body',
          label: { nl: 'X' },
          citation: b.passage('Europol'),
        }),
        await s.call('curation.updateNode', { id: node.id, status: 'planned' }),
        await s.call('curation.delete', { id: node.id }),
        await s.call('note.set', { targetId: 'europol', text: 'Nieuw.' }),
      ];
      expect(attempts.map(codeOf)).toEqual(Array(4).fill('STORAGE_NEWER_VERSION'));
    } finally {
      s.close();
    }
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('reads a file from before curation, opened read-only, as having no additions', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'atlas-curation-')), 'user.sqlite');
    const db = openSqlite(path);
    for (const step of USER_MIGRATIONS.slice(0, 3)) db.exec(step);
    db.pragma('user_version = 99');
    db.close();
    const s = serviceOver(path);
    try {
      const listed = await s.call('curation.list', {});
      expect(listed).toEqual({ ok: true, value: { nodes: [], edges: [], notes: [], detached: [] } });
      const europol = await s.call('node.get', { id: 'europol' });
      expect(europol.ok && europol.value.userNote).toBeUndefined();
      expect(codeOf(await s.call('note.set', { targetId: 'europol', text: 'x' }))).toBe('STORAGE_NEWER_VERSION');
    } finally {
      s.close();
    }
  });

  it('refuses a node and its note whole on a full disk (STORAGE_FULL), keeping what was made before', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'atlas-curation-')), 'user.sqlite');
    // SQLITE_FULL injected with max_page_count: the file may not grow past 60 pages of 4 KiB.
    const s = serviceOver(path, 60);
    try {
      const imported = await s.call('document.import', { fileName: 'notitie.txt', data: base64(NOTE_TEXT) });
      if (!imported.ok) throw new Error(imported.error.message);
      const documentId = imported.value.document.id;
      const made: string[] = [];
      let refused = 'ok';
      for (let i = 0; i < 200 && refused === 'ok'; i += 1) {
        const attempt = await s.call('curation.createNode', {
          kind: 'international-body',
          label: { nl: `Taskforce ${String(i)}` },
          description: 'Beschrijving. '.repeat(140),
          citation: { documentId, start: 0, end: 20 },
          note: 'Notitie. '.repeat(220),
        });
        if (attempt.ok) made.push(attempt.value.id);
        refused = codeOf(attempt);
      }
      expect(refused).toBe('STORAGE_FULL');
      expect(made.length).toBeGreaterThan(0);
      const listed = await s.call('curation.list', {});
      if (!listed.ok) throw new Error(listed.error.message);
      expect(listed.value.nodes.map((n) => n.id).sort()).toEqual([...made].sort());
      expect(listed.value.notes.map((n) => n.targetId).sort()).toEqual([...made].sort());
    } finally {
      s.close();
    }
    const db = openSqlite(path, { readonly: true });
    try {
      // No note was left behind by the refused node.
      expect(db.prepare('SELECT count(*) FROM user_note').pluck().get()).toBe(
        db.prepare('SELECT count(*) FROM user_node').pluck().get(),
      );
    } finally {
      db.close();
    }
  });
});
