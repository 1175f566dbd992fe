import { canMove, expiresOn, receiptState, type Viewer } from '@zhibu/domain';
import type { Transfer } from '@zhibu/schemas';
import { canWriteTransfer } from './access.js';
import type { TransferRow } from './repository.js';

export function presentTransfer(t: TransferRow, v: Viewer, today: string): Transfer {
  const write = canWriteTransfer(v, t);
  const r = receiptState({ issuedOn: t.issued_on, validDays: t.valid_days, receivedOn: t.received_on, receiptReturnedOn: t.receipt_returned_on, status: t.status }, today);
  return {
    id: t.id,
    branch: { id: t.branch_id, name: t.branch_name },
    person: { id: t.person_id, name: t.person_name },
    direction: t.direction,
    kind: t.kind,
    letterNo: t.letter_no,
    issuedOn: t.issued_on,
    validDays: t.valid_days,
    expiresOn: expiresOn(t.issued_on, t.valid_days),
    otherBranch: t.other_branch_id ? { id: t.other_branch_id, name: t.other_branch_name ?? '' } : null,
    otherOrg: t.other_org,
    duesPaidTo: t.dues_paid_to,
    effectiveOn: t.effective_on,
    receivedOn: t.received_on,
    receiptReturnedOn: t.receipt_returned_on,
    status: t.status,
    note: t.note,
    receipt: { status: r.status, message: r.message },
    abilities: {
      receive: write && canMove(t.status, 'received'),
      receipt: write && canMove(t.status, 'completed'),
      cancel: write && canMove(t.status, 'cancelled') && (t.kind === 'temporary' || t.effective_on > today),
    },
  };
}
