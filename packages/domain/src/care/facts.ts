import type { CalendarDate } from '../time/calendarDate.js';

/** Education and care facts of one branch (MEM-2, MEM-5). */
export interface CareFacts {
  /** study notebooks issued (学习教育记录本), per member and year */
  notebooks: { personId: string; year: number; issuedOn: CalendarDate }[];
  /** the secretary's (and other officers') training at the higher organization */
  trainings: { personId: string; startOn: CalendarDate; endOn: CalendarDate }[];
  /** members in difficulty and the visits they had */
  hardships: { id: string; personId: string; sinceOn: CalendarDate; resolvedOn: CalendarDate | null; visitedOn: CalendarDate[] }[];
}

export const emptyCareFacts = (): CareFacts => ({ notebooks: [], trainings: [], hardships: [] });
