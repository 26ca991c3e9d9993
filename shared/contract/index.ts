// The contract's public face: methods, their types, errors.
export * from './errors';
export * from './methodNames';
export * from './methods';
export * from './schemas';
export * from './types';
export * from './analysisTypes';
export * from './storage';
export * from './documents';
export * from './curation';
export * from './exchange';
