// Inserts a compiled dataset's rows into a bundle being written, one batch at a time: sources,
// nodes (with their citations) and relations (with theirs). Node ids map to row ids as they go in,
// so a relation batch needs only the ids already written, never the whole dataset in memory.
import type { CompiledEdge, CompiledMention, CompiledNode, CompiledSource } from '../dataset/compiledDataset';
import type { Position } from '../../shared/contract';
import type { SqliteDatabase } from './nativeBinding';

export interface RowWriter {
  readonly sources: (sources: readonly CompiledSource[]) => void;
  readonly nodes: (batch: readonly CompiledNode[], overview?: ReadonlyMap<string, Position>) => void;
  readonly edges: (batch: readonly CompiledEdge[]) => void;
  readonly mentions: (batch: readonly CompiledMention[]) => void;
}

export function rowWriter(db: SqliteDatabase): RowWriter {
  const sids = new Map<string, number>();
  const nids = new Map<string, number>();
  const insertSource =
    db.prepare(`INSERT INTO source (id, title_nl, title_en, author, kind, language, date, reference, text)
    VALUES (@id, @titleNl, @titleEn, @author, @kind, @language, @date, @reference, @text)`);
  const insertNode =
    db.prepare(`INSERT INTO node (id, kind, label_nl, label_en, description_nl, description_en, aliases, status, dates, provenance,
      attributes, overview_x, overview_y) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const citeNode = db.prepare(
    'INSERT INTO citation (node_nid, sid, quote, start_offset, end_offset) VALUES (?, ?, ?, ?, ?)',
  );
  const insertEdge = db.prepare(`INSERT INTO edge (id, kind, source_nid, target_nid, status, dates, provenance,
    note_nl, note_en) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const citeEdge = db.prepare(
    'INSERT INTO citation (edge_eid, sid, quote, start_offset, end_offset) VALUES (?, ?, ?, ?, ?)',
  );
  const insertMention = db.prepare(
    'INSERT OR IGNORE INTO mention (sid, start_offset, end_offset, node_nid) VALUES (?, ?, ?, ?)',
  );
  return {
    sources: (sources) => {
      for (const { meta, text } of sources) {
        const row = { ...meta, titleNl: meta.title.nl, titleEn: meta.title.en, text };
        sids.set(meta.id, Number(insertSource.run(row).lastInsertRowid));
      }
    },
    nodes: (batch, overview) => {
      for (const n of batch) {
        const at = overview?.get(n.id);
        const nid = Number(
          insertNode.run(
            n.id,
            n.kind,
            n.label.nl,
            n.label.en,
            n.description.nl,
            n.description.en,
            JSON.stringify(n.aliases),
            n.status,
            JSON.stringify(n.dates),
            n.provenance,
            JSON.stringify(n.attributes),
            at?.x ?? null,
            at?.y ?? null,
          ).lastInsertRowid,
        );
        nids.set(n.id, nid);
        for (const c of n.citations) citeNode.run(nid, sids.get(c.sourceId), c.quote, c.start, c.end);
      }
    },
    edges: (batch) => {
      for (const e of batch) {
        const eid = Number(
          insertEdge.run(
            e.id,
            e.kind,
            nids.get(e.source),
            nids.get(e.target),
            e.status,
            JSON.stringify(e.dates),
            e.provenance,
            e.note?.nl ?? null,
            e.note?.en ?? null,
          ).lastInsertRowid,
        );
        for (const c of e.citations) citeEdge.run(eid, sids.get(c.sourceId), c.quote, c.start, c.end);
      }
    },
    mentions: (batch) => {
      for (const m of batch) insertMention.run(sids.get(m.sourceId), m.start, m.end, nids.get(m.nodeId));
    },
  };
}
