import { describe, expect, it } from 'vitest';
import { addBallot, advanceProblems, ballotProblems, excellentMax, gradeProblems, stepBlockers, tallyProblems, type AppraisalMemberState, type AppraisalState } from './appraisal.js';

const member = (personId: string, name: string, o: Partial<AppraisalMemberState> = {}): AppraisalMemberState => ({ personId, name, graded: true, selfReview: '对照合格党员标准的自评', grade: null, ...o });
const MEMBERS = [member('a', '张三'), member('b', '李四'), member('c', '王五'), member('p', '预备甲', { graded: false })];
const state = (o: Partial<AppraisalState> = {}): AppraisalState => ({
  step: 'selfReview',
  ballotMode: 'paper',
  ballotOpen: false,
  peerReviewedOn: null,
  ballotedOn: null,
  ballotsIssued: null,
  members: MEMBERS,
  ...o,
});

describe('excellentMax', () => {
  it.each([
    [0, 0],
    [2, 0],
    [3, 1],
    [5, 1],
    [6, 2],
    [9, 3],
    [10, 3],
  ])('%i graded → at most %i 优秀', (n, max) => expect(excellentMax(n)).toBe(max));
  it('takes another share', () => expect(excellentMax(20, 0.15)).toBe(3));
});

describe('step order', () => {
  it('moves to peerReview only when every member has a self-review', () => {
    const s = state({ members: [member('a', '张三', { selfReview: null }), member('b', '李四', { selfReview: '  ' }), ...MEMBERS.slice(2)] });
    expect(advanceProblems(s, 'peerReview')).toEqual(['以下党员尚未填写个人自评：张三、李四']);
    expect(advanceProblems(state(), 'peerReview')).toEqual([]);
  });
  it('refuses to skip or go back', () => {
    expect(advanceProblems(state(), 'ballot')[0]).toMatch(/不能跳过步骤.*党员互评/);
    expect(advanceProblems(state({ step: 'ballot' }), 'peerReview')[0]).toMatch(/不能退回/);
    expect(advanceProblems(state({ step: 'done' }), 'done')[0]).toMatch(/已完成/);
  });
  it('needs the peer reviews recorded before the ballot', () => {
    expect(advanceProblems(state({ step: 'peerReview' }), 'ballot')).toEqual(['尚未登记党员互评（互评日期）']);
    expect(advanceProblems(state({ step: 'peerReview', peerReviewedOn: '2026-11-20' }), 'ballot')).toEqual([]);
  });
  it('needs the tallies (paper) or a closed ballot (online) before grading', () => {
    expect(stepBlockers(state({ step: 'ballot' }))).toEqual(['尚未录入民主测评计票结果']);
    expect(stepBlockers(state({ step: 'ballot', ballotedOn: '2026-11-20', ballotsIssued: 4 }))).toEqual([]);
    expect(stepBlockers(state({ step: 'ballot', ballotMode: 'online' }))).toEqual(['线上民主测评尚未开始']);
    expect(stepBlockers(state({ step: 'ballot', ballotMode: 'online', ballotOpen: true }))[0]).toMatch(/尚未结束/);
    expect(stepBlockers(state({ step: 'ballot', ballotMode: 'online', ballotedOn: '2026-11-20' }))).toEqual([]);
  });
  it('needs every graded member graded, 优秀 within the share, before done', () => {
    const graded = (g: Record<string, AppraisalMemberState['grade']>) => MEMBERS.map((m) => ({ ...m, grade: g[m.personId] ?? null }));
    expect(stepBlockers(state({ step: 'grading', members: graded({ a: 'excellent' }) }))).toEqual(['以下党员尚未评定等次：李四、王五']);
    expect(stepBlockers(state({ step: 'grading', members: graded({ a: 'excellent', b: 'qualified', c: 'basic' }) }))).toEqual([]);
    expect(stepBlockers(state({ step: 'grading', members: graded({ a: 'excellent', b: 'excellent', c: 'qualified' }) }))[0]).toMatch(/至多1人为优秀，现为2人/);
  });
});

