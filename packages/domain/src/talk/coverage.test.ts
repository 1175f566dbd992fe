import { describe, expect, it } from 'vitest';
import { talkCoverage, talkProblems } from './coverage.js';

describe('talkCoverage (MEM-4)', () => {
  const committee = (id: string, on: string) => id === 'sec' && on >= '2026-03-01';
  it('counts each member’s talks, the last date, and whether one was with a committee member on that day', () => {
    const talks = [
      { talkedOn: '2026-02-10', talkerId: 'sec', talkeeId: 'a' },
      { talkedOn: '2026-05-01', talkerId: 'b', talkeeId: 'a' },
      { talkedOn: '2026-04-01', talkerId: 'sec', talkeeId: 'b' },
    ];
    expect(talkCoverage(['a', 'b', 'c'], talks, committee)).toEqual([
      { personId: 'a', talks: 2, lastTalkOn: '2026-05-01', withCommittee: false },
      { personId: 'b', talks: 2, lastTalkOn: '2026-05-01', withCommittee: true },
      { personId: 'c', talks: 0, lastTalkOn: null, withCommittee: false },
    ]);
  });
});

describe('talkProblems', () => {
  const ok: { talkedOn: string; talkerId: string; talkeeId: string; followUpOn: string | null } = { talkedOn: '2026-11-24', talkerId: 'a', talkeeId: 'b', followUpOn: null };
  it.each<[string, Partial<typeof ok>, string[]]>([
    ['today is fine', {}, []],
    ['the same person twice', { talkeeId: 'a' }, ['谈话人和谈话对象不能是同一人']],
    ['tomorrow', { talkedOn: '2026-11-25' }, ['谈话日期（2026-11-25）晚于今天，尚未进行的谈话不能登记']],
    ['a follow-up before the talk', { followUpOn: '2026-11-23' }, ['回访日期（2026-11-23）不能早于谈话日期（2026-11-24）']],
  ])('%s', (_n, o, expected) => {
    expect(talkProblems({ ...ok, ...o }, '2026-11-24')).toEqual(expected);
  });
});
