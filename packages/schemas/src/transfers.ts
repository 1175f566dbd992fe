import { z } from 'zod';
import { ZDate, ZId, ZOptText } from './common.js';
import { ZPersonCreate } from './persons.js';

/** Relation transfers (组织关系转接, glossary `transfer`; MEM-3, domain-rules §6, forms.md §6). */
export const TRANSFER_DIRECTIONS = ['in', 'out'] as const;
export const TRANSFER_KINDS = ['formal', 'temporary'] as const;
export const TRANSFER_STATUSES = ['issued', 'received', 'completed', 'cancelled'] as const;

const ZRef = z.object({ id: z.string(), name: z.string() });

export const ZTransfer = z.object({
  id: z.string(),
  branch: ZRef,
  person: ZRef,
  direction: z.enum(TRANSFER_DIRECTIONS),
  kind: z.enum(TRANSFER_KINDS),
  letterNo: z.string().nullable(),
  issuedOn: z.string(),
  validDays: z.number().int().nullable(),
  /** the last day the letter is valid */
  expiresOn: z.string(),
  otherBranch: ZRef.nullable(),
  otherOrg: z.string().nullable(),
  /** 党费已交到 (YYYY-MM), from the dues ledger */
  duesPaidTo: z.string().nullable(),
  effectiveOn: z.string(),
  receivedOn: z.string().nullable(),
  receiptReturnedOn: z.string().nullable(),
  status: z.enum(TRANSFER_STATUSES),
  note: z.string().nullable(),
  /** MEM-3.transfer-receipt on today: ok / dueSoon / unmet, with its message */
  receipt: z.object({ status: z.enum(['ok', 'dueSoon', 'unmet']), message: z.string() }),
  abilities: z.object({ receive: z.boolean(), receipt: z.boolean(), cancel: z.boolean() }),
});
export type Transfer = z.infer<typeof ZTransfer>;

/** A new person transferred in (formal or temporary): their roster facts, checked like any new person. */
export const ZTransferNewPerson = ZPersonCreate.omit({ branchId: true, groupId: true, startOn: true });

export const ZTransferInput = z
  .object({
    direction: z.enum(TRANSFER_DIRECTIONS),
    kind: z.enum(TRANSFER_KINDS),
    /** the person (out: a member of the branch; in: someone already on the roster) */
    personId: ZId.optional(),
    /** in: a person not yet on the roster */
    newPerson: ZTransferNewPerson.optional(),
    /** in: the 党小组 to join */
    groupId: ZId.nullable().optional(),
    letterNo: ZOptText(40),
    issuedOn: ZDate,
    validDays: z.number().int().nullable().optional(),
    otherBranchId: ZId.nullable().optional(),
    otherOrg: ZOptText(200),
    effectiveOn: ZDate,
    note: ZOptText(2000),
  })
  .refine((v) => (v.personId ? 1 : 0) + (v.newPerson ? 1 : 0) === 1, { message: '请选择人员或填写新转入人员的信息（二者选一）' });
export type TransferInput = z.infer<typeof ZTransferInput>;

export const ZTransferReceive = z.object({ receivedOn: ZDate });
export const ZTransferReceipt = z.object({ receiptReturnedOn: ZDate });