describe('tallyProblems', () => {
  const e = (personId: string, excellent = 1, qualified = 2, basic = 0, unqualified = 0) => ({ personId, excellent, qualified, basic, unqualified });
  it('accepts counts that add up', () => {
    expect(tallyProblems({ ballotsIssued: 4, ballotsReturned: 3, entries: [e('a'), e('b'), e('c', 0, 3)] }, MEMBERS)).toEqual([]);
  });
  it('names the member whose votes exceed the ballots returned', () => {
    expect(tallyProblems({ ballotsIssued: 4, ballotsReturned: 3, entries: [e('a', 2, 2), e('b'), e('c')] }, MEMBERS)).toEqual(['张三的得票合计（4）多于收回票数（3）']);
  });
  it('refuses returned over issued, issued over members, missing and extra entries', () => {
    const p = tallyProblems({ ballotsIssued: 5, ballotsReturned: 6, entries: [e('a'), e('a'), e('x'), e('p')] }, MEMBERS);
    expect(p).toEqual([
      '发出票数（5）不能多于参加评议的党员人数（4）',
      '收回票数（6）不能多于发出票数（5）',
      '张三的计票结果重复',
      '计票结果中有不在本次评议名单内的人员',
      '预备甲是预备党员，不评定等次，不应有得票',
      '缺少以下党员的计票结果：李四、王五',
    ]);
  });
});

describe('ballots', () => {
  it('one grade per member, members only, graded only; left out = abstention', () => {
    expect(ballotProblems([{ personId: 'a', grade: 'excellent' }], MEMBERS)).toEqual([]);
    expect(
      ballotProblems(
        [
          { personId: 'a', grade: 'excellent' },
          { personId: 'a', grade: 'qualified' },
          { personId: 'x', grade: 'qualified' },
          { personId: 'p', grade: 'qualified' },
        ],
        MEMBERS,
      ),
    ).toEqual(['对张三只能选择一个等次', '选票中有不在本次评议名单内的人员', '预备甲是预备党员，不评定等次']);
  });
  it('adds a ballot to the tallies', () => {
    const t = addBallot(new Map([['a', { excellent: 1, qualified: 0, basic: 0, unqualified: 0 }]]), [
      { personId: 'a', grade: 'excellent' },
      { personId: 'b', grade: 'basic' },
    ]);
    expect(t.get('a')).toEqual({ excellent: 2, qualified: 0, basic: 0, unqualified: 0 });
    expect(t.get('b')).toEqual({ excellent: 0, qualified: 0, basic: 1, unqualified: 0 });
  });
});

describe('gradeProblems', () => {
  it('refuses 优秀 over a third with the numbers, and a grade for a 预备党员', () => {
    expect(gradeProblems([{ personId: 'a', grade: 'excellent' }, { personId: 'b', grade: 'qualified' }], MEMBERS)).toEqual([]);
    expect(gradeProblems([{ personId: 'a', grade: 'excellent' }, { personId: 'b', grade: 'excellent' }], MEMBERS)).toEqual([
      '评为"优秀"的不能超过参加评定等次党员的三分之一：共3人参加评定，至多1人为优秀，现为2人',
    ]);
    expect(gradeProblems([{ personId: 'p', grade: 'qualified' }], MEMBERS)).toEqual(['预备甲是预备党员，参加评议但不评定等次']);
  });
  it('counts the grades already given', () => {
    const members = MEMBERS.map((m) => (m.personId === 'a' ? { ...m, grade: 'excellent' as const } : m));
    expect(gradeProblems([{ personId: 'b', grade: 'excellent' }], members)[0]).toMatch(/现为2人/);
    expect(gradeProblems([{ personId: 'a', grade: 'qualified' }, { personId: 'b', grade: 'excellent' }], members)).toEqual([]);
  });
});
