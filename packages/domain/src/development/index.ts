export * from './steps.js';
export * from './file.js';
export * from './checks.js';
export * from './deadlines.js';
