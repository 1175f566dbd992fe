import { committeeMembersOn, committeeOn, inForce, isMemberOn, type BranchFacts, type PersonFact } from '../check/facts.js';
import type { PersonStatus } from '../person/person.js';
import type { CalendarDate } from '../time/calendarDate.js';

/** The most names a pasted member list may hold (a WeChat group holds at most 500). */
export const MAX_CHAT_GROUP_NAMES = 500;

/**
 * The names of a pasted member list: one per line, or separated by 、，, ;； or whitespace; each trimmed, empties
 * dropped, in the order given (duplicates kept: the list is what the group shows).
 */
export function parseMemberNames(text: string): string[] {
  return text
    .split(/[\s、，,;；]+/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export interface ChatGroupInput {
  name: string;
  managerPersonId: string | null;
  /** the member names as listed */
  members: readonly string[];
}

/** The branch as the check of its group reads it. */
export interface ChatGroupBranch {
  fullName: string;
  shortName: string;
  /** the 书记 and the committee members in force on the date */
  officerIds: readonly string[];
  persons: readonly Pick<PersonFact, 'name' | 'category' | 'joinedOn' | 'confirmedOn' | 'status' | 'memberships'>[];
}

export interface ChatGroupCheck {
  /** the name equals the branch's full or standard short name */
  nameOk: boolean;
  /** the manager is the 书记 or a committee member */
  managerOk: boolean;
  /** listed names that are not a current 党员, 预备党员 or 入党积极分子 of the branch, each once, in list order */
  outsiders: string[];
  /** how many distinct names were listed */
  listed: number;
}

const GONE: readonly PersonStatus[] = ['leftParty', 'deceased', 'lapsed', 'suspended'];

/**
 * Whether a person may be in the branch's group on a date (VEN-3): on the branch's roster then, not gone, and a
 * 党员 (正式 or 预备) or an 入党积极分子. A 发展对象 is chosen from the 入党积极分子 and still one of them, so counts;
 * an 入党申请人 (not yet an activist) does not.
 */
export function mayBeInChatGroup(p: ChatGroupBranch['persons'][number], date: CalendarDate): boolean {
  if (GONE.includes(p.status) || !p.memberships.some((m) => inForce(m, date))) return false;
  if (p.category === 'activist' || p.category === 'candidate') return true;
  return isMemberOn(p, date);
}

/** VEN-3: checks a branch's WeChat group against the branch on a date. Names compare exactly after trimming. */
export function checkChatGroup(group: ChatGroupInput, branch: ChatGroupBranch, date: CalendarDate): ChatGroupCheck {
  const name = group.name.trim();
  const nameOk = name !== '' && (name === branch.fullName.trim() || name === branch.shortName.trim());
  const managerOk = group.managerPersonId !== null && branch.officerIds.includes(group.managerPersonId);
  const allowed = new Set(branch.persons.filter((p) => mayBeInChatGroup(p, date)).map((p) => p.name.trim()));
  const seen = new Set<string>();
  const outsiders: string[] = [];
  for (const raw of group.members) {
    const n = raw.trim();
    if (n === '' || seen.has(n)) continue;
    seen.add(n);
    if (!allowed.has(n)) outsiders.push(n);
  }
  return { nameOk, managerOk, outsiders, listed: seen.size };
}

/** The branch side of the check from the facts of the standards check: officers from the term (or posts) in force. */
export function chatGroupBranchOn(branch: BranchFacts, date: CalendarDate): ChatGroupBranch {
  const c = committeeOn(branch, date);
  const officerIds = c
    ? committeeMembersOn(c, date).map((m) => m.personId)
    : branch.posts.filter((p) => p.startOn <= date && (p.endOn === null || p.endOn > date)).map((p) => p.personId);
  return { fullName: branch.fullName, shortName: branch.shortName, officerIds, persons: branch.persons };
}
