// The user's curation in the user database: nodes and relations made from a passage of one of their
// documents, and notes on any node or relation. All curation SQL lives here. Writes go through the
// user store's `write` (typed STORAGE_* refusals) and each runs in one transaction. Deleting keeps
// the rows (deleted_at) with the id the user deleted (deleted_with), so a restore is exact.
import type { CurationDeleted, DateMap, UserNodeRecord, UserNote, UserRelationRecord } from '../../shared/contract';
import type { RelationKind, Status } from '../../shared/ontology';
import {
  INSERT_NODE,
  INSERT_RELATION,
  nodeValues,
  noteValues,
  relationValues,
  toNode,
  toRelation,
  UPSERT_NOTE,
  type NodeRow,
  type RelationRow,
  type Stored,
} from './curationRows';
import type { SqliteDatabase, SqliteStatement } from './nativeBinding';

export type { Stored } from './curationRows';

type Write = <T>(work: () => T) => T;

export interface NodePatch {
  readonly label?: { readonly nl: string; readonly en: string | null } | undefined;
  readonly status?: Status | null | undefined;
  readonly dates?: DateMap | undefined;
  readonly description?: string | undefined;
  readonly aliases?: readonly string[] | undefined;
}

export interface RelationPatch {
  readonly kind?: RelationKind | undefined;
  readonly status?: Status | undefined;
  readonly dates?: DateMap | undefined;
}

export class CurationStore {
  private tablesChecked = false;
  /** Prepared once per SQL text: the overlay reads these tables on every graph read. */
  private readonly statements = new Map<string, SqliteStatement>();

  constructor(
    private readonly db: SqliteDatabase,
    private readonly write: Write,
  ) {}

  // ---- reads ----

  /**
   * Changes whenever anything may have written these tables: a write on this connection (any store's,
   * the exchange's included) or a commit by another connection. Readers cache on it.
   */
  revision(): string {
    const changes = this.sql('SELECT total_changes()').pluck().get() as number;
    const version = this.db.pragma('data_version', { simple: true }) as number;
    return `${String(changes)}:${String(version)}`;
  }

  node(id: string): Stored<UserNodeRecord> | null {
    if (!this.ready()) return null;
    const row = this.sql('SELECT * FROM user_node WHERE id = ?').get(id) as NodeRow | undefined;
    return row === undefined ? null : toNode(row);
  }

  relation(id: string): Stored<UserRelationRecord> | null {
    if (!this.ready()) return null;
    const row = this.sql('SELECT * FROM user_relation WHERE id = ?').get(id) as RelationRow | undefined;
    return row === undefined ? null : toRelation(row);
  }

  /** Every node not deleted, oldest first. */
  liveNodes(): UserNodeRecord[] {
    if (!this.ready()) return [];
    const rows = this.sql(
      'SELECT * FROM user_node WHERE deleted_at IS NULL ORDER BY created_at, id',
    ).all() as NodeRow[];
    return rows.map(toNode);
  }

  /** Every relation not deleted, oldest first. */
  liveRelations(): UserRelationRecord[] {
    if (!this.ready()) return [];
    const rows = this.sql(
      'SELECT * FROM user_relation WHERE deleted_at IS NULL ORDER BY created_at, id',
    ).all() as RelationRow[];
    return rows.map(toRelation);
  }

  /** Live nodes and relations citing a document: document.delete refuses while there are any. */
  citing(documentId: string): { nodes: number; relations: number } {
    if (!this.ready()) return { nodes: 0, relations: 0 };
    const count = (table: string): number =>
      this.sql(`SELECT count(*) FROM ${table} WHERE document_id = ? AND deleted_at IS NULL`)
        .pluck()
        .get(documentId) as number;
    return { nodes: count('user_node'), relations: count('user_relation') };
  }

  note(targetId: string): UserNote | null {
    if (!this.ready()) return null;
    const row = this.sql(
      'SELECT target_id AS targetId, text, updated_at AS updatedAt FROM user_note WHERE target_id = ?',
    ).get(targetId) as UserNote | undefined;
    return row ?? null;
  }

  notes(): UserNote[] {
    if (!this.ready()) return [];
    return this.sql(
      'SELECT target_id AS targetId, text, updated_at AS updatedAt FROM user_note ORDER BY target_id',
    ).all() as UserNote[];
  }

  // ---- writes ----

  /** Stores a node and, when given, the user's note on it, in one transaction. */
  insertNode(node: UserNodeRecord, note: UserNote | null = null): void {
    this.write(() =>
      this.db.transaction(() => {
        this.sql(INSERT_NODE).run(...nodeValues(node));
        if (note !== null) this.putNote(note);
      })(),
    );
  }

  /** Stores a relation and, when given, the user's note on it, in one transaction. */
  insertRelation(relation: UserRelationRecord, note: UserNote | null = null): void {
    this.write(() =>
      this.db.transaction(() => {
        this.sql(INSERT_RELATION).run(...relationValues(relation));
        if (note !== null) this.putNote(note);
      })(),
    );
  }

  /** Changes a live node's given fields; false when no live node has this id. */
  updateNode(id: string, patch: NodePatch, updatedAt: string): boolean {
    const values = {
      label_nl: patch.label?.nl,
      label_en: patch.label === undefined ? undefined : patch.label.en,
      status: patch.status,
      dates: patch.dates === undefined ? undefined : JSON.stringify(patch.dates),
      description: patch.description,
      aliases: patch.aliases === undefined ? undefined : JSON.stringify(patch.aliases),
    };
    return this.patch('user_node', values, updatedAt, id);
  }

