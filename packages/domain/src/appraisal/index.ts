export * from './appraisal.js';
