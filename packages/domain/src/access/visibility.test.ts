import { describe, it, expect } from 'vitest';
import type { BranchRole, OrganRole, Viewer } from './roles.js';
import { isBranchLead, isBranchOfficer, isBranchSecretary, isOrganAdmin, leadsGroup } from './roles.js';
import { canManageBranch, canSeeBranch, personAccess, rosterScope, type PersonAccess, type PersonPlace } from './visibility.js';

// Two branches: A (groups A1, A2) and B (group B1).
const A = 'branch-A';
const B = 'branch-B';
const A1 = 'group-A1';
const A2 = 'group-A2';
const B1 = 'group-B1';

function viewer(
  personId: string | null,
  opts: { organRoles?: OrganRole[]; branchRoles?: Record<string, BranchRole[]>; ledGroups?: { groupId: string; branchId: string }[] } = {},
): Viewer {
  return {
    accountId: `acct-${personId ?? 'none'}`,
    organId: 'organ-1',
    personId,
    organRoles: opts.organRoles ?? [],
    branchRoles: opts.branchRoles ?? {},
    ledGroups: opts.ledGroups ?? [],
  };
}

// The people looked at.
const inA1: PersonPlace = { personId: 'p-A1', branchId: A, groupId: A1 };
const inA2: PersonPlace = { personId: 'p-A2', branchId: A, groupId: A2 };
const inANoGroup: PersonPlace = { personId: 'p-A0', branchId: A, groupId: null };
const inB1: PersonPlace = { personId: 'p-B1', branchId: B, groupId: B1 };
const transferredOut: PersonPlace = { personId: 'p-out', branchId: null, groupId: null };

// The viewers.
const admin = viewer(null, { organRoles: ['organAdmin'] });
const adminWithPerson = viewer('p-B1', { organRoles: ['organAdmin'] });
const assessor = viewer(null, { organRoles: ['assessor'] });
const assessorMemberOfA = viewer('p-A0', { organRoles: ['assessor'] });
const secretaryA = viewer('sec-A', { branchRoles: { [A]: ['secretary'] } });
const deputyA = viewer('dep-A', { branchRoles: { [A]: ['deputySecretary'] } });
const organizationA = viewer('org-A', { branchRoles: { [A]: ['organizationMember'] } });
const publicityA = viewer('pub-A', { branchRoles: { [A]: ['publicityMember'] } });
const disciplineA = viewer('dis-A', { branchRoles: { [A]: ['disciplineMember'] } });
const committeeA = viewer('com-A', { branchRoles: { [A]: ['committeeMember'] } });
const leaderA1 = viewer('p-A1', { ledGroups: [{ groupId: A1, branchId: A }] });
const memberA1 = viewer('p-A1');
const memberA0 = viewer('p-A0');
const secretaryB = viewer('sec-B', { branchRoles: { [B]: ['secretary'] } });
const publicityB = viewer('pub-B', { branchRoles: { [B]: ['publicityMember'] } });
const leaderB1 = viewer('p-B1', { ledGroups: [{ groupId: B1, branchId: B }] });
const memberB1 = viewer('p-B1');
const emptyRolesA = viewer('x', { branchRoles: { [A]: [] } });

const FULL: PersonAccess = { idNumber: 'full', phone: true, dues: true, hardship: true, development: true, edit: true };
const OFFICER: PersonAccess = { idNumber: 'masked', phone: true, dues: true, hardship: true, development: true, edit: false };
const GROUP_LEADER: PersonAccess = { idNumber: 'masked', phone: true, dues: false, hardship: false, development: false, edit: false };
const SELF: PersonAccess = { idNumber: 'full', phone: true, dues: true, hardship: true, development: true, edit: false };