  /** Changes a live relation's given fields; false when no live relation has this id. */
  updateRelation(id: string, patch: RelationPatch, updatedAt: string): boolean {
    const values = {
      kind: patch.kind,
      status: patch.status,
      dates: patch.dates === undefined ? undefined : JSON.stringify(patch.dates),
    };
    return this.patch('user_relation', values, updatedAt, id);
  }

  /**
   * Deletes a live node with its live relations, or one live relation: the rows stay, marked with the
   * time and with `id`, which restore reads back. Null when nothing live has this id.
   */
  delete(id: string, deletedAt: string): CurationDeleted | null {
    return this.write(() =>
      this.db.transaction((): CurationDeleted | null => {
        const node = this.sql(
          'UPDATE user_node SET deleted_at = ?, deleted_with = ? WHERE id = ? AND deleted_at IS NULL',
        ).run(deletedAt, id, id);
        const relations = this.sql(
          `UPDATE user_relation SET deleted_at = @at, deleted_with = @id
             WHERE deleted_at IS NULL AND (id = @id OR (@node AND (source = @id OR target = @id)))`,
        ).run({ at: deletedAt, id, node: node.changes > 0 ? 1 : 0 });
        if (node.changes === 0 && relations.changes === 0) return null;
        return this.deletedWith(id);
      })(),
    );
  }

  /**
   * Brings back exactly what deleting `id` took; null when nothing was deleted with it. A relation
   * taken with a node whose other end (a user node) was deleted since stays deleted, now with that
   * end: restoring the end brings it back, so it is never live beside a deleted node.
   */
  restore(id: string): CurationDeleted | null {
    return this.write(() =>
      this.db.transaction((): CurationDeleted | null => {
        const taken = this.deletedWith(id);
        if (taken.nodeIds.length === 0 && taken.edgeIds.length === 0) return null;
        this.sql('UPDATE user_node SET deleted_at = NULL, deleted_with = NULL WHERE deleted_with = ?').run(id);
        this.sql(
          `WITH dead(id) AS (SELECT id FROM user_node WHERE deleted_at IS NOT NULL)
           UPDATE user_relation SET deleted_with = CASE WHEN source IN dead THEN source ELSE target END
           WHERE deleted_with = @id AND (source IN dead OR target IN dead)`,
        ).run({ id });
        this.sql('UPDATE user_relation SET deleted_at = NULL, deleted_with = NULL WHERE deleted_with = ?').run(id);
        const kept = new Set(
          this.sql(
            'SELECT id FROM user_relation WHERE deleted_at IS NOT NULL AND id IN (SELECT value FROM json_each(?))',
          )
            .pluck()
            .all(JSON.stringify(taken.edgeIds)) as string[],
        );
        return { nodeIds: taken.nodeIds, edgeIds: taken.edgeIds.filter((e) => !kept.has(e)) };
      })(),
    );
  }

  /** Sets, replaces or (with null) removes the note on one element. */
  setNote(targetId: string, note: UserNote | null): void {
    this.write(() => {
      if (note === null) this.sql('DELETE FROM user_note WHERE target_id = ?').run(targetId);
      else this.putNote(note);
    });
  }

  /** Forgets deleted additions citing a document that is going away: they could never be restored whole. */
  forgetDeletedCiting(documentId: string): void {
    if (!this.ready()) return;
    this.write(() =>
      this.db.transaction(() => {
        for (const table of ['user_node', 'user_relation'])
          this.sql(`DELETE FROM ${table} WHERE document_id = ? AND deleted_at IS NOT NULL`).run(documentId);
      })(),
    );
  }

  /** Sets the given (defined) columns of a live row and its update time; false when no live row has this id. */
  private patch(table: 'user_node' | 'user_relation', values: Record<string, unknown>, updatedAt: string, id: string) {
    const set = Object.keys(values).filter((c) => values[c] !== undefined);
    return this.write(
      () =>
        this.sql(
          `UPDATE ${table} SET ${[...set.map((c) => `${c} = ?`), 'updated_at = ?'].join(', ')}
             WHERE id = ? AND deleted_at IS NULL`,
        ).run(...set.map((c) => values[c]), updatedAt, id).changes > 0,
    );
  }

  private deletedWith(id: string): CurationDeleted {
    const ids = (table: string): string[] =>
      this.sql(`SELECT id FROM ${table} WHERE deleted_with = ? AND deleted_at IS NOT NULL ORDER BY id`)
        .pluck()
        .all(id) as string[];
    return { nodeIds: ids('user_node'), edgeIds: ids('user_relation') };
  }

  private putNote(note: UserNote): void {
    this.sql(UPSERT_NOTE).run(...noteValues(note));
  }

  private sql(text: string): SqliteStatement {
    let statement = this.statements.get(text);
    if (statement === undefined) {
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  }

  /** A file opened read-only from before curation has no curation tables: it then has no additions. */
  private ready(): boolean {
    if (!this.tablesChecked) {
      this.tablesChecked =
        this.sql("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'user_node'").get() !== undefined;
    }
    return this.tablesChecked;
  }
}
