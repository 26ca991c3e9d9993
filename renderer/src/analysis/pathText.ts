// The paths between two nodes told as text an adviser can paste into a memo: one line per hop,
// each with its relation (read in the direction of travel), status, dates and the quoted sentence.
import type { EdgeDetail, Language, Localized, NodeSummary, PathsResult } from '../../../shared/contract';
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
  step: { nl: 'stap', en: 'step' },
  steps: { nl: 'stappen', en: 'steps' },
  also: { nl: 'ook', en: 'also' },
  source: { nl: 'Bron', en: 'Source' },
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

function relationLine(
  edge: EdgeDetail,
  fromId: string,
  names: (id: string) => string,
  options: PathTextOptions,
): string {
  const { language } = options;
  const toId = edge.source === fromId ? edge.target : edge.source;
  const citation = edge.citations[0];
  const title = citation === undefined ? undefined : options.sourceTitles?.get(citation.sourceId)?.[language];
  const quote =
    citation === undefined
      ? ''
      : ` — “${citation.quote}”${title === undefined ? '' : ` (${WORDS.source[language]}: ${title})`}`;
  return `${names(fromId)} ${relationVerb(edge, fromId, language)} ${names(toId)} [${statusAndDates(edge, language)}]${quote}`;
}

export function pathText(result: PathsResult, options: PathTextOptions): string {
  const { language } = options;
  const labels = new Map<string, NodeSummary>([...result.nodes, result.from, result.to].map((n) => [n.id, n]));
  const names = (id: string): string => labels.get(id)?.label[language] ?? id;
  const lines = [WORDS.question[language](result.from.label[language], result.to.label[language])];
  if (result.paths.length === 0) lines.push(WORDS.none[language]);
  result.paths.forEach((path, index) => {
    const count = path.hops.length;
    lines.push(
      '',
      `${WORDS.path[language]} ${String(index + 1)} (${String(count)} ${count === 1 ? WORDS.step[language] : WORDS.steps[language]}):`,
    );
    path.hops.forEach((hop, step) => {
      const [main, ...others] = hop.edges;
      if (main === undefined) return;
      lines.push(`  ${String(step + 1)}. ${relationLine(main, hop.from, names, options)}`);
      for (const other of others)
        lines.push(`     ${WORDS.also[language]}: ${relationLine(other, hop.from, names, options)}`);
    });
  });
  if (result.truncated) lines.push('', WORDS.truncated[language]);
  return lines.join('\n');
}
