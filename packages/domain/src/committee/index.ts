export * from './election.js';
export * from './committee.js';
