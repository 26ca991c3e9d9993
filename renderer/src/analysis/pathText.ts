// The paths between two nodes told as text an adviser can paste into a memo: one line per hop,
// each with its relation (read in the direction of travel), status, dates and the quoted sentence,
// under a heading that says why the path was chosen. A hop quotes its relation's first citation: the
// service lists the one that names both ends of the hop first.
import type { EdgeDetail, Language, Localized, NodeSummary, PathsResult } from '../../../shared/contract';
import { pathReasonText } from './pathReasonText';
import { relationVerb, statusAndDates } from './relationPhrase';

const WORDS = {
  question: {
    nl: (a: string, b: string) => `Hoe zijn ${a} en ${b} verbonden?`,
    en: (a: string, b: string) => `How are ${a} and ${b} connected?`,
  },
  none: {
    nl: 'Geen verbinding gevonden binnen de gekozen filters en het maximum aantal stappen.',
    en: 'No connection found within the chosen filters and the maximum number of steps.',
  },
  path: { nl: 'Pad', en: 'Path' },
  also: { nl: 'ook', en: 'also' },
  source: { nl: 'Bron', en: 'Source' },
  notInYear: {
    nl: (name: string) => `${name} bestaat volgens de dataset niet in het gekozen jaar; er is dus geen pad.`,
    en: (name: string) => `According to the dataset, ${name} does not exist in the chosen year, so there is no path.`,
  },
  truncated: {
    nl: 'Let op: de zoektocht is afgebroken bij de limiet; er kunnen meer paden bestaan.',
    en: 'Note: the search stopped at its limit; more paths may exist.',
  },
} as const;

export interface PathTextOptions {
  readonly language: Language;
  /** Titles of the source documents by id, to name where each quote comes from. */
  readonly sourceTitles?: ReadonlyMap<string, Localized>;
}

/** How a quote names its source: not at all when every quote comes from one document (named once at the end). */
type SourceNote = (sourceId: string) => string | undefined;

function relationLine(
  edge: EdgeDetail,
  fromId: string,
  names: (id: string) => string,
  options: PathTextOptions,
  sourceNote: SourceNote,
): string {
  const { language } = options;
  const toId = edge.source === fromId ? edge.target : edge.source;
  const citation = edge.citations[0];
  const title = citation === undefined ? undefined : sourceNote(citation.sourceId);
  const quote =
    citation === undefined
      ? ''
      : ` — “${citation.quote}”${title === undefined ? '' : ` (${WORDS.source[language]}: ${title})`}`;
  return `${names(fromId)} ${relationVerb(edge, fromId, language)} ${names(toId)} [${statusAndDates(edge, language)}]${quote}`;
}

/** The one document every quote comes from, if there is just one: then it is named once, at the end. */
function onlySourceOf(result: PathsResult): string | undefined {
  const ids = new Set(
    result.paths
      .flatMap((p) => p.hops.flatMap((h) => h.edges.flatMap((e) => e.citations.slice(0, 1))))
      .map((c) => c.sourceId),
  );
  return ids.size === 1 ? [...ids][0] : undefined;
}

export function pathText(result: PathsResult, options: PathTextOptions): string {
  const { language } = options;
  const labels = new Map<string, NodeSummary>([...result.nodes, result.from, result.to].map((n) => [n.id, n]));
  const names = (id: string): string => labels.get(id)?.label[language] ?? id;
  const titleOf = (id: string): string | undefined => options.sourceTitles?.get(id)?.[language];
  const onlySource = onlySourceOf(result);
  const note: SourceNote = onlySource === undefined ? titleOf : () => undefined;
  const line = (edge: EdgeDetail, from: string): string => relationLine(edge, from, names, options, note);
  const lines = [WORDS.question[language](result.from.label[language], result.to.label[language])];
  const outOfYear = result.endsNotInYear.map((end) => (end === 'from' ? result.from : result.to));
  for (const end of outOfYear) lines.push(WORDS.notInYear[language](end.label[language]));
  if (result.paths.length === 0 && outOfYear.length === 0) lines.push(WORDS.none[language]);
  const shortestHops = result.paths[0]?.hops.length ?? 0;
  result.paths.forEach((path, index) => {
    const why = pathReasonText(path.reason, shortestHops, language);
    lines.push('', `${WORDS.path[language]} ${String(index + 1)}: ${why}`);
    path.hops.forEach((hop, step) => {
      const [main, ...others] = hop.edges;
      if (main === undefined) return;
      lines.push(`  ${String(step + 1)}. ${line(main, hop.from)}`);
      for (const other of others) lines.push(`     ${WORDS.also[language]}: ${line(other, hop.from)}`);
    });
  });
  const onlyTitle = onlySource === undefined ? undefined : titleOf(onlySource);
  if (onlyTitle !== undefined) lines.push('', `${WORDS.source[language]}: ${onlyTitle}.`);
  if (result.truncated) lines.push('', WORDS.truncated[language]);
  return lines.join('\n');
}
