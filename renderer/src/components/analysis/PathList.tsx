// The found paths as a list to work with: each hop's relations read in the direction of travel, each
// quote opening the letter at its passage; "show on canvas" marks just that path; each path says why
// it was chosen.
import type { FoundPath, Language, NodeSummary, PathsResult } from '../../../../shared/contract';
import { pathReasonText } from '../../analysis/pathReasonText';
import { relationVerb, statusAndDates } from '../../analysis/relationPhrase';
import { ta } from '../../i18n/analysisStrings';
import { openSource } from '../../state/actions';
import { highlightElements } from '../../state/analysisSlice';
import { apply } from '../../state/store';
import { isolate } from '../../../../shared/text/isolate';

function markPath(path: FoundPath): void {
  apply(
    highlightElements(
      path.nodes,
      path.hops.flatMap((h) => h.edges.map((e) => e.id)),
    ),
  );
}

export function PathList({ result, language }: { readonly result: PathsResult; readonly language: Language }) {
  const byId = new Map<string, NodeSummary>([...result.nodes, result.from, result.to].map((n) => [n.id, n]));
  const name = (id: string): string => isolate(byId.get(id)?.label[language] ?? id);
  const shortestHops = result.paths[0]?.hops.length ?? 0;
  return (
    <ol className="path-list" data-testid="path-list">
      {result.paths.map((path) => (
        <li key={path.nodes.join('>')}>
          <button type="button" className="link" onClick={() => markPath(path)}>
            {path.nodes.map(name).join(' → ')}
          </button>{' '}
          <span className="hint" data-testid="path-reason">
            {pathReasonText(path.reason, shortestHops, language)}
          </span>
          <ol>
            {path.hops.flatMap((hop) =>
              hop.edges.map((edge) => {
                const citation = edge.citations[0];
                const other = edge.source === hop.from ? edge.target : edge.source;
                return (
                  <li key={`${hop.from}>${edge.id}`}>
                    {name(hop.from)} <strong>{relationVerb(edge, hop.from, language)}</strong> {name(other)}{' '}
                    <span className="hint">[{statusAndDates(edge, language)}]</span>
                    {citation !== undefined && (
                      <button
                        type="button"
                        className="citation"
                        data-testid="path-citation"
                        title={ta(language, 'openInSource')}
                        onClick={() => openSource(citation.sourceId, citation.start, citation.end)}
                      >
                        <q lang="nl">{citation.quote}</q>
                      </button>
                    )}
                  </li>
                );
              }),
            )}
          </ol>
        </li>
      ))}
    </ol>
  );
}
