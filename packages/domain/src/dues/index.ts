export * from './facts.js';
export * from './money.js';
export * from './month.js';
export * from './calc.js';
export * from './ledger.js';
export * from './baseCells.js';
