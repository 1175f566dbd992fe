export * from './funds.js';
