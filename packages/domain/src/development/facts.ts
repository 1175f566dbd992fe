import type { CalendarDate } from '../time/calendarDate.js';
import type { DevStepData } from './file.js';

/** The 发展党员 facts of one branch the rules read (MEM-1): each open file, and those finished or stopped in range. */
export interface DevelopmentFacts {
  files: DevelopmentFileFact[];
}

export interface DevelopmentFileFact {
  id: string;
  personId: string;
  personName: string;
  ruleVersion: '2014' | '2026';
  status: 'open' | 'confirmed' | 'stopped';
  /** the day a stopped file was stopped */
  stoppedOn?: CalendarDate | null;
  /** steps done, with their dates (steps 6 and 21 may repeat) and the facts the deadlines read (outcomes, extension) */
  steps: { step: number; doneOn: CalendarDate; data?: DevStepData }[];
}

export const emptyDevelopmentFacts = (): DevelopmentFacts => ({ files: [] });
