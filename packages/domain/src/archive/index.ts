export * from './categories.js';
export * from './order.js';
