import { describe, expect, it } from 'vitest';
import { assemblyQuorum, durationMinutes, isBackEntry, isLate, meetingProblems, themeDayTooShort, type MeetingDraft } from './meeting.js';

const TODAY = '2026-11-24';
const complete = (o: Partial<MeetingDraft> = {}): MeetingDraft => ({
  kind: 'assembly',
  heldOn: '2026-11-20',
  startTime: '14:00',
  endTime: '16:00',
  groupId: null,
  hostPersonId: 'h',
  recorderPersonId: 'r',
  lecturerPersonId: null,
  lecturerName: null,
  topic: null,
  agenda: ['学习党章'],
  attendance: [],
  ...o,
});

describe('meetingProblems', () => {
  it('accepts a complete record', () => {
    expect(meetingProblems(complete(), { today: TODAY })).toEqual([]);
  });

  it.each<[string, Partial<MeetingDraft>, string[]]>([
    ['no 主持人, 记录人 or 议题', { hostPersonId: null, recorderPersonId: null, agenda: [] }, ['未填写主持人', '未填写记录人', '未填写议题（至少一项）']],
    ['blank 议题 only', { agenda: ['  '] }, ['未填写议题（至少一项）']],
    ['a 请假 without a reason', { attendance: [{ name: '钱七', status: 'onLeave', reason: ' ' }, { name: '李四', status: 'onLeave', reason: '出差' }] }, ['钱七请假未填写原因']],
    ['a 党课 without lecturer and topic', { kind: 'partyLecture' }, ['党课未填写授课人', '党课未填写课题']],
    ['a 党课 by an outside speaker', { kind: 'partyLecture', lecturerName: '王教授', topic: '党史' }, []],
    ['a 党课 by a person of the organ', { kind: 'partyLecture', lecturerPersonId: 'p', topic: '党史' }, []],
    ['a 党小组会 without its group', { kind: 'groupMeeting' }, ['党小组会须指定党小组']],
    ['a 党小组会 with its group', { kind: 'groupMeeting', groupId: 'g' }, []],
    ['an end before the start', { startTime: '16:00', endTime: '15:59' }, ['结束时间（15:59）须晚于开始时间（16:00）']],
    ['an end equal to the start', { startTime: '16:00', endTime: '16:00' }, ['结束时间（16:00）须晚于开始时间（16:00）']],
    ['held today', { heldOn: TODAY }, []],
    ['held tomorrow', { heldOn: '2026-11-25' }, ['会议日期（2026-11-25）晚于今天，尚未召开的会议不能标记为已召开']],
    ['a 主题党日 of 59 minutes (flagged by the rules, not refused)', { kind: 'themeDay', startTime: '14:00', endTime: '14:59' }, []],
  ])('%s', (_, o, problems) => {
    expect(meetingProblems(complete(o), { today: TODAY })).toEqual(problems);
  });
});

describe('durationMinutes and the 主题党日 length', () => {
  it.each<[string | null, string | null, number | null, boolean]>([
    ['14:00', '14:59', 59, true],
    ['14:00', '15:00', 60, false],
    ['09:30', '11:45', 135, false],
    ['14:00', '14:00', null, false],
    ['14:00', '13:00', null, false],
    [null, '15:00', null, false],
    ['14:00', null, null, false],
  ])('%s–%s → %s minutes', (start, end, minutes, short) => {
    expect(durationMinutes(start, end)).toBe(minutes);
    expect(themeDayTooShort(start, end)).toBe(short);
  });
});

describe('isLate (补录) and back-entries', () => {
  const START = '2025-01-01';
  it.each<[string, string, boolean]>([
    ['2026-10-01', '2026-10-31', false], // 30 days after: on time
    ['2026-10-01', '2026-11-01', true], // 31 days after: 补录
    ['2026-10-01', '2026-10-01', false],
    ['2025-01-01', '2026-11-24', true], // on the records start date: counts
    ['2024-12-31', '2026-11-24', false], // before it: a back-entry, never 补录
  ])('held %s, recorded %s → late %s', (heldOn, recordedOn, late) => {
    expect(isLate(heldOn, recordedOn, START)).toBe(late);
  });
  it('tells back-entries by the records start date', () => {
    expect(isBackEntry('2024-12-31', START)).toBe(true);
    expect(isBackEntry('2025-01-01', START)).toBe(false);
  });
});

describe('assemblyQuorum (R-ORG-9, strictly more than half)', () => {
  it.each<[number, number, number, boolean]>([
    [10, 5, 6, false],
    [10, 6, 6, true],
    [9, 4, 5, false],
    [9, 5, 5, true],
    [1, 1, 1, true],
    [0, 0, 1, false],
  ])('%i with a vote, %i present → needs %i, met %s', (expected, present, needed, met) => {
    expect(assemblyQuorum(expected, present)).toEqual({ needed, met });
  });
});
