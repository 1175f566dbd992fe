import { describe, expect, it } from 'vitest';
import { missingVenueItems, requiredVenueItems, VENUE_CHECKLISTS, venueConfirmed, venueItemDef } from './checklist.js';

const tick = (item: string, tickedOn = '2026-03-01', photos = 1, confirmedOn: string | null = null) => ({ item, tickedOn, photos, confirmedOn });

describe('VEN-1/VEN-2 checklist', () => {
  it('一牌一旗二板 are required, bookcase/honours/shelves optional; a notice board has one item', () => {
    expect(requiredVenueItems('activityRoom').map((d) => d.key)).toEqual(['sign', 'flag', 'commonBoard', 'branchBoard']);
    expect(VENUE_CHECKLISTS.activityRoom.filter((d) => !d.required).map((d) => d.label)).toEqual(['书柜', '荣誉展示柜', '资料架']);
    expect(VENUE_CHECKLISTS.noticeBoard.map((d) => d.key)).toEqual(['board']);
    expect(venueItemDef('activityRoom', 'flag')?.label).toBe('党旗');
    expect(venueItemDef('noticeBoard', 'flag')).toBeUndefined();
    expect(venueItemDef('activityRoom', 'nope')).toBeUndefined();
  });
  it('an item counts when ticked by the date with at least one photo', () => {
    const items = [tick('sign'), tick('flag', '2026-03-01', 0), tick('commonBoard', '2026-07-01'), tick('bookcase')];
    expect(missingVenueItems('activityRoom', items, '2026-06-15').map((d) => d.label)).toEqual(['党旗', '共性展板', '个性展板']);
    expect(missingVenueItems('noticeBoard', [tick('board')], '2026-06-15')).toEqual([]);
  });
  it('confirmed when every required item is confirmed by the date', () => {
    const all = ['sign', 'flag', 'commonBoard', 'branchBoard'].map((k) => tick(k, '2026-03-01', 1, '2026-04-01'));
    expect(venueConfirmed('activityRoom', all, '2026-06-15')).toBe(true);
    expect(venueConfirmed('activityRoom', all, '2026-03-15')).toBe(false);
    expect(venueConfirmed('activityRoom', all.slice(1), '2026-06-15')).toBe(false);
  });
});
