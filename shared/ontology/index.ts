// The IPS Atlas ontology: node kinds, relation kinds and statuses.
export * from './nodeKinds';
export * from './relationKinds';
export * from './statuses';
