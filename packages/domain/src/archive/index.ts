export * from './categories.js';
export * from './catalog.js';
