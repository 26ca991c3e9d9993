// The usual ways to answer the explorer's graph questions, kept only so the scale benchmark can
// measure the app's queries against them in the same run: a recursive CTE for the ego network, the
// sort-and-count neighbours page, and a whole edge list for an in-memory graph. Not used by the app.
import { openSqlite, type SqliteDatabase } from './nativeBinding';

export class BaselineQueries {
  private readonly db: SqliteDatabase;

  constructor(path: string) {
    this.db = openSqlite(path, { readonly: true, fileMustExist: true });
  }

  close(): void {
    this.db.close();
  }

  /** Every relation as [source nid, target nid], streamed, for loading an in-memory graph. */
  *edgeEnds(): Generator<[number, number]> {
    const rows = this.db.prepare('SELECT source_nid, target_nid FROM edge').raw().iterate() as Iterable<
      [number, number]
    >;
    yield* rows;
  }

  nodeNids(): number[] {
    return this.db.prepare('SELECT nid FROM node ORDER BY nid').pluck().all() as number[];
  }

  nidOf(id: string): number | undefined {
    return this.db.prepare('SELECT nid FROM node WHERE id = ?').pluck().get(id) as number | undefined;
  }

  /** Ego network by recursive CTE, the way SQLite is usually asked: nodes within `depth`, then relations among them. */
  egoByCte(nid: number, depth: number, limit: number): { nodes: number; edges: number } {
    const nodes = this.db
      .prepare(
        `WITH RECURSIVE reach(nid, depth) AS (
           SELECT ?, 0
           UNION
           SELECT CASE WHEN e.source_nid = r.nid THEN e.target_nid ELSE e.source_nid END, r.depth + 1
             FROM reach r JOIN edge e ON e.source_nid = r.nid OR e.target_nid = r.nid WHERE r.depth < ?)
         SELECT DISTINCT nid FROM reach LIMIT ?`,
      )
      .pluck()
      .all(nid, depth, limit) as number[];
    const edges = this.db
      .prepare(
        `WITH s(nid) AS (SELECT value FROM json_each(?))
         SELECT count(*) FROM edge WHERE source_nid IN s AND target_nid IN s`,
      )
      .pluck()
      .get(JSON.stringify(nodes)) as number;
    return { nodes: nodes.length, edges };
  }

  /**
   * Shortest path length by recursive CTE, the usual SQLite way: breadth first over both directions
   * up to `maxHops`, stopping at the first row that reaches `to` (null when none within the hops).
   */
  pathByCte(from: number, to: number, maxHops: number): number | null {
    return (
      (this.db
        .prepare(
          `WITH RECURSIVE reach(nid, depth) AS (
             SELECT ?, 0
             UNION
             SELECT CASE WHEN e.source_nid = r.nid THEN e.target_nid ELSE e.source_nid END, r.depth + 1
               FROM reach r JOIN edge e ON e.source_nid = r.nid OR e.target_nid = r.nid WHERE r.depth < ?)
           SELECT min(depth) FROM (SELECT depth FROM reach WHERE nid = ? LIMIT 1)`,
        )
        .pluck()
        .get(from, maxHops, to) as number | null) ?? null
    );
  }

  /** One neighbours page by sorting every incident relation and counting them all. */
  neighboursSorted(nid: number, limit: number): { edges: number; total: number } {
    const incident =
      'SELECT eid FROM edge WHERE source_nid = @nid UNION ALL SELECT eid FROM edge WHERE target_nid = @nid';
    const edges = this.db
      .prepare(`SELECT eid FROM (${incident}) ORDER BY eid LIMIT @limit`)
      .pluck()
      .all({ nid, limit }) as number[];
    const total = this.db.prepare(`SELECT count(*) FROM (${incident})`).pluck().get({ nid }) as number;
    return { edges: edges.length, total };
  }
}
