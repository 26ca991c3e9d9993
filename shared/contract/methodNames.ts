// The names of every contract method, and nothing else: the sandboxed preload bundles this list
// (one exposed function per name) without pulling in the schemas.

export const METHOD_NAMES = [
  'graph.info',
  'graph.elements',
  'search.suggest',
  'node.get',
  'node.neighbours',
  'edge.get',
  'source.get',
  'prefs.get',
  'prefs.set',
  'view.list',
  'view.get',
  'view.save',
  'view.delete',
  'paths.find',
  'pattern.query',
  'graph.matrix',
  'search.nearby',
  'graph.subgraph',
  'node.ego',
  'node.byKind',
  'view.getLast',
  'view.saveLast',
  'graph.details',
  'app.status',
  'document.import',
  'document.progress',
  'document.list',
  'document.get',
  'document.update',
  'document.delete',
  'document.mentions',
  'document.search',
  'node.documents',
  'curation.createNode',
  'curation.createRelation',
  'curation.updateNode',
  'curation.updateRelation',
  'curation.delete',
  'curation.restore',
  'curation.list',
  'note.set',
  'exchange.export',
  'exchange.inspect',
  'exchange.apply',
] as const;
export type MethodName = (typeof METHOD_NAMES)[number];

export function isMethodName(value: string): value is MethodName {
  return (METHOD_NAMES as readonly string[]).includes(value);
}