describe('personAccess: the matrix of contracts §4', () => {
  it.each<[string, Viewer, PersonPlace, PersonAccess | null]>([
    // organ admin: everyone, in full, including people with no current branch
    ['organ admin → a member of A', admin, inA1, FULL],
    ['organ admin → a member of B', admin, inB1, FULL],
    ['organ admin → a person transferred out', admin, transferredOut, FULL],
    ['organ admin with a person of B → a member of A', adminWithPerson, inA2, FULL],
    // 书记, 副书记 (sees what 书记 sees), 组织委员: own branch in full
    ['书记 of A → A, group A1', secretaryA, inA1, FULL],
    ['书记 of A → A, group A2', secretaryA, inA2, FULL],
    ['书记 of A → A, no group', secretaryA, inANoGroup, FULL],
    ['副书记 of A → A', deputyA, inA2, FULL],
    ['组织委员 of A → A', organizationA, inANoGroup, FULL],
    // other 支委: own branch, ID masked, no editing
    ['宣传委员 of A → A', publicityA, inA1, OFFICER],
    ['纪检委员 of A → A', disciplineA, inA2, OFFICER],
    ['委员 of A → A', committeeA, inANoGroup, OFFICER],
    // 党小组长: own group only, ID masked, no dues / hardship / development file
    ['党小组长 of A1 → a member of A1', leaderA1, { personId: 'p-A1b', branchId: A, groupId: A1 }, GROUP_LEADER],
    ['党小组长 of A1 → a member of A2', leaderA1, inA2, null],
    ['党小组长 of A1 → a member of A without a group', leaderA1, inANoGroup, null],
    // a member: only themself, ID in full, no editing
    ['member → themself', memberA0, inANoGroup, SELF],
    ['member → themself in a group', memberA1, inA1, SELF],
    ['member → another member of the same group', memberA1, { personId: 'p-A1b', branchId: A, groupId: A1 }, null],
    ['member → another member of the branch', memberA0, inA2, null],
    ['member transferred out → themself', viewer('p-out'), transferredOut, SELF],
    // branch B users see nothing of branch A
    ['书记 of B → A', secretaryB, inA1, null],
    ['宣传委员 of B → A', publicityB, inA1, null],
    ['党小组长 of B1 → A', leaderB1, inA1, null],
    ['member of B → A', memberB1, inA1, null],
    ['书记 of A → B', secretaryA, inB1, null],
    ['书记 of A → a person transferred out of A', secretaryA, transferredOut, null],
    // the assessor sees no person (only what an assessment needs)
    ['assessor → A', assessor, inA1, null],
    ['assessor → B', assessor, inB1, null],
    ['assessor who is a member of A → another member of A', assessorMemberOfA, inA1, null],
    ['assessor who is a member of A → themself', assessorMemberOfA, inANoGroup, SELF],
    // a branch listed with no role gives nothing
    ['an empty role list for A → A', emptyRolesA, inA1, null],
  ])('%s', (_label, v, place, expected) => {
    expect(personAccess(v, place)).toEqual(expected);
  });

  it('a 党小组长 sees their own record as a member does: full ID, own dues', () => {
    expect(personAccess(leaderA1, inA1)).toEqual(SELF);
  });

  it('a 支委 without full rights sees their own ID number in full', () => {
    expect(personAccess(publicityA, { personId: 'pub-A', branchId: A, groupId: A1 })).toEqual(SELF);
    expect(personAccess(committeeA, { personId: 'com-A', branchId: A, groupId: null })).toEqual(SELF);
  });

  it('a 书记 keeps full rights, editing included, on their own record', () => {
    expect(personAccess(secretaryA, { personId: 'sec-A', branchId: A, groupId: A1 })).toEqual(FULL);
  });

  it('a 宣传委员 who also leads a group keeps the 支委 rights over that group', () => {
    const v = viewer('pub-A', { branchRoles: { [A]: ['publicityMember'] }, ledGroups: [{ groupId: A1, branchId: A }] });
    expect(personAccess(v, inA1)).toEqual(OFFICER);
  });

  it('roles in one branch give nothing in another (a 书记 of A who leads a group in B sees only that group of B)', () => {
    const v = viewer('sec-A', { branchRoles: { [A]: ['secretary'] }, ledGroups: [{ groupId: B1, branchId: B }] });
    expect(personAccess(v, inB1)).toEqual(GROUP_LEADER);
    expect(personAccess(v, { personId: 'p-B0', branchId: B, groupId: null })).toBeNull();
  });

  it('a viewer with no person never matches a person by accident', () => {
    expect(personAccess(viewer(null), inA1)).toBeNull();
  });
});

