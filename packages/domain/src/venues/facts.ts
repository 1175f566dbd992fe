import type { CalendarDate } from '../time/calendarDate.js';
import type { VenueItemState, VenueKind } from './checklist.js';

/** 活动阵地 facts of one branch (VEN-1..3): its venues, own and shared, and its WeChat group. */
export interface VenueFacts {
  venues: {
    id: string;
    kind: VenueKind;
    name: string;
    /** used by several branches */
    shared: boolean;
    retiredOn: CalendarDate | null;
    items: VenueItemState[];
  }[];
  chatGroup: { id: string; name: string; managerPersonId: string | null; listedOn: CalendarDate; members: string[] } | null;
}

export const emptyVenueFacts = (): VenueFacts => ({ venues: [], chatGroup: null });
