export * from './scheme.js';
export * from './scoring.js';
