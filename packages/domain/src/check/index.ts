export * from './finding.js';
export * from './params.js';
export * from './facts.js';
export * from './rule.js';
export * from './evaluate.js';
export * from './calendar.js';
export * from './clauses.js';
