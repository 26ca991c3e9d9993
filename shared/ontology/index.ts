// The IPS Atlas ontology: node kinds, relation kinds, statuses and provenances.
export * from './nodeKinds';
export * from './relationKinds';
export * from './statuses';
export * from './provenances';
