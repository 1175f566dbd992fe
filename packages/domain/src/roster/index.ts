export * from './codes.js';
export * from './columns.js';
export * from './parseRow.js';
export * from './plan.js';
