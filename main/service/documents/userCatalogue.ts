// The mention catalogue with the user's own nodes added: a node the user made (from a passage, or
// from another laptop) is found in their documents like a bundle node, by its labels and aliases.
// The bundle's index is built once per dataset (seconds at 100k nodes); the user's is small and built
// again whenever their nodes' names change. The two are searched apart and merged leftmost-longest,
// so a user's "Europol Cybercrime Centrum" still wins over the bundle's "Europol" and the reverse.
// The version names the user's names too, so stored mentions are found again when they change.
import { createHash } from 'node:crypto';
import type { UserNodeRecord } from '../../../shared/contract';
import { MentionIndex, type FoundMention } from '../../documents/mentionIndex';
import type { CatalogueNode, NodeCatalogue } from './nodeCatalogue';

/** Leftmost-longest over two lists of mentions; on an exact tie the first list (the bundle) wins. */
export function mergeMentions(first: readonly FoundMention[], second: readonly FoundMention[]): FoundMention[] {
  const tagged = [...first.map((m) => ({ m, from: 0 })), ...second.map((m) => ({ m, from: 1 }))];
  tagged.sort((a, b) => a.m.start - b.m.start || b.m.end - a.m.end || a.from - b.from);
  const kept: FoundMention[] = [];
  let reached = -1;
  for (const { m } of tagged) {
    if (m.start < reached) continue;
    kept.push(m);
    reached = m.end;
  }
  return kept;
}

/** Labels first (the Dutch one twice when there is no English one), then aliases, as MentionIndex ranks them. */
function namesOf(node: UserNodeRecord): string[] {
  return [node.label.nl, node.label.en ?? node.label.nl, ...node.aliases];
}

/** What identifies the user's names: the same names give the same version, so nothing is redone. */
function fingerprint(nodes: readonly UserNodeRecord[]): string {
  const hash = createHash('sha256');
  for (const node of nodes) hash.update(JSON.stringify([node.id, node.kind, namesOf(node)]));
  return hash.digest('hex').slice(0, 16);
}

export function withUserNodes(bundle: NodeCatalogue, userNodes: readonly UserNodeRecord[]): NodeCatalogue {
  if (userNodes.length === 0) return bundle;
  const own = new MentionIndex(userNodes.map((n) => ({ id: n.id, names: namesOf(n) })));
  const nodes = new Map<string, CatalogueNode>(bundle.nodes);
  for (const n of userNodes) nodes.set(n.id, { kind: n.kind, label: { nl: n.label.nl, en: n.label.en ?? n.label.nl } });
  return {
    version: `${bundle.version}+user-${fingerprint(userNodes)}`,
    index: { find: (text: string) => mergeMentions(bundle.index.find(text), own.find(text)) },
    nodes,
  };
}