describe('rosterScope', () => {
  it.each<[string, Viewer, { allBranches: boolean; branchIds: string[]; groupIds: string[] }]>([
    ['organ admin: all branches', admin, { allBranches: true, branchIds: [], groupIds: [] }],
    ['书记 of A: branch A', secretaryA, { allBranches: false, branchIds: [A], groupIds: [] }],
    ['副书记 of A: branch A', deputyA, { allBranches: false, branchIds: [A], groupIds: [] }],
    ['宣传委员 of A: branch A', publicityA, { allBranches: false, branchIds: [A], groupIds: [] }],
    ['委员 of A: branch A', committeeA, { allBranches: false, branchIds: [A], groupIds: [] }],
    ['党小组长 of A1: group A1', leaderA1, { allBranches: false, branchIds: [], groupIds: [A1] }],
    ['member: nothing', memberA0, { allBranches: false, branchIds: [], groupIds: [] }],
    ['assessor: nothing', assessor, { allBranches: false, branchIds: [], groupIds: [] }],
    ['an empty role list: nothing', emptyRolesA, { allBranches: false, branchIds: [], groupIds: [] }],
  ])('%s', (_label, v, expected) => {
    expect(rosterScope(v)).toEqual(expected);
  });

  it('a 支委 who also leads a group of the same branch lists the branch, not the group again', () => {
    const v = viewer('pub-A', { branchRoles: { [A]: ['publicityMember'] }, ledGroups: [{ groupId: A1, branchId: A }] });
    expect(rosterScope(v)).toEqual({ allBranches: false, branchIds: [A], groupIds: [] });
  });

  it('a 书记 of A who leads a group of B lists A and that group', () => {
    const v = viewer('sec-A', { branchRoles: { [A]: ['secretary'] }, ledGroups: [{ groupId: B1, branchId: B }] });
    expect(rosterScope(v)).toEqual({ allBranches: false, branchIds: [A], groupIds: [B1] });
  });
});

describe('canManageBranch: organ admin or 书记/副书记/组织委员 of that branch', () => {
  it.each<[string, Viewer, string, boolean]>([
    ['organ admin, A', admin, A, true],
    ['organ admin, B', admin, B, true],
    ['书记 of A, A', secretaryA, A, true],
    ['副书记 of A, A', deputyA, A, true],
    ['组织委员 of A, A', organizationA, A, true],
    ['宣传委员 of A, A', publicityA, A, false],
    ['纪检委员 of A, A', disciplineA, A, false],
    ['委员 of A, A', committeeA, A, false],
    ['党小组长 of A1, A', leaderA1, A, false],
    ['member of A, A', memberA0, A, false],
    ['assessor, A', assessor, A, false],
    ['书记 of A, B', secretaryA, B, false],
    ['书记 of B, A', secretaryB, A, false],
  ])('%s → %s', (_label, v, branchId, expected) => {
    expect(canManageBranch(v, branchId)).toBe(expected);
  });
});

describe('canSeeBranch', () => {
  it.each<[string, Viewer, string, string | null, boolean]>([
    ['organ admin sees B', admin, B, null, true],
    ['assessor sees A', assessor, A, null, true],
    ['assessor sees B', assessor, B, null, true],
    ['书记 of A sees A', secretaryA, A, A, true],
    ['宣传委员 of A sees A', publicityA, A, A, true],
    ['党小组长 of A1 sees A', leaderA1, A, null, true],
    ['member of A sees A', memberA0, A, A, true],
    ['member of A does not see B', memberA0, B, A, false],
    ['书记 of A does not see B', secretaryA, B, A, false],
    ['党小组长 of A1 does not see B', leaderA1, B, A, false],
    ['书记 of B does not see A', secretaryB, A, B, false],
    ['member of B does not see A', memberB1, A, B, false],
    ['a person with no branch sees none', viewer('p-out'), A, null, false],
  ])('%s', (_label, v, branchId, own, expected) => {
    expect(canSeeBranch(v, branchId, own)).toBe(expected);
  });
});

describe('roles helpers', () => {
  it('isOrganAdmin', () => {
    expect(isOrganAdmin(admin)).toBe(true);
    expect(isOrganAdmin(assessor)).toBe(false);
    expect(isOrganAdmin(secretaryA)).toBe(false);
  });

  it.each<[BranchRole, boolean, boolean]>([
    // role, lead (书记/副书记/组织委员), secretary (书记/副书记)
    ['secretary', true, true],
    ['deputySecretary', true, true],
    ['organizationMember', true, false],
    ['publicityMember', false, false],
    ['disciplineMember', false, false],
    ['committeeMember', false, false],
  ])('%s: lead %s, secretary %s, officer always; nothing in another branch', (role, lead, secretary) => {
    const v = viewer('p', { branchRoles: { [A]: [role] } });
    expect(isBranchLead(v, A)).toBe(lead);
    expect(isBranchSecretary(v, A)).toBe(secretary);
    expect(isBranchOfficer(v, A)).toBe(true);
    expect(isBranchLead(v, B)).toBe(false);
    expect(isBranchSecretary(v, B)).toBe(false);
    expect(isBranchOfficer(v, B)).toBe(false);
  });

  it('leadsGroup', () => {
    expect(leadsGroup(leaderA1, A1)).toBe(true);
    expect(leadsGroup(leaderA1, A2)).toBe(false);
    expect(leadsGroup(memberA1, A1)).toBe(false);
  });
});
