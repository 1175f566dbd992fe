import { defineRule, type Verdict } from '../../check/rule.js';
import { receiptState } from '../../transfer/transfer.js';

/**
 * MEM-3 (R-TRANS-4): an outgoing letter is received before it expires (dueSoon 7 days before), and the receipt comes
 * back within 30 days of receipt. One finding per outgoing letter still open, or issued this year.
 */
export const transferReceipt = defineRule({
  id: 'MEM-3.transfer-receipt',
  clause: 'MEM-3',
  scope: 'branch',
  title: '组织关系转接回执',
  basis: '党员组织关系介绍信应在有效期内办理接转，一般最长不超过3个月；接收方在接收党员后一个月内寄回回执，转出方收到后贴于存根（组通字〔2006〕45号）。',
  source: 'national',
  severity: 'violation',
  period: 'continuous',
  params: [],
  evaluate(branch, _params, ctx) {
    const d = ctx.judgeDate;
    const year = d.slice(0, 4);
    const letters = branch.lapse.transfers.filter(
      (t) => t.direction === 'out' && t.status !== 'cancelled' && t.issuedOn <= d && (t.receiptReturnedOn === null || t.receiptReturnedOn > d || t.issuedOn.startsWith(year)),
    );
    if (letters.length === 0) return [{ status: 'notApplicable', reason: '没有转出的组织关系', message: '支部没有待回执的组织关系转出。' }];
    return letters.map((t): Verdict => {
      const s = receiptState(t, d);
      const subject = { kind: 'member' as const, id: t.personId, name: t.personName };
      const evidence = [{ kind: 'member' as const, id: t.personId, label: `${t.personName}组织关系转出`, date: t.issuedOn }];
      const status = s.status === 'ok' ? (t.receiptReturnedOn !== null && t.receiptReturnedOn <= d ? 'met' : 'pending') : s.status;
      return { status, subject, message: `${t.personName}：${s.message}。`, evidence, ...(s.due && status !== 'met' ? { due: s.due } : {}) };
    });
  },
});
