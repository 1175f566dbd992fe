export * from './election.js';
export * from './committee.js';
export * from './electionMeeting.js';
