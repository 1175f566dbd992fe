import { z } from 'zod';
import { PERSON_CATEGORIES, PERSON_STATUSES } from '@zhibu/domain';
import { ZDate, ZId, ZOptText } from './common.js';

export const ZGender = z.enum(['male', 'female']);

/** A roster row as the viewer may see it: masked fields per contracts §4. */
export const ZPersonRow = z.object({
  id: z.string(),
  name: z.string(),
  gender: ZGender.nullable(),
  ethnicity: z.string().nullable(),
  birthDate: z.string().nullable(),
  /** full or masked, per the viewer's rights */
  idNumber: z.string(),
  idNumberMasked: z.boolean(),
  education: z.string().nullable(),
  category: z.enum(PERSON_CATEGORIES),
  joinedOn: z.string().nullable(),
  confirmedOn: z.string().nullable(),
  jobPost: z.string().nullable(),
  /** null when the viewer may not see it */
  phone: z.string().nullable(),
  status: z.enum(PERSON_STATUSES),
  branch: z.object({ id: z.string(), name: z.string() }).nullable(),
  group: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** 书记, 组织委员, 党小组长 …, from the records that own them */
  posts: z.array(z.string()),
  abilities: z.object({ edit: z.boolean() }),
});
export type PersonRow = z.infer<typeof ZPersonRow>;

export const ZPersonListQuery = z.object({
  q: z.string().trim().max(50).optional(),
  branchId: ZId.optional(),
  groupId: ZId.optional(),
  category: z.enum(PERSON_CATEGORIES).optional(),
  status: z.enum(PERSON_STATUSES).optional(),
  /** the roster as it stood on this date (memberships with start/end dates) */
  on: ZDate.optional(),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type PersonListQuery = z.infer<typeof ZPersonListQuery>;

export const ZPersonList = z.object({ total: z.number().int(), items: z.array(ZPersonRow), on: z.string() });

export const ZMembershipRow = z.object({
  kind: z.enum(['branch', 'group']),
  id: z.string(),
  name: z.string(),
  startOn: z.string(),
  endOn: z.string().nullable(),
});

export const ZPersonDetail = ZPersonRow.extend({ memberships: z.array(ZMembershipRow) });
export type PersonDetail = z.infer<typeof ZPersonDetail>;

const personFields = {
  name: z.string().trim().min(1, '请填写姓名').max(50),
  gender: ZGender.nullable().optional(),
  ethnicity: ZOptText(20),
  birthDate: ZDate.nullable().optional(),
  idNumber: z.string().trim().min(1, '请填写公民身份号码').max(18, '公民身份号码应为18位'),
  education: ZOptText(30),
  category: z.enum(PERSON_CATEGORIES),
  joinedOn: ZDate.nullable().optional(),
  confirmedOn: ZDate.nullable().optional(),
  jobPost: ZOptText(60),
  phone: ZOptText(20),
};

export const ZPersonCreate = z.object({
  ...personFields,
  branchId: ZId,
  groupId: ZId.nullable().optional(),
  /** membership start; default the as-of date */
  startOn: ZDate.optional(),
});
export const ZPersonUpdate = z.object(personFields).partial().extend({ status: z.enum(PERSON_STATUSES).optional() });

export const ZPersonMove = z.object({
  branchId: ZId,
  groupId: ZId.nullable().optional(),
  effectiveOn: ZDate,
});
