import { daysBetween, type BranchRole } from '@zhibu/domain';
import type { Committee, CommitteeMember } from '../api';

/** 书记 and 副书记 need the 机关党委's approval (ORG-3, R-ORG-5); the other posts are only filed. */
export const needsApproval = (role: BranchRole): boolean => role === 'secretary' || role === 'deputySecretary';

const ROLE_ORDER: BranchRole[] = ['secretary', 'deputySecretary', 'organizationMember', 'publicityMember', 'disciplineMember', 'committeeMember'];

/** Members in the order a 班子 is read out: 书记 first. */
export const byRole = <T extends { role: BranchRole }>(a: T, b: T): number => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role);

export const roleColor = (role: BranchRole): string | undefined =>
  role === 'secretary' ? 'red' : role === 'deputySecretary' ? 'volcano' : undefined;

/** Roles a term of this kind may have: a branch without a committee has only a 书记 (and maybe a 副书记). */
export const rolesFor = (kind: Committee['kind']): BranchRole[] =>
  kind === 'secretaryOnly' ? ['secretary', 'deputySecretary'] : ROLE_ORDER;

/** Members still in office on `today` (a member who left keeps the row with an end date). */
export const inOffice = (m: CommitteeMember, today: string): boolean => m.endOn === null || m.endOn > today;

export interface Countdown {
  /** days left until the deadline; negative when overdue */
  days: number;
  text: string;
  tone: 'ok' | 'soon' | 'overdue';
}

/**
 * “距届满还有N天” / “今日届满” / “已超期N天” (after an extension: to the extended deadline); “soon” within about six
 * months (R-ORG-6 warns 6/3/1 months ahead).
 */
export function countdown(today: string, deadline: string, extended = false): Countdown {
  const days = daysBetween(today, deadline);
  if (days < 0) return { days, text: `已超期${-days}天`, tone: 'overdue' };
  if (days === 0) return { days, text: extended ? '延期今日到期' : '今日届满', tone: 'soon' };
  return { days, text: `${extended ? '距延期期限还有' : '距届满还有'}${days}天`, tone: days <= 183 ? 'soon' : 'ok' };
}

/** The organ's extensions of a term, in months. */
export const extendedMonths = (c: Committee): number => c.extensions.reduce((s, e) => s + e.months, 0);

/** Tag colours of ELECTION_STATUS_LABELS: waiting on the organ in gold, a return in red. */
export const ELECTION_STATUS_COLORS = {
  draft: 'default',
  held: 'blue',
  submitted: 'gold',
  returned: 'red',
  approved: 'green',
} as const;
