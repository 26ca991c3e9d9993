// In a node's details: every document that mentions or cites it (the letter and the user's own),
// with counts, each opening the viewer at its first mention or citation.
import { useEffect, useState } from 'react';
import type { Language, NodeDocumentRef } from '../../../../shared/contract';
import { dx } from '../../i18n/documentStrings';
import { openSource } from '../../state/actions';
import { documentsOf } from '../../state/documentActions';

export function NodeDocuments({ nodeId, language }: { readonly nodeId: string; readonly language: Language }) {
  const [refs, setRefs] = useState<{ id: string; list: readonly NodeDocumentRef[] } | null>(null);
  useEffect(() => {
    let current = true;
    documentsOf(nodeId).then(
      (list) => current && setRefs({ id: nodeId, list }),
      // Without the workbench's answer the panel still shows the node's citations above.
      () => current && setRefs({ id: nodeId, list: [] }),
    );
    return () => {
      current = false;
    };
  }, [nodeId]);
  const list = refs?.id === nodeId ? refs.list : null;
  if (list === null) return null;
  return (
    <section className="node-documents" data-testid="node-documents">
      <h3>{dx(language, 'nodeDocuments')}</h3>
      {list.length === 0 ? (
        <p className="empty">{dx(language, 'nodeDocumentsNone')}</p>
      ) : (
        <ul>
          {list.map((ref) => (
            <li key={ref.documentId}>
              <button
                type="button"
                className="link"
                title={dx(language, 'refOpen')}
                onClick={() => openSource(ref.documentId, ref.first?.start, ref.first?.end)}
              >
                <bdi>{ref.title[language]}</bdi>
              </button>{' '}
              <span className="ref-counts">
                {[
                  ref.origin === 'user' ? dx(language, 'refUser') : null,
                  ref.date,
                  dx(language, 'refCounts', ref.mentionCount, ref.citationCount),
                ]
                  .filter((x) => x !== null)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
