// The bundle's nodes as the workbench needs them: every label and alias in one mention index, and
// each node's kind and label for the mentions panel. Read once through the store's public queries
// and kept for the dataset version it was read from (a bundle does not change while the app runs).
import type { Localized } from '../../../shared/contract';
import { NODE_KINDS, type NodeKind } from '../../../shared/ontology';
import { MentionIndex, type FoundMention, type NamedNode } from '../../documents/mentionIndex';
import type { GraphStore } from '../../store/graphStore';

const PAGE = 5000;

export interface CatalogueNode {
  readonly kind: NodeKind;
  readonly label: Localized;
}

/** What finds mentions: the bundle's MentionIndex, or it merged with the user's (userCatalogue.ts). */
export interface MentionFinder {
  find(text: string): FoundMention[];
}

export interface NodeCatalogue {
  readonly version: string;
  readonly index: MentionFinder;
  readonly nodes: ReadonlyMap<string, CatalogueNode>;
}

/** The bundle's catalogue: its index is a MentionIndex (the bench reads its size). */
export function loadNodeCatalogue(graph: GraphStore): NodeCatalogue & { readonly index: MentionIndex } {
  const info = graph.info();
  // Every node id in one indexed read (no relations), then the details with aliases a page at a time.
  const ids = graph.explorer.idsOfKinds(NODE_KINDS, Math.max(1, info.nodeCount));
  const nodes = new Map<string, CatalogueNode>();
  const named: NamedNode[] = [];
  for (let at = 0; at < ids.length; at += PAGE) {
    for (const node of graph.details.nodes(ids.slice(at, at + PAGE))) {
      nodes.set(node.id, { kind: node.kind, label: node.label });
      named.push({ id: node.id, names: [node.label.nl, node.label.en, ...node.aliases] });
    }
  }
  return { version: info.datasetVersion, index: new MentionIndex(named), nodes };
}

const loaded = new WeakMap<GraphStore, NodeCatalogue>();

/** The bundle's catalogue, built once per graph store and shared by the documents' and the exchange's handlers. */
export function bundleCatalogue(graph: GraphStore): NodeCatalogue {
  let catalogue = loaded.get(graph);
  if (catalogue === undefined) {
    catalogue = loadNodeCatalogue(graph);
    loaded.set(graph, catalogue);
  }
  return catalogue;
}
