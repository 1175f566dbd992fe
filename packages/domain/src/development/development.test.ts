import { describe, expect, it } from 'vitest';
import { adjustmentsOf } from '../time/workdays.js';
import { checkStep, evaluationProblems, noticeProblems, voteProblems, type DevCheckCtx } from './checks.js';
import { deadlinesOf } from './deadlines.js';
import { nextSteps, probationOf, stageOf, type DevFile, type DevStepData, type DevStepRecord } from './file.js';
import { DEV_RULES, ruleVersionFor, stepDef } from './steps.js';

const people = new Map([
  ['f1', { name: '张一', category: 'full' }],
  ['f2', { name: '张二', category: 'full' }],
  ['f3', { name: '张三', category: 'full' }],
  ['p1', { name: '李预', category: 'probationary' }],
]);
const ctx = (today = '2026-11-24'): DevCheckCtx => ({ today, people, branchFullMembers: 8 });
const vote: DevStepData = { expected: 8, present: 7, yes: 7, no: 0, abstain: 0 };

/** The valid data of each step for a file that applied 2023-03-01. */
const DATES: Record<number, string> = {
  1: '2023-03-01', 2: '2023-03-20', 3: '2023-09-01', 4: '2023-09-05', 5: '2023-09-10', 6: '2024-03-01', 7: '2024-09-02', 8: '2024-09-05',
  9: '2024-09-10', 10: '2024-10-10', 11: '2024-10-20', 12: '2024-11-01', 13: '2024-11-10', 14: '2024-11-15', 15: '2024-11-20', 16: '2024-12-01',
  17: '2024-12-20', 18: '2024-12-25', 19: '2025-01-05', 20: '2025-01-10', 21: '2025-06-01', 22: '2025-11-01', 23: '2025-11-21', 24: '2025-12-10', 25: '2025-12-20',
};
const DATA: Record<number, DevStepData> = { 5: { personIds: ['f1'] }, 9: { personIds: ['f1', 'f2'] }, 10: { result: 'passed' }, 11: { trainingDays: 3 }, 13: { result: 'passed' }, 15: vote, 17: { outcome: 'approved' }, 23: { ...vote, outcome: 'confirm' }, 24: { outcome: 'confirm' } };
const rec = (step: number, doneOn = DATES[step]!, data: DevStepData = DATA[step] ?? {}): DevStepRecord => ({ step, doneOn, data });

function fileUpTo(last: number, over: Partial<DevFile> = {}): DevFile {
  return {
    ruleVersion: '2014',
    status: 'open',
    birthDate: '1995-05-05',
    plannedDepartureOn: null,
    steps: Array.from({ length: last }, (_, i) => rec(i + 1)),
    evaluations: [
      { kind: 'memberRecommendation', heldOn: '2023-08-20', participantCount: 8, favourableCount: 7 },
      { kind: 'leagueRecommendation', heldOn: '2023-08-21', participantCount: 20, favourableCount: 18 },
      { kind: 'massEvaluation', heldOn: '2024-08-20', participantCount: 12, favourableCount: 10 },
      { kind: 'memberEvaluation', heldOn: '2024-08-21', participantCount: 8, favourableCount: 8 },
    ],
    notices: [
      { stage: 'candidate', startOn: '2024-08-26', endOn: '2024-08-30', outcome: 'noObjection' },
      { stage: 'admission', startOn: '2024-11-11', endOn: '2024-11-15', outcome: 'noObjection' },
      { stage: 'confirmation', startOn: '2025-11-10', endOn: '2025-11-14', outcome: 'noObjection' },
    ],
    ...over,
  };
}
const errs = (f: DevFile, s: DevStepRecord, c = ctx()) => checkStep(f, s, c).errors.map((e) => e.rule);
const warns = (f: DevFile, s: DevStepRecord, c = ctx()) => checkStep(f, s, c).warnings.map((e) => e.rule);

