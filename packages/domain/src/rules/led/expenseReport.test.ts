import { describe, expect, it } from 'vitest';
import { emptyArchiveFacts, type ArchiveFacts } from '../../archive/facts.js';
import { buildBranch, judge, one } from '../testkit.js';
import { expenseReport } from './expenseReport.js';

type E = ArchiveFacts['expenses'][number];
const expense = (id: string, occurredOn: string, over: Partial<E> = {}): E => ({ id, occurredOn, title: `支出${id}`, amountFen: 12050, hasReport: true, receipts: 1, ...over });
const run = (expenses: E[], asOf = '2026-06-15') => one(judge(expenseReport, buildBranch({ archive: { ...emptyArchiveFacts(), expenses } }), { asOf }));

describe('LED-7.expense-report', () => {
  it('met when every expense of the year has receipts and its activity report', () => {
    expect(run([expense('a', '2026-03-01'), expense('b', '2026-05-01', { receipts: 3 })])).toMatchObject({ status: 'met', message: '2026年度2笔活动经费支出均附票据和活动报告。' });
  });

  it('names every expense still lacking its report or receipts, oldest first, with the evidence to open', () => {
    const f = run([expense('a', '2026-05-01', { hasReport: false }), expense('b', '2026-02-01', { receipts: 0, hasReport: false }), expense('c', '2026-03-01')]);
    expect(f.status).toBe('unmet');
    expect(f.message).toBe('2笔活动经费支出资料不全：2026-02-01“支出b”缺票据和活动报告；2026-05-01“支出a”缺活动报告。请在经费台账中补充。');
    expect(f.evidence).toEqual([
      { kind: 'fundEntry', id: 'b', label: '支出b（120.50元）', date: '2026-02-01' },
      { kind: 'fundEntry', id: 'a', label: '支出a（120.50元）', date: '2026-05-01' },
    ]);
  });

  it('reads only the checked year, up to the judge date', () => {
    expect(run([expense('old', '2025-12-31', { hasReport: false }), expense('later', '2026-07-01', { hasReport: false })])).toMatchObject({ status: 'notApplicable', message: '2026年度没有活动经费支出。' });
  });
});
