import { describe, expect, it } from 'vitest';
import { draftYearPlan, nextWorkingDay, type PlanInput } from './plan.js';

const base = (o: Partial<PlanInput> = {}): PlanInput => ({
  year: 2027,
  from: '2027-01-01',
  day: 15,
  groups: [{ id: 'g1', name: '第一党小组' }],
  committee: true,
  partyLecturePeriod: 'half',
  existing: [],
  ...o,
});
const count = (items: ReturnType<typeof draftYearPlan>, kind: string) => items.filter((i) => i.kind === kind).length;

describe('draftYearPlan (issue 5 §3)', () => {
  it('a whole year meets every frequency', () => {
    const items = draftYearPlan(base());
    expect(count(items, 'assembly')).toBe(4);
    expect(count(items, 'committeeMeeting')).toBe(12);
    expect(count(items, 'groupMeeting')).toBe(12);
    expect(count(items, 'partyLecture')).toBe(2);
    expect(count(items, 'themeDay')).toBe(12);
    expect(count(items, 'lifeMeeting')).toBe(1);
    expect(count(items, 'appraisalMeeting')).toBe(1);
    // sorted by date; every date a working day
    expect(items.map((i) => i.heldOn)).toEqual([...items.map((i) => i.heldOn)].sort());
    for (const i of items) expect([0, 6]).not.toContain(new Date(`${i.heldOn}T00:00:00Z`).getUTCDay());
  });

  it('quarterly meetings fall in the quarter’s last month; weekends move to Monday', () => {
    const items = draftYearPlan(base());
    // 2027-03-15 is a Monday; 2027-05-15 a Saturday → Monday 17th
    expect(items.filter((i) => i.kind === 'assembly').map((i) => i.heldOn)).toEqual(['2027-03-15', '2027-06-15', '2027-09-15', '2027-12-15']);
    expect(items.find((i) => i.kind === 'themeDay' && i.heldOn.startsWith('2027-05'))!.heldOn).toBe('2027-05-17');
    expect(items.find((i) => i.kind === 'groupMeeting')!.groupName).toBe('第一党小组');
    // 民主评议 the working day after 组织生活会, both in December
    expect(items.find((i) => i.kind === 'lifeMeeting')!.heldOn).toBe('2027-12-15');
    expect(items.find((i) => i.kind === 'appraisalMeeting')!.heldOn).toBe('2027-12-16');
  });

  it('no committee → no 支委会; quarterly 党课 when asked', () => {
    const items = draftYearPlan(base({ committee: false, partyLecturePeriod: 'quarter' }));
    expect(count(items, 'committeeMeeting')).toBe(0);
    expect(count(items, 'partyLecture')).toBe(4);
  });

  it('periods already covered, or over before today, get nothing; the current one not before today', () => {
    const items = draftYearPlan(
      base({
        from: '2027-11-20',
        existing: [
          { kind: 'themeDay', groupId: null, date: '2027-12-02' },
          { kind: 'groupMeeting', groupId: 'g1', date: '2027-11-03' },
          { kind: 'lifeMeeting', groupId: null, date: '2027-06-30' },
        ],
      }),
    );
    expect(items.every((i) => i.heldOn >= '2027-11-20')).toBe(true);
    expect(count(items, 'themeDay')).toBe(1); // November's, moved to today's week (20th is a Saturday → 22nd)
    expect(items.find((i) => i.kind === 'themeDay')!.heldOn).toBe('2027-11-22');
    expect(items.filter((i) => i.kind === 'groupMeeting').map((i) => i.heldOn)).toEqual(['2027-12-15']);
    expect(count(items, 'lifeMeeting')).toBe(0);
    expect(count(items, 'assembly')).toBe(1);
  });

  it('a group only in the months it exists', () => {
    const items = draftYearPlan(base({ groups: [{ id: 'g2', name: '新小组', foundedOn: '2027-10-01' }] }));
    expect(items.filter((i) => i.kind === 'groupMeeting').map((i) => i.heldOn.slice(0, 7))).toEqual(['2027-10', '2027-11', '2027-12']);
  });

  it('nextWorkingDay', () => {
    expect(nextWorkingDay('2027-05-15')).toBe('2027-05-17');
    expect(nextWorkingDay('2027-05-14')).toBe('2027-05-14');
  });
});
