// DDL of the bundled (read-only) dataset database. Designed for 100k nodes and 1M edges:
// integer keys, covering indexes for both edge directions, an expression index for paging whole graphs.

/**
 * 2: nodes carry their place in the precomputed overview layout (overview_x, overview_y).
 * 3: nodes and edges carry their provenance (stated / editorial).
 * 4: search and paging tables built at compile time (name_prefix, name_word, word_gram,
 *    degree_by_kind) and an edge_pair index (see searchTables.ts).
 * 5: a packed adjacency BLOB per node for paths and ego networks (see adjacencyCodec.ts).
 * 6: relation lines beside the adjacency (relation_block): the ids of a node's relations in list
 *    order, so an ego network reads a few blocks instead of a row per relation.
 */
export const BUNDLE_SCHEMA_VERSION = 6;

/** Tables only: a bulk write fills them first and builds the indexes once, sorted, afterwards. */
export const BUNDLE_TABLES_DDL = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE source (
  sid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  title_nl TEXT NOT NULL, title_en TEXT NOT NULL,
  author TEXT NOT NULL, kind TEXT NOT NULL, language TEXT NOT NULL,
  date TEXT, reference TEXT,
  text TEXT NOT NULL
);
CREATE TABLE node (
  nid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  label_nl TEXT NOT NULL, label_en TEXT NOT NULL,
  description_nl TEXT NOT NULL, description_en TEXT NOT NULL,
  aliases TEXT NOT NULL,
  status TEXT,
  dates TEXT NOT NULL,
  provenance TEXT NOT NULL DEFAULT 'stated',
  attributes TEXT NOT NULL,
  degree INTEGER NOT NULL DEFAULT 0,
  overview_x REAL, overview_y REAL
);
CREATE TABLE edge (
  eid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  source_nid INTEGER NOT NULL REFERENCES node(nid),
  target_nid INTEGER NOT NULL REFERENCES node(nid),
  status TEXT NOT NULL,
  dates TEXT NOT NULL,
  provenance TEXT NOT NULL DEFAULT 'stated',
  note_nl TEXT, note_en TEXT
);
CREATE TABLE citation (
  cid INTEGER PRIMARY KEY,
  node_nid INTEGER REFERENCES node(nid),
  edge_eid INTEGER REFERENCES edge(eid),
  sid INTEGER NOT NULL REFERENCES source(sid),
  quote TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  CHECK ((node_nid IS NULL) <> (edge_eid IS NULL))
);
CREATE TABLE mention (
  sid INTEGER NOT NULL REFERENCES source(sid),
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  node_nid INTEGER NOT NULL REFERENCES node(nid),
  PRIMARY KEY (sid, start_offset, node_nid)
) WITHOUT ROWID;
CREATE VIRTUAL TABLE node_fts USING fts5(
  label_nl, label_en, aliases, description_nl, description_en,
  content='node', content_rowid='nid',
  tokenize='unicode61 remove_diacritics 2',
  prefix='1 2 3'
);
CREATE TABLE degree_by_kind (
  nid INTEGER NOT NULL, kind TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (nid, kind)
) WITHOUT ROWID;
CREATE TABLE name_prefix (
  prefix TEXT NOT NULL, pos INTEGER NOT NULL, nid INTEGER NOT NULL, name TEXT NOT NULL, PRIMARY KEY (prefix, pos)
) WITHOUT ROWID;
CREATE TABLE name_word (wid INTEGER PRIMARY KEY, word TEXT NOT NULL UNIQUE, len INTEGER NOT NULL, nodes INTEGER NOT NULL);
CREATE TABLE adjacency (nid INTEGER PRIMARY KEY, nbrs BLOB NOT NULL);
CREATE TABLE relation_block (key INTEGER PRIMARY KEY, lines TEXT NOT NULL);
CREATE TABLE word_gram (
  gram TEXT NOT NULL, len INTEGER NOT NULL, wid INTEGER NOT NULL, PRIMARY KEY (gram, len, wid)
) WITHOUT ROWID;
`;

/** Secondary indexes, built after the rows are in (one sort each, not a random insert per row). */
export const BUNDLE_INDEXES_DDL = `
CREATE INDEX node_by_kind ON node(kind, nid);
CREATE INDEX edge_out ON edge(source_nid, eid, target_nid, kind);
CREATE INDEX edge_in ON edge(target_nid, eid, source_nid, kind);
CREATE INDEX edge_by_kind ON edge(kind, source_nid, target_nid);
CREATE INDEX edge_by_later_end ON edge(max(source_nid, target_nid));
CREATE INDEX citation_of_node ON citation(node_nid) WHERE node_nid IS NOT NULL;
CREATE INDEX citation_of_edge ON citation(edge_eid) WHERE edge_eid IS NOT NULL;
CREATE INDEX mention_of_node ON mention(node_nid);
CREATE INDEX edge_pair ON edge(source_nid, target_nid);
CREATE INDEX name_word_by_len ON name_word(len);
`;

export const BUNDLE_DDL = BUNDLE_TABLES_DDL + BUNDLE_INDEXES_DDL;
