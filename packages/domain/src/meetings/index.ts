export * from './meeting.js';
export * from './plan.js';
