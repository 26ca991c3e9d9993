// The briefing as structured content, before it becomes Markdown or Word: for each selected actor its
// description, its relations in the view grouped by kind and direction (with status, dates and the
// quote that states each), and optionally what changed since an earlier snapshot. The user's own
// additions say so beside their status and cite the user's document by its title; the user's notes
// travel as their words, apart from the quotes.
import type { Citation, EdgeDetail, GraphInfo, Language, NodeDetail, NodeSummary } from '../../../../shared/contract';
import {
  NODE_KIND_INFO,
  PROVENANCE_INFO,
  RELATION_KIND_INFO,
  RELATION_KINDS,
  STATUS_INFO,
  type Provenance,
} from '../../../../shared/ontology';
import { asOfCell, sourceTitle, verificationCell, type ExportGraph } from './exportModel';
import { datesText } from '../../i18n/dateWords';
import { word } from './exportWords';
import type { ElementChange, GraphDiff } from './graphDiff';
import { verificationSummary } from './verification';
import { relationPhrase } from '../../i18n/relationPhrase';

export interface QuoteLine {
  readonly quote: string;
  readonly source: string;
}

export interface RelationItem {
  readonly other: string;
  readonly otherKind: string;
  /** "van kracht / bestaand; getekend 2005" */
  readonly status: string;
  /** The dataset's own note on the relation. */
  readonly note: string | null;
  /** The user's own note (note.set): their words, written as theirs, never as a quote. */
  readonly userNote: string | null;
  readonly quotes: readonly QuoteLine[];
  /** Worded when an opened snapshot claims this relation (or its other end) without the dataset's backing; else ''. */
  readonly verification: string;
}

export interface RelationGroup {
  /** The relation read from the actor: "werkt samen met", "heeft als partij". */
  readonly heading: string;
  readonly items: readonly RelationItem[];
}

export interface ActorSection {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly status: string;
  readonly description: string;
  /** The user's own note on the actor: their words, written as theirs. */
  readonly userNote: string | null;
  readonly quotes: readonly QuoteLine[];
  readonly groups: readonly RelationGroup[];
  /** Worded when an opened snapshot shows this actor differently from the dataset; else ''. */
  readonly verification: string;
}

/** What the briefing covers: the whole visible network, the selection, or a highlighted path. */
export type BriefingScope = 'visible' | 'selection' | 'path';

export interface Briefing {
  readonly title: string;
  /** The handling marking ("Departementaal vertrouwelijk") for header and footer; '' for none. */
  readonly marking: string;
  readonly language: Language;
  readonly meta: readonly string[];
  readonly actors: readonly ActorSection[];
  readonly changes: { readonly since: string; readonly lines: readonly string[] } | null;
}

export interface BriefingInput {
  readonly title: string;
  readonly graph: ExportGraph;
  readonly actors: readonly NodeDetail[];
  readonly edgeDetails: ReadonlyMap<string, EdgeDetail>;
  /** The bundled sources and, through withUserDocuments, the user's own: user additions cite those by title. */
  readonly info: Pick<GraphInfo, 'datasetVersion' | 'sources'>;
  /** Already worded ("3 maart 2026"); absent keeps the output the same on every run. */
  readonly date?: string;
  /** Said in the meta lines so the reader knows what the briefing covers; absent says nothing. */
  readonly scope?: BriefingScope;
  readonly marking?: string;
  readonly changes?: {
    readonly since: string;
    readonly diff: GraphDiff;
    readonly labels: ReadonlyMap<string, NodeSummary>;
  };
}

const quoteLines = (citations: readonly Citation[], input: BriefingInput): QuoteLine[] =>
  citations.map((c) => ({ quote: c.quote, source: sourceTitle(input.info, c.sourceId, input.graph.language) }));

const statusWords = (status: NodeSummary['status'], dates: NodeSummary['dates'], language: Language): string =>
  [status === null ? '' : STATUS_INFO[status].label[language].toLowerCase(), datesText(dates, language)]
    .filter((part) => part !== '')
    .join('; ');

/**
 * "redactionele groepering", "eigen toevoeging" beside the status; nothing for what the letter states.
 * A memo must never pass the curator's grouping or the user's addition off as the letter's words.
 */
const provenanceWords = (provenance: Provenance, language: Language): string =>
  provenance === 'stated' ? '' : PROVENANCE_INFO[provenance].label[language].toLowerCase();

const userNoteOf = (detail: { readonly userNote?: { readonly text: string } } | undefined): string | null =>
  detail?.userNote === undefined || detail.userNote.text.trim() === '' ? null : detail.userNote.text;

