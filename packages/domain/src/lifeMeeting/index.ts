export * from './rectification.js';