describe('rule data', () => {
  it('25 steps in 5 stages in both versions; 2026 marked unconfirmed', () => {
    for (const v of ['2014', '2026'] as const) {
      expect(DEV_RULES[v].steps.map((s) => s.no)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
      expect(new Set(DEV_RULES[v].steps.map((s) => s.stage))).toEqual(new Set([1, 2, 3, 4, 5]));
    }
    expect(DEV_RULES['2026'].confirmed).toBe(false);
    expect(DEV_RULES['2026'].limits.admissionMeetingMonthsAfterPrereview).toBe(1);
    expect(stepDef('2014', 15).name).toBe('支部大会讨论');
  });
  it('ruleVersionFor: 2014 unless enabled, 2026 from 2026-05-18', () => {
    expect(ruleVersionFor('2026-06-01', false)).toBe('2014');
    expect(ruleVersionFor('2026-05-17', true)).toBe('2014');
    expect(ruleVersionFor('2026-05-18', true)).toBe('2026');
  });
});

describe('the whole path is accepted step by step', () => {
  it('every step of a well-kept file passes with no error', () => {
    for (let n = 1; n <= 25; n++) expect(errs(fileUpTo(n - 1), rec(n)), `step ${n}`).toEqual([]);
    expect(nextSteps(fileUpTo(25))).toEqual([]);
  });
});

describe('R-DEV-3 order', () => {
  it('a step out of order is refused, naming the next step', () => {
    const r = checkStep(fileUpTo(2), rec(7), ctx());
    expect(r.errors[0]!.message).toContain('第3步');
  });
  it('a date before the previous step is refused; the same day is fine', () => {
    expect(errs(fileUpTo(2), rec(3, '2023-03-19'))).toContain('R-DEV-3');
    expect(errs(fileUpTo(2), rec(3, '2023-03-20'), ctx())).not.toContain('R-DEV-3');
  });
  it('steps 9–11 in any order after 8, all before 12', () => {
    const f = fileUpTo(8);
    expect(nextSteps(f)).toEqual([9, 10, 11]);
    f.steps.push(rec(11, '2024-09-06'));
    expect(nextSteps(f)).toEqual([9, 10]);
    expect(errs(f, rec(9, '2024-09-05'))).toEqual([]); // earlier than 11: fine
    expect(errs(f, rec(9, '2024-09-04'))).toContain('R-DEV-3'); // before 8
    expect(errs(f, rec(12, '2024-11-01'))).toContain('R-DEV-3');
  });
  it('steps 6 and 21 repeat; 6 first at least once', () => {
    expect(nextSteps(fileUpTo(5))).toEqual([6]);
    expect(nextSteps(fileUpTo(6))).toEqual([6, 7]);
    expect(nextSteps(fileUpTo(21))).toEqual([21, 22]);
  });
  it('a future date is refused', () => expect(errs(fileUpTo(0), rec(1, '2026-11-25'))).toContain('R-DEV-3'));
  it('a closed file takes nothing', () => expect(errs(fileUpTo(3, { status: 'stopped' }), rec(4))).toEqual(['R-DEV-3']));
});

describe('R-DEV-1 age ≥ 18 on the application day', () => {
  it('the 18th birthday counts, the day before is refused', () => {
    expect(errs(fileUpTo(0, { birthDate: '2005-03-01' }), rec(1, '2023-03-01'))).toEqual([]);
    expect(errs(fileUpTo(0, { birthDate: '2005-03-02' }), rec(1, '2023-03-01'))).toEqual(['R-DEV-1']);
  });
  it('no birth date: a warning', () => expect(warns(fileUpTo(0, { birthDate: null }), rec(1))).toEqual(['R-DEV-1']));
});

describe('R-DEV-2 talk within one month', () => {
  it('on the last day fine, a day later a warning', () => {
    expect(warns(fileUpTo(1), rec(2, '2023-04-01'))).toEqual([]);
    expect(warns(fileUpTo(1), rec(2, '2023-04-02'))).toEqual(['R-DEV-2']);
  });
  it('month end: applied 01-31 → due 02-28', () => {
    const f = fileUpTo(0);
    f.steps = [rec(1, '2023-01-31')];
    expect(warns(f, rec(2, '2023-02-28'))).toEqual([]);
    expect(warns(f, rec(2, '2023-03-01'))).toEqual(['R-DEV-2']);
  });
});

describe('双推双评 before steps 3 and 7', () => {
  it('missing 群团组织推优 refuses step 3', () => {
    const f = fileUpTo(2);
    f.evaluations = f.evaluations.filter((e) => e.kind !== 'leagueRecommendation');
    expect(errs(f, rec(3))).toEqual(['R-DEV-双推双评']);
  });
  it('a 群众评议 after the date refuses step 7', () => {
    const f = fileUpTo(6);
    f.evaluations = f.evaluations.map((e) => (e.kind === 'massEvaluation' ? { ...e, heldOn: '2024-09-03' } : e));
    expect(errs(f, rec(7))).toEqual(['R-DEV-双推双评']);
  });
  it('counts checked', () => {
    expect(evaluationProblems({ kind: 'massEvaluation', heldOn: '2024-01-01', participantCount: 5, favourableCount: 6 })).toHaveLength(1);
    expect(evaluationProblems({ kind: 'massEvaluation', heldOn: '2024-01-01', participantCount: 5, favourableCount: -1 })).toHaveLength(1);
    expect(evaluationProblems({ kind: 'massEvaluation', heldOn: '2024-01-01', participantCount: 5, favourableCount: 3, generalCount: 2 })).toEqual([]);
  });
});

describe('R-DEV-4 one year as activist (activist 2023-09-01)', () => {
  it('the anniversary counts', () => expect(errs(fileUpTo(6), rec(7, '2024-09-01'))).toEqual([]));
  it('short by fewer than 7 days: warning; by 7 or more: refused', () => {
    const f = fileUpTo(6);
    f.notices = [{ stage: 'candidate', startOn: '2024-08-12', endOn: '2024-08-16', outcome: 'noObjection' }];
    f.evaluations = f.evaluations.map((e) => ({ ...e, heldOn: e.heldOn.replace('2024-08-2', '2024-08-1') }));
    expect(errs(f, rec(7, '2024-08-26'))).toEqual([]);
    expect(warns(f, rec(7, '2024-08-26'))).toContain('R-DEV-4');
    expect(errs(f, rec(7, '2024-08-25'))).toEqual(['R-DEV-4']);
  });
});

describe('R-DEV-5 half-yearly assessment', () => {
  it('a gap over 6 months warns at step 7', () => {
    const f = fileUpTo(6); // activist 2023-09-01, assessed 2024-03-01 (on the 6-month day)
    expect(warns(f, rec(7, '2024-09-01'))).not.toContain('R-DEV-5');
    expect(warns(f, rec(7, '2024-09-02'))).toContain('R-DEV-5');
    f.steps[5] = rec(6, '2024-03-02');
    expect(warns(f, rec(7, '2024-09-01'))).toContain('R-DEV-5');
  });
});

describe('R-DEV-6 contact persons and introducers', () => {
  it('contact persons 1–2 full members', () => {
    expect(errs(fileUpTo(4), rec(5, DATES[5], { personIds: [] }))).toEqual(['R-DEV-6']);
    expect(errs(fileUpTo(4), rec(5, DATES[5], { personIds: ['f1', 'f2'] }))).toEqual([]);
    expect(errs(fileUpTo(4), rec(5, DATES[5], { personIds: ['f1', 'f2', 'f3'] }))).toEqual(['R-DEV-6']);
    expect(errs(fileUpTo(4), rec(5, DATES[5], { personIds: ['p1'] }))).toEqual(['R-DEV-6']);
  });
  it('exactly two introducers', () => {
    expect(errs(fileUpTo(8), rec(9, DATES[9], { personIds: ['f1'] }))).toEqual(['R-DEV-6']);
    expect(errs(fileUpTo(8), rec(9, DATES[9], { personIds: ['f1', 'f1'] }))).toEqual(['R-DEV-6']);
    expect(errs(fileUpTo(8), rec(9, DATES[9], { personIds: ['f1', 'p1'] }))).toEqual(['R-DEV-6']);
  });
});

describe('R-DEV-7/8 review and training before step 15', () => {
  it('training 3 days or 24 hours; less refused unless the exception is written', () => {
    expect(errs(fileUpTo(10), rec(11, DATES[11], { trainingDays: 2, trainingHours: 24 }))).toEqual([]);
    expect(errs(fileUpTo(10), rec(11, DATES[11], { trainingDays: 2, trainingHours: 23 }))).toEqual(['R-DEV-8']);
    expect(errs(fileUpTo(10), rec(11, DATES[11], { trainingDays: 2, trainingException: '经党委批准' }))).toEqual([]);
  });
  it('a failed review blocks 15', () => {
    const f = fileUpTo(14);
    f.steps[9] = rec(10, DATES[10], { result: 'failed' });
    expect(errs(f, rec(15))).toContain('R-DEV-7');
  });
});

describe('R-DEV-9 leaving within 3 months', () => {
  it('warns at the pre-review and the meeting', () => {
    expect(warns(fileUpTo(12, { plannedDepartureOn: '2025-02-10' }), rec(13))).toContain('R-DEV-9');
    expect(warns(fileUpTo(12, { plannedDepartureOn: '2025-02-11' }), rec(13))).not.toContain('R-DEV-9');
  });
});

describe('R-DEV-10 votes', () => {
  it('quorum: more than half present; pass: more than half of expected', () => {
    expect(voteProblems({ expected: 8, present: 5, yes: 5 }, 8, 3)).toEqual([]);
    expect(voteProblems({ expected: 8, present: 4, yes: 4 }, 8, 3)).toHaveLength(2);
    expect(voteProblems({ expected: 8, present: 6, yes: 4, no: 2 }, 8, 3)).toHaveLength(1);
    expect(voteProblems({ expected: 8, present: 5, yes: 5 }, 2, 3)).toHaveLength(1);
    expect(voteProblems({ expected: 8, present: 4, writtenOpinions: 1, yes: 5 }, 8, 3)).toHaveLength(1); // quorum counts those present
  });
  it('step 15 refused on a failed vote', () => expect(errs(fileUpTo(14), rec(15, DATES[15], { expected: 8, present: 6, yes: 4 }))).toEqual(['R-DEV-10']));
});

describe('R-DEV-11 approval window (meeting 2024-11-20)', () => {
  it('within 3 months fine, warnings after 60 and 80 days', () => {
    expect(warns(fileUpTo(16), rec(17, '2025-01-19'))).toEqual([]);
    expect(checkStep(fileUpTo(16), rec(17, '2025-01-20'), ctx()).warnings[0]!.message).toContain('60');
    expect(checkStep(fileUpTo(16), rec(17, '2025-02-09'), ctx()).warnings[0]!.message).toContain('80');
    expect(errs(fileUpTo(16), rec(17, '2025-02-20'))).toEqual([]);
  });
  it('3–6 months only with a note; beyond 6 refused', () => {
    expect(errs(fileUpTo(16), rec(17, '2025-02-21'))).toEqual(['R-DEV-11']);
    expect(errs(fileUpTo(16), rec(17, '2025-02-21', { outcome: 'approved', specialNote: '党委换届' }))).toEqual([]);
    expect(errs(fileUpTo(16), rec(17, '2025-05-20', { outcome: 'approved', specialNote: '党委换届' }))).toEqual([]);
    expect(errs(fileUpTo(16), rec(17, '2025-05-21', { outcome: 'approved', specialNote: '党委换届' }))).toEqual(['R-DEV-11']);
  });
  it('a rejection ends the steps', () => {
    const f = fileUpTo(16);
    f.steps.push(rec(17, DATES[17], { outcome: 'rejected' }));
    expect(nextSteps(f)).toEqual([]);
  });
});

describe('R-DEV-12/13 probation and 转正', () => {
  it('probation runs from the meeting for one year', () => expect(probationOf(fileUpTo(17))).toEqual({ start: '2024-11-20', end: '2025-11-20' }));
  it('the meeting before the end is refused; on the end day fine', () => {
    expect(errs(fileUpTo(22), rec(23, '2025-11-19'))).toContain('R-DEV-12');
    const f = fileUpTo(22);
    f.notices[2] = { stage: 'confirmation', startOn: '2025-11-10', endOn: '2025-11-14', outcome: 'noObjection' };
    expect(errs(f, rec(23, '2025-11-20'))).toEqual([]);
  });
  it('late: warning after 3 months', () => expect(warns(fileUpTo(22), rec(23, '2026-02-21'))).toContain('R-DEV-13'));
  it('extension 6–12 months, once', () => {
    expect(errs(fileUpTo(22), rec(23, DATES[23], { ...vote, outcome: 'extend', extensionMonths: 5 }))).toEqual(['R-DEV-13']);
    expect(errs(fileUpTo(22), rec(23, DATES[23], { ...vote, outcome: 'extend', extensionMonths: 13 }))).toEqual(['R-DEV-13']);
    const f = fileUpTo(22);
    f.steps.push(rec(23, DATES[23], { ...vote, outcome: 'extend', extensionMonths: 6 }), rec(24, DATES[24], { outcome: 'extend', extensionMonths: 6 }));
    expect(probationOf(f)!.end).toBe('2026-05-20');
    expect(nextSteps(f)).toEqual([21]);
    f.steps.push(rec(21, '2026-01-10'), rec(22, '2026-05-01'));
    f.notices.push({ stage: 'confirmation', startOn: '2026-05-11', endOn: '2026-05-15', outcome: 'noObjection' });
    expect(errs(f, rec(23, '2026-05-19', { ...vote, outcome: 'confirm' }))).toContain('R-DEV-12');
    expect(errs(f, rec(23, '2026-05-20', { ...vote, outcome: 'extend', extensionMonths: 6 }))).toEqual(['R-DEV-13']);
    expect(errs(f, rec(23, '2026-05-20', { ...vote, outcome: 'confirm' }))).toEqual([]);
  });
});

describe('R-DEV-14/15 oath and archive', () => {
  it('oath 30 days after approval fine, 31 a warning', () => {
    expect(warns(fileUpTo(19), rec(20, '2025-01-19'))).toEqual([]);
    expect(warns(fileUpTo(19), rec(20, '2025-01-20'))).toEqual(['R-DEV-14']);
  });
  it('archive after 30 days warns', () => {
    expect(warns(fileUpTo(24), rec(25, '2026-01-09'))).toEqual([]);
    expect(warns(fileUpTo(24), rec(25, '2026-01-10'))).toEqual(['R-DEV-15']);
  });
});

describe('R-DEV-16 公示 of ≥ 5 working days', () => {
  it('shorter is refused, across Spring Festival 2026', () => {
    expect(noticeProblems({ stage: 'candidate', startOn: '2026-02-12', endOn: '2026-02-24', outcome: null })).toHaveLength(1); // 12,13,14,24 = 4
    expect(noticeProblems({ stage: 'candidate', startOn: '2026-02-12', endOn: '2026-02-25', outcome: null })).toEqual([]);
    expect(noticeProblems({ stage: 'candidate', startOn: '2026-02-12', endOn: '2026-02-11', outcome: null })).toHaveLength(1);
  });
  it('an adjustment can make it short', () => {
    const adj = adjustmentsOf([{ day: '2026-02-25', isWorkday: false }]);
    expect(noticeProblems({ stage: 'candidate', startOn: '2026-02-12', endOn: '2026-02-25', outcome: null }, adj)).toHaveLength(1);
  });
  it('step 7 needs a finished candidate notice without an upheld objection', () => {
    const f = fileUpTo(6);
    f.notices = [{ stage: 'candidate', startOn: '2024-08-28', endOn: '2024-09-03', outcome: 'noObjection' }];
    expect(errs(f, rec(7))).toEqual(['R-DEV-16']); // ends after the step
    f.notices = [{ stage: 'candidate', startOn: '2024-08-26', endOn: '2024-08-30', outcome: 'objectionUpheld' }];
    expect(errs(f, rec(7))).toEqual(['R-DEV-16']);
  });
});

describe('2026 version', () => {
  it('the admission meeting over a month after the pre-review warns', () => {
    const f = fileUpTo(14, { ruleVersion: '2026' });
    expect(warns(f, rec(15, '2024-12-10'))).toEqual([]);
    expect(warns(f, rec(15, '2024-12-11'))).toEqual(['R-DEV-2026']);
    expect(warns(fileUpTo(14), rec(15, '2024-12-11'))).toEqual([]);
  });
});

describe('deadlinesOf', () => {
  it('talk: pending, due soon from day 21, overdue after a month', () => {
    const f = fileUpTo(1);
    expect(deadlinesOf(f, '2023-03-21')[0]).toMatchObject({ kind: 'talk', dueOn: '2023-04-01', status: 'pending' });
    expect(deadlinesOf(f, '2023-03-22')[0]!.status).toBe('dueSoon');
    expect(deadlinesOf(f, '2023-04-01')[0]!.status).toBe('dueSoon');
    expect(deadlinesOf(f, '2023-04-02')[0]!.status).toBe('overdue');
  });
  it('activist: assessment every 6 months, the year information', () => {
    const f = fileUpTo(6);
    const d = deadlinesOf(f, '2024-08-01');
    expect(d.find((x) => x.kind === 'assessment')).toMatchObject({ dueOn: '2024-09-01', status: 'dueSoon' });
    expect(d.find((x) => x.kind === 'candidateFrom')).toMatchObject({ dueOn: '2024-09-01', status: 'pending' });
    expect(deadlinesOf(f, '2024-09-02').find((x) => x.kind === 'assessment')!.status).toBe('overdue');
    expect(deadlinesOf(f, '2024-07-31').find((x) => x.kind === 'assessment')!.status).toBe('pending');
  });
  it('approval within 3 months, due soon from day 60', () => {
    const f = fileUpTo(16);
    expect(deadlinesOf(f, '2025-01-18')[0]).toMatchObject({ kind: 'approval', dueOn: '2025-02-20', status: 'pending' });
    expect(deadlinesOf(f, '2025-01-19')[0]!.status).toBe('dueSoon');
    expect(deadlinesOf(f, '2025-02-21')[0]!.status).toBe('overdue');
  });
  it('oath, 转正 and archive', () => {
    expect(deadlinesOf(fileUpTo(19), '2025-01-20').find((x) => x.kind === 'oath')!.status).toBe('overdue');
    const p = fileUpTo(20);
    expect(deadlinesOf(p, '2025-10-20').find((x) => x.kind === 'confirmation')!.status).toBe('pending');
    expect(deadlinesOf(p, '2025-10-21').find((x) => x.kind === 'confirmation')!.status).toBe('dueSoon');
    expect(deadlinesOf(p, '2026-02-20').find((x) => x.kind === 'confirmation')!.status).toBe('dueSoon');
    expect(deadlinesOf(p, '2026-02-21').find((x) => x.kind === 'confirmation')!.status).toBe('overdue');
    expect(deadlinesOf(fileUpTo(24), '2026-01-10')[0]).toMatchObject({ kind: 'archive', status: 'overdue' });
    expect(deadlinesOf(fileUpTo(25), '2026-01-10')).toEqual([]);
  });
  it('stage of a file', () => {
    expect(stageOf(fileUpTo(0))).toBe(1);
    expect(stageOf(fileUpTo(3))).toBe(2);
    expect(stageOf(fileUpTo(7))).toBe(3);
    expect(stageOf(fileUpTo(12))).toBe(4);
    expect(stageOf(fileUpTo(18))).toBe(5);
  });
});