function groupsOf(actor: NodeDetail, input: BriefingInput): RelationGroup[] {
  const { graph } = input;
  const { language } = graph;
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const groups = new Map<string, { order: number; heading: string; items: RelationItem[] }>();
  for (const edge of graph.edges) {
    const outgoing = edge.source === actor.id;
    if (!outgoing && edge.target !== actor.id) continue;
    const other = byId.get(outgoing ? edge.target : edge.source);
    if (other === undefined) continue;
    const info = RELATION_KIND_INFO[edge.kind];
    const key = `${edge.kind}:${outgoing ? 'out' : 'in'}`;
    const group = groups.get(key) ?? {
      order: RELATION_KINDS.indexOf(edge.kind) * 2 + (outgoing ? 0 : 1),
      heading: (outgoing ? info.label : info.inverseLabel)[language],
      items: [],
    };
    group.items.push({
      other: other.label[language],
      otherKind: NODE_KIND_INFO[other.kind].label[language],
      // An editorial grouping or the user's addition says so in the memo, beside its status: it is not the letter's words.
      status: [
        statusWords(edge.status, edge.dates, language),
        provenanceWords(edge.provenance, language),
        // Undated in the applied year: the letter does not say this held then (the as-of rule).
        asOfCell(graph, edge) === 'undated' ? word(language, 'undatedIn', graph.asOfYear ?? '') : '',
      ]
        .filter((part) => part !== '')
        .join('; '),
      note: edge.note?.[language] ?? null,
      userNote: userNoteOf(input.edgeDetails.get(edge.id)),
      quotes: quoteLines(input.edgeDetails.get(edge.id)?.citations ?? [], input),
      verification: [
        verificationCell(graph, 'edge', edge.id),
        verificationCell(graph, 'node', other.id) === ''
          ? ''
          : `${other.label[language]}: ${verificationCell(graph, 'node', other.id)}`,
      ]
        .filter((p) => p !== '')
        .join('; '),
    });
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort((a, b) => a.order - b.order)
    .map(({ heading, items }) => ({ heading, items: items.sort((a, b) => a.other.localeCompare(b.other, language)) }));
}

function changeLine<T extends { readonly status: NodeSummary['status'] }>(
  change: ElementChange<T>,
  name: string,
  language: Language,
): string {
  const head = `${word(language, change.change)}: ${name}`;
  if (change.change !== 'changed') return head;
  const status = (s: NodeSummary['status'] | undefined) =>
    s == null ? '—' : STATUS_INFO[s].label[language].toLowerCase();
  const parts = [
    change.statusBefore !== change.statusAfter
      ? `${word(language, 'status')} ${status(change.statusBefore)} → ${status(change.statusAfter)}`
      : '',
    change.datesChanged ? word(language, 'dates') : '',
    ...change.citationsAdded.map((c) => `${word(language, 'citationAdded')}: “${c.quote}”`),
    ...change.citationsRemoved.map((c) => `${word(language, 'citationRemoved')}: “${c.quote}”`),
  ].filter((p) => p !== '');
  return `${head} — ${parts.join('; ')}`;
}

function changeLines(changes: NonNullable<BriefingInput['changes']>, language: Language): string[] {
  const label = (id: string): string => changes.labels.get(id)?.label[language] ?? id;
  const nodes = changes.diff.nodes.map((c) => changeLine(c, label(c.id), language));
  const edges = changes.diff.edges.map((c) => {
    const edge = c.after ?? c.before;
    const name =
      edge === undefined ? c.id : relationPhrase(label(edge.source), edge.kind, label(edge.target), language);
    return changeLine(c, name, language);
  });
  return [...nodes, ...edges];
}

const SCOPE_WORD = { visible: 'scopeVisible', selection: 'scopeSelection', path: 'scopePath' } as const;

/** Whether the briefing shows one of the user's additions: an actor, or a relation of one of its actors. */
function showsUserAddition(input: BriefingInput): boolean {
  const ids = new Set(input.actors.map((a) => a.id));
  return (
    input.actors.some((a) => a.provenance === 'user') ||
    input.graph.edges.some((e) => e.provenance === 'user' && (ids.has(e.source) || ids.has(e.target)))
  );
}

export function buildBriefing(input: BriefingInput): Briefing {
  const { language } = input.graph;
  const meta = [
    `${word(language, 'datasetVersion')}: ${input.info.datasetVersion}`,
    ...(input.date === undefined ? [] : [`${word(language, 'exported')}: ${input.date}`]),
    ...(input.scope === undefined ? [] : [word(language, SCOPE_WORD[input.scope], input.actors.length)]),
    word(language, 'scopeNote'),
    ...(showsUserAddition(input) ? [word(language, 'userScope')] : []),
    ...[verificationSummary(input.graph.verification, language)].filter((line) => line !== null),
  ];
  const actors = input.actors.map((actor) => ({
    id: actor.id,
    name: actor.label[language],
    kind: NODE_KIND_INFO[actor.kind].label[language],
    status: [statusWords(actor.status, actor.dates, language), provenanceWords(actor.provenance, language)]
      .filter((part) => part !== '')
      .join('; '),
    description: actor.description[language],
    userNote: userNoteOf(actor),
    quotes: quoteLines(actor.citations, input),
    groups: groupsOf(actor, input),
    verification: verificationCell(input.graph, 'node', actor.id),
  }));
  const changes =
    input.changes === undefined ? null : { since: input.changes.since, lines: changeLines(input.changes, language) };
  return { title: input.title, marking: (input.marking ?? '').trim(), language, meta, actors, changes };
}
