export * from './checklist.js';
export * from './facts.js';
export * from './chatGroup.js';
