// The sources cited by the relations in view, for the PDF's source list: one entry per quoted
// passage (several relations often rest on the same sentence), in the order the passages stand in
// their document, each with the relations it supports. The bundled sources come first, then the
// user's own documents (info from withUserDocuments), each titled as the user's.
import type { EdgeDetail, GraphInfo, Language } from '../../../../shared/contract';
import { PROVENANCE_INFO, RELATION_KIND_INFO } from '../../../../shared/ontology';
import { asOfCell, sourceTitle, userNoteCell, type ExportGraph } from './exportModel';
import { word } from './exportWords';

export interface CitedPassage {
  readonly quote: string;
  readonly relations: readonly string[];
}

export interface CitedSource {
  readonly title: string;
  readonly passages: readonly CitedPassage[];
}

export function citedSources(
  graph: ExportGraph,
  edgeDetails: ReadonlyMap<string, EdgeDetail>,
  info: Pick<GraphInfo, 'sources'>,
): CitedSource[] {
  const { language } = graph;
  const label = new Map(graph.nodes.map((n) => [n.id, n.label[language]]));
  const bySource = new Map<string, Map<string, { start: number; quote: string; relations: string[] }>>();
  for (const edge of graph.edges) {
    const detail = edgeDetails.get(edge.id);
    const relation = relationText(edge, label, language) + relationMarks(graph, edge, detail);
    for (const c of detail?.citations ?? []) {
      const passages =
        bySource.get(c.sourceId) ?? new Map<string, { start: number; quote: string; relations: string[] }>();
      const passage = passages.get(c.quote) ?? { start: c.start, quote: c.quote, relations: [] };
      if (!passage.relations.includes(relation)) passage.relations.push(relation);
      passages.set(c.quote, passage);
      bySource.set(c.sourceId, passages);
    }
  }
  const order = (id: string): number => {
    const index = info.sources.findIndex((s) => s.id === id);
    return index < 0 ? Number.MAX_SAFE_INTEGER : index;
  };
  return [...bySource.entries()]
    .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
    .map(([sourceId, passages]) => ({
      title: sourceTitle(info, sourceId, language),
      passages: [...passages.values()]
        .sort((a, b) => a.start - b.start || a.quote.localeCompare(b.quote))
        .map(({ quote, relations }) => ({ quote, relations: relations.sort((a, b) => a.localeCompare(b, language)) })),
    }));
}

/**
 * " (redactionele groepering; niet gedateerd in 2010)", " (eigen toevoeging; eigen notitie: …)": what
 * the relation's line must not hide. The user's note is named as theirs, never set in quote marks.
 */
function relationMarks(graph: ExportGraph, edge: ExportGraph['edges'][number], detail: EdgeDetail | undefined): string {
  const note = userNoteCell(detail);
  const marks = [
    ...(edge.provenance === 'stated' ? [] : [PROVENANCE_INFO[edge.provenance].label[graph.language].toLowerCase()]),
    ...(asOfCell(graph, edge) === 'undated' ? [word(graph.language, 'undatedIn', graph.asOfYear ?? '')] : []),
    ...(note === '' ? [] : [`${word(graph.language, 'userNote').toLowerCase()}: ${note.replace(/\s+/g, ' ')}`]),
  ];
  return marks.length === 0 ? '' : ` (${marks.join('; ')})`;
}

function relationText(
  edge: Pick<EdgeDetail, 'source' | 'target' | 'kind'>,
  label: ReadonlyMap<string, string>,
  language: Language,
): string {
  const name = (id: string): string => label.get(id) ?? id;
  return `${name(edge.source)} ${RELATION_KIND_INFO[edge.kind].label[language]} ${name(edge.target)}`;
}
