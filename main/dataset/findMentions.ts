// Every occurrence of every node's names in every source, for highlighting in the source viewer.
// Where names overlap ("Europol" inside "Europol Cybercrime Centrum") the longest wins.
import type { SourceIndex } from '../../shared/text/sourceIndex';
import type { CompiledMention, CompiledNode } from './compiledDataset';

export function findMentions(
  indexes: ReadonlyMap<string, SourceIndex>,
  nodes: readonly CompiledNode[],
): CompiledMention[] {
  const mentions: CompiledMention[] = [];
  for (const [sourceId, index] of indexes) {
    const candidates: CompiledMention[] = [];
    for (const node of nodes) {
      if (indexes.has(node.id)) continue; // a source's own node is not a mention of itself
      const names = new Set([node.label.nl, node.label.en, ...node.aliases]);
      for (const name of names) {
        for (const range of index.occurrences(name)) candidates.push({ sourceId, nodeId: node.id, ...range });
      }
    }
    candidates.sort(
      (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.nodeId.localeCompare(b.nodeId),
    );
    const taken = new Uint8Array(index.raw.length);
    for (const m of candidates) {
      if (taken.subarray(m.start, m.end).some((t) => t === 1)) continue;
      taken.fill(1, m.start, m.end);
      mentions.push(m);
    }
  }
  return mentions.sort((a, b) => a.sourceId.localeCompare(b.sourceId) || a.start - b.start);
}
