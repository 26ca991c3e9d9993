// Checks the loaded dataset against the ontology and the sources, locates every quote and every
// name mention. Any problem fails the whole build with a list naming file and entry.
import { createHash } from 'node:crypto';
import type { Citation } from '../../shared/contract';
import {
  DEFAULT_PROVENANCE,
  NODE_KINDS,
  PROVENANCES,
  RELATION_KIND_INFO,
  RELATION_KINDS,
  STATUSES,
  type NodeKind,
  type Provenance,
  type RelationKind,
  type Status,
} from '../../shared/ontology';
import { SourceIndex } from '../../shared/text/sourceIndex';
import type { CompiledDataset, CompiledEdge, CompiledNode, CompiledSource } from './compiledDataset';
import { DatasetError, type DatasetProblem } from './datasetError';
import type { LoadedDataset } from './loadDataset';
import { findMentions } from './findMentions';
import { overviewLayout } from './overviewLayout';

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

/** Provenance `user` and ids starting `user-` belong to the user's own additions, never to the bundle. */
const BUNDLE_PROVENANCES = PROVENANCES.filter((p) => p !== 'user');
const USER_ID_PREFIX = 'user-';
const userIdProblem = (id: string): string =>
  `id "${id}" starts with "${USER_ID_PREFIX}", which only the user's own additions may use`;

export function compileDataset(loaded: LoadedDataset): CompiledDataset {
  const problems: DatasetProblem[] = [...loaded.problems];
  const report = (file: string, entry: string, message: string): void => {
    problems.push({ file, entry, message });
  };
  const indexes = new Map<string, SourceIndex>();
  const sources: CompiledSource[] = [];
  for (const { file, entry, text } of loaded.sources) {
    if (indexes.has(entry.id)) report(file, entry.id, 'duplicate source id');
    if (entry.id.startsWith(USER_ID_PREFIX)) report(file, entry.id, userIdProblem(entry.id));
    indexes.set(entry.id, new SourceIndex(text));
    const { file: _file, ...meta } = entry;
    sources.push({ meta, text });
  }
  const cite = (file: string, entry: string, given: readonly { source: string; quote: string }[]): Citation[] =>
    given.flatMap(({ source, quote }) => {
      const index = indexes.get(source);
      if (index === undefined) {
        report(file, entry, `cites unknown source "${source}"`);
        return [];
      }
      const range = index.locate(quote);
      if (range === null) {
        report(file, entry, `quote not found in ${source}: "${quote}"`);
        return [];
      }
      return [{ sourceId: source, quote, start: range.start, end: range.end }];
    });

  const kindOf = new Map<string, NodeKind>();
  const rejected = new Set(loaded.rejectedIds);
  const nodes: CompiledNode[] = [];
  for (const { file, entry } of loaded.nodes) {
    if (kindOf.has(entry.id) || nodes.some((n) => n.id === entry.id)) report(file, entry.id, 'duplicate node id');
    if (entry.id.startsWith(USER_ID_PREFIX)) report(file, entry.id, userIdProblem(entry.id));
    if (!isOneOf(NODE_KINDS, entry.kind)) {
      report(file, entry.id, `unknown kind "${entry.kind}" (allowed: ${NODE_KINDS.join(', ')})`);
      rejected.add(entry.id);
      continue;
    }
    const status = checkStatus(entry.status, (m) => report(file, entry.id, m));
    const provenance = checkProvenance(entry.provenance, (m) => report(file, entry.id, m));
    kindOf.set(entry.id, entry.kind);
    nodes.push({
      id: entry.id,
      kind: entry.kind,
      label: entry.label,
      description: entry.description,
      aliases: entry.aliases,
      status: status ?? null,
      dates: entry.dates,
      provenance,
      attributes: entry.attributes,
      citations: cite(file, entry.id, entry.citations),
    });
  }

  const edges: CompiledEdge[] = [];
  const edgeIds = new Set<string>();
  for (const { file, entry } of loaded.relations) {
    if (edgeIds.has(entry.id)) report(file, entry.id, 'duplicate relation id');
    if (entry.id.startsWith(USER_ID_PREFIX)) report(file, entry.id, userIdProblem(entry.id));
    edgeIds.add(entry.id);
    if (!isOneOf(RELATION_KINDS, entry.kind)) {
      report(file, entry.id, `unknown relation kind "${entry.kind}" (allowed: ${RELATION_KINDS.join(', ')})`);
      continue;
    }
    const status = checkStatus(entry.status, (m) => report(file, entry.id, m));
    const provenance = checkProvenance(entry.provenance, (m) => report(file, entry.id, m));
    const endpointsOk = checkEndpoints(entry.kind, entry.from, entry.to, kindOf, rejected, (m) => {
      report(file, entry.id, m);
    });
    if (!endpointsOk || status === undefined) {
      continue;
    }
    edges.push({
      id: entry.id,
      kind: entry.kind,
      source: entry.from,
      target: entry.to,
      status,
      dates: entry.dates,
      provenance,
      note: entry.note ?? null,
      citations: cite(file, entry.id, entry.citations),
    });
  }
  if (problems.length > 0) throw new DatasetError(problems);
  return {
    version: versionOf(loaded),
    sources,
    nodes,
    edges,
    mentions: findMentions(indexes, nodes),
    overview: overviewLayout(nodes, edges),
  };
}

function checkStatus(status: string | undefined, report: (message: string) => void): Status | undefined {
  if (status === undefined) return undefined;
  if (isOneOf(STATUSES, status)) return status;
  report(`unknown status "${status}" (allowed: ${STATUSES.join(', ')})`);
  return undefined;
}

function checkProvenance(provenance: string | undefined, report: (message: string) => void): Provenance {
  if (provenance === undefined) return DEFAULT_PROVENANCE;
  if (isOneOf(BUNDLE_PROVENANCES, provenance)) return provenance;
  const allowed = `(allowed: ${BUNDLE_PROVENANCES.join(', ')})`;
  if (provenance === 'user')
    report(`provenance "user" marks the user's own additions and is never in the bundle ${allowed}`);
  else report(`unknown provenance "${provenance}" ${allowed}`);
  return DEFAULT_PROVENANCE;
}

function checkEndpoints(
  kind: RelationKind,
  from: string,
  to: string,
  kindOf: ReadonlyMap<string, NodeKind>,
  rejected: ReadonlySet<string>,
  report: (message: string) => void,
): boolean {
  const fromKind = kindOf.get(from);
  const toKind = kindOf.get(to);
  // An endpoint whose own entry was rejected has been reported already; do not bury that message.
  if (fromKind === undefined && !rejected.has(from)) report(`"from" names a node that does not exist: "${from}"`);
  if (toKind === undefined && !rejected.has(to)) report(`"to" names a node that does not exist: "${to}"`);
  if (fromKind === undefined || toKind === undefined) return false;
  const rule = RELATION_KIND_INFO[kind];
  if (!rule.from.includes(fromKind) || !rule.to.includes(toKind)) {
    report(
      `a "${kind}" relation may not join ${fromKind} "${from}" to ${toKind} "${to}" (the ontology allows ${rule.from.join('/')} → ${rule.to.join('/')})`,
    );
    return false;
  }
  return true;
}

function versionOf(loaded: LoadedDataset): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify([loaded.sources, loaded.nodes, loaded.relations]));
  return hash.digest('hex').slice(0, 16);
}
