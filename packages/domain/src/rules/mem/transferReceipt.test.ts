import { describe, expect, it } from 'vitest';
import type { TransferFact } from '../../lapse/facts.js';
import { emptyLapseFacts } from '../../lapse/facts.js';
import { buildBranch, judge } from '../testkit.js';
import { transferReceipt } from './transferReceipt.js';

const tr = (over: Partial<TransferFact> = {}): TransferFact => ({
  id: 't1', personId: 'p9', personName: '钱七', direction: 'out', kind: 'formal', issuedOn: '2026-05-20', validDays: 30,
  receivedOn: null, receiptReturnedOn: null, status: 'issued', ...over,
});
const run = (transfers: TransferFact[], asOf = '2026-06-15') => judge(transferReceipt, buildBranch({ lapse: { ...emptyLapseFacts(), transfers } }), { asOf });

describe('MEM-3.transfer-receipt', () => {
  it.each([
    ['2026-06-11', 'pending'],
    ['2026-06-12', 'dueSoon'],
    ['2026-06-19', 'unmet'],
  ] as const)('a letter issued 2026-05-20 for 30 days, not received, on %s → %s', (asOf, status) => {
    expect(run([tr()], asOf)[0]).toMatchObject({ status, subject: { kind: 'member', id: 'p9', name: '钱七' } });
  });
  it('a receipt not returned 30 days after receipt is unmet; returned is met', () => {
    expect(run([tr({ status: 'received', receivedOn: '2026-05-25' })], '2026-06-25')[0]?.status).toBe('unmet');
    expect(run([tr({ status: 'received', receivedOn: '2026-05-25' })], '2026-06-24')[0]?.status).toBe('pending');
    expect(run([tr({ status: 'completed', receivedOn: '2026-05-25', receiptReturnedOn: '2026-06-01' })])[0]?.status).toBe('met');
  });
  it('incoming and cancelled letters, and none at all: not applicable', () => {
    expect(run([tr({ direction: 'in' }), tr({ id: 't2', status: 'cancelled' })])[0]?.status).toBe('notApplicable');
  });
});
