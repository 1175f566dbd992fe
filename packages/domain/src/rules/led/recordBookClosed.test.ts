import { describe, expect, it } from 'vitest';
import type { RecordBookFact } from '../../check/facts.js';
import { buildBranch, buildFacts, group, judge } from '../testkit.js';
import { meeting } from '../life/testkit.js';
import { recordBookClosed } from './recordBookClosed.js';

const book = (groupId: string | null, overrides: Partial<RecordBookFact> = {}): RecordBookFact => ({
  id: `book-${groupId ?? 'branch'}`,
  groupId,
  year: 2025,
  closedOn: '2026-01-10',
  handedOverOn: '2026-01-20',
  ...overrides,
});
const groups = [group(['f1', 'f2', 'f3']), group(['f4', 'f5'], { id: 'g2', name: '第二党小组' })];
/** group g1 met in 2025; g2 only in 2026 */
const meetings = [meeting('groupMeeting', '2025-12-31', { groupId: 'g1' }), meeting('groupMeeting', '2026-01-05', { groupId: 'g2' })];
const judged = (books: RecordBookFact[], asOf: string, params = {}) =>
  judge(recordBookClosed, buildBranch({ groups, meetings, recordBooks: books }), { asOf, year: 2026, params });

describe('LED-1.record-book-closed', () => {
  it('in 2026: the branch’s 2025 book and the book of each group that met in 2025, one finding each', () => {
    const fs = judged([book(null), book('g1', { handedOverOn: null })], '2026-03-01');
    expect(fs.map((f) => [f.subject?.name ?? '', f.status])).toEqual([
      ['', 'met'],
      ['第一党小组', 'pending'],
    ]);
    expect(fs[0]).toMatchObject({ period: '2026', message: '2025年度党支部会议记录本已于2026-01-10封存，2026-01-20移交归档。', evidence: [{ kind: 'recordBook', id: 'book-branch' }] });
    expect(fs[1]).toMatchObject({ subject: { kind: 'group', id: 'g1' }, message: '2025年度第一党小组会议记录本已封存，待移交。' });
  });

  it.each([
    ['2026-01-31', 'dueSoon'],
    ['2026-02-01', 'unmet'],
  ] as const)('a book not closed, judged on %s (deadline 31 January, inclusive) → %s', (asOf, status) => {
    const f = judged([book('g1')], asOf)[0]!;
    expect(f.status).toBe(status);
    expect(f.message).toBe(status === 'unmet' ? '2025年度党支部会议记录本逾期未封存（应在2026年1月31日前）；请封存并移交归档。' : '2025年度党支部会议记录本尚未封存，请在2026年1月31日前封存并移交。');
    expect(f.due).toBe('2026-01-31');
  });

  it('the deadline is a parameter: 2 months is the end of February', () => {
    expect(judged([book('g1')], '2026-02-28', { 'led.recordBookCloseMonths': 2 })[0]).toMatchObject({ status: 'dueSoon', due: '2026-02-28' });
    expect(judged([book('g1')], '2026-03-01', { 'led.recordBookCloseMonths': 2 })[0]!.status).toBe('unmet');
  });

  it('a book of another year does not count', () => {
    expect(judged([book(null, { year: 2024 }), book('g1')], '2026-03-01')[0]!.status).toBe('unmet');
  });

  it('notApplicable for a branch founded in 2026', () => {
    const fs = judge(recordBookClosed, buildBranch({ foundedOn: '2026-01-01' }), { asOf: '2026-03-01' });
    expect(fs.map((f) => [f.status, f.reason])).toEqual([['notApplicable', '上年度支部尚未成立']]);
  });

  it.each([
    ['2026-01-01', 'notApplicable'],
    ['2025-12-31', 'unmet'],
  ] as const)('records starting on %s: the 2025 book is %s', (recordsStartOn, status) => {
    const facts = buildFacts({ organ: { id: 'o1', name: '机关', recordsStartOn }, branches: [buildBranch()] });
    expect(judge(recordBookClosed, facts, { asOf: '2026-03-01' }).map((f) => f.status)).toEqual([status]);
  });
});
