import type { CalendarDate } from '../time/calendarDate.js';

/** The 发展党员 facts of one branch the rules read (MEM-1): each open or finished development file. */
export interface DevelopmentFacts {
  files: DevelopmentFileFact[];
}

export interface DevelopmentFileFact {
  id: string;
  personId: string;
  personName: string;
  ruleVersion: '2014' | '2026';
  status: 'open' | 'confirmed' | 'stopped';
  /** steps done, with their dates (steps 6 and 21 may repeat) */
  steps: { step: number; doneOn: CalendarDate }[];
}

export const emptyDevelopmentFacts = (): DevelopmentFacts => ({ files: [] });
