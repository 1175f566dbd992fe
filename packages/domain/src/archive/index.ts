export * from './categories.js';
export * from './order.js';
export * from './facts.js';
