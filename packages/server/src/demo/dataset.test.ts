import { describe, it, expect } from 'vitest';
import { addYears, ageOn, checkPersonFacts, isValidDate, parseIdNumber } from '@zhibu/domain';
import { buildDemoDataset, type DemoDataset } from './dataset.js';
import { demoMeetingGaps } from './meetings.js';
import { DEMO_LIFE_GAPS } from './lifeRecords.js';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** every string in the dataset that looks like a date, with where it was found */
function datesIn(value: unknown, path = ''): { path: string; date: string }[] {
  if (typeof value === 'string') return DATE_RE.test(value) ? [{ path, date: value }] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => datesIn(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => datesIn(v, `${path}.${k}`));
  return [];
}

const open = <T extends { endOn: string | null }>(rows: T[]) => rows.filter((r) => r.endOn === null);

describe.each(['2026-11-24', '2026-01-01', '2025-12-31', '2028-02-29', '2031-07-01'])('demo dataset as of %s', (asOf) => {
  const d: DemoDataset = buildDemoDataset(asOf);
  const branchByShort = new Map(d.branches.map((b) => [b.shortName, b]));
  const branchById = new Map(d.branches.map((b) => [b.id, b]));
  const personById = new Map(d.persons.map((p) => [p.id, p]));
  const branchOf = (personId: string) => open(d.branchMemberships).find((m) => m.personId === personId)!.branchId;
  const postsOf = (personId: string) => d.posts.filter((p) => p.personId === personId);

  it('has the organ, its 13 units, ≥ 8 branches and ≥ 120 persons', () => {
    expect(d.organ.name).toBe('XX市人大常委会机关');
    expect(d.organ.recordsStartOn).toBe(`${Number(asOf.slice(0, 4)) - 1}-01-01`);
    expect(d.units.map((u) => u.name)).toContain('代表工作委员会(人事代表选举联络)');
    expect(d.units).toHaveLength(13);
    expect(d.branches.length).toBeGreaterThanOrEqual(8);
    expect(d.persons.length).toBeGreaterThanOrEqual(120);
    const sizes = d.branches.map((b) => open(d.branchMemberships.filter((m) => m.branchId === b.id)).length);
    expect(new Set(sizes).size, 'branches of different sizes').toBeGreaterThanOrEqual(6);
  });

  it('uses unique v4-shaped UUIDs everywhere', () => {
    const ids = [d.organ, ...d.units, ...d.branches, ...d.groups, ...d.persons, ...d.branchMemberships, ...d.groupMemberships, ...d.posts].map((r) => r.id);
    for (const id of ids) expect(id).toMatch(UUID_RE);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('dates nothing after asOf but plans and deadlines, and every date is a real date', () => {
    // a planned meeting and a 整改 deadline are the future by nature; nothing that happened is
    const ahead = (path: string) => /^\.life\.rectifications\[\d+\]\.deadline$/.test(path) || /^\.meetings\[\d+\]\.heldOn$/.test(path);
    for (const { path, date } of datesIn(d)) {
      expect(isValidDate(date), path).toBe(true);
      if (!ahead(path)) expect(date <= asOf, `${path} = ${date}`).toBe(true);
    }
    for (const m of d.meetings) if (m.status !== 'planned') expect(m.heldOn <= asOf, m.id).toBe(true);
  });

  it('gives every person a valid ID number agreeing with the birth date and gender', () => {
    for (const p of d.persons) {
      const parsed = parseIdNumber(p.idNumber);
      expect(parsed, `${p.name} ${p.idNumber}`).toEqual({ ok: true, info: { birthDate: p.birthDate, gender: p.gender } });
      expect(p.idNumber).toMatch(/^3301\d{13}[\dX]$/);
    }
    expect(new Set(d.persons.map((p) => p.idNumber)).size).toBe(d.persons.length);
  });

  it('passes checkPersonFacts for every person', () => {
    for (const p of d.persons) expect(checkPersonFacts(p), p.name).toEqual([]);
  });

  it('has realistic names, phones and roster facts', () => {
    expect(new Set(d.persons.map((p) => p.name)).size).toBe(d.persons.length);
    for (const p of d.persons) {
      expect(p.name).toMatch(/^[\u4e00-\u9fa5]{2,4}$/);
      expect(p.phone).toMatch(/^13\d{9}$/);
      expect(p.status).toBe('active');
      expect(p.ethnicity).toMatch(/族$/);
      expect(p.education.length).toBeGreaterThan(0);
      expect(p.jobPost.length).toBeGreaterThan(0);
    }
    expect(new Set(d.persons.map((p) => p.phone)).size).toBe(d.persons.length);
    const surnames = new Set(d.persons.map((p) => p.name[0]));
    for (const s of ['单', '曾', '解']) expect(surnames.has(s), s).toBe(true);
    const han = d.persons.filter((p) => p.ethnicity === '汉族').length;
    expect(han / d.persons.length).toBeGreaterThan(0.85);
    expect(han).toBeLessThan(d.persons.length);
    expect(new Set(d.persons.map((p) => p.gender))).toEqual(new Set(['male', 'female']));
  });

  it('dates party membership consistently with the category', () => {
    const yearBefore = addYears(asOf, -1);
    for (const p of d.persons) {
      if (p.joinedOn) expect(ageOn(p.birthDate, p.joinedOn), p.name).toBeGreaterThanOrEqual(18);
      if (p.category === 'full') {
        expect(p.joinedOn, p.name).not.toBeNull();
        expect(p.confirmedOn).toBe(addYears(p.joinedOn!, 1));
      } else if (p.category === 'probationary') {
        expect(p.confirmedOn).toBeNull();
        expect(p.joinedOn! > yearBefore && p.joinedOn! <= asOf, `${p.name} ${p.joinedOn}`).toBe(true);
      } else {
        expect(p.joinedOn).toBeNull();
        expect(p.confirmedOn).toBeNull();
      }
    }
    const count = (c: string) => d.persons.filter((p) => p.category === c).length;
    expect(count('probationary')).toBeGreaterThanOrEqual(3);
    expect(count('activist')).toBeGreaterThanOrEqual(3);
    expect(count('candidate')).toBeGreaterThanOrEqual(2);
    expect(count('full')).toBeGreaterThan(d.persons.length * 0.8);
  });

  it('gives every person exactly one open branch membership, starting at the records start or on joining', () => {
    for (const p of d.persons) {
      const mine = d.branchMemberships.filter((m) => m.personId === p.id);
      expect(open(mine), p.name).toHaveLength(1);
      const first = mine.reduce((a, b) => (a.startOn < b.startOn ? a : b));
      const expected = p.joinedOn && p.joinedOn > d.organ.recordsStartOn ? p.joinedOn : d.organ.recordsStartOn;
      expect(first.startOn, p.name).toBe(expected);
    }
    for (const m of d.branchMemberships) {
      expect(personById.has(m.personId)).toBe(true);
      expect(d.branches.some((b) => b.id === m.branchId)).toBe(true);
      if (m.endOn) expect(m.endOn >= m.startOn).toBe(true);
    }
  });

  it('keeps history: ended branch and group memberships that hand over without gap or overlap', () => {
    const endedBranch = d.branchMemberships.filter((m) => m.endOn);
    const endedGroup = d.groupMemberships.filter((m) => m.endOn);
    expect(endedBranch.length).toBeGreaterThanOrEqual(1);
    expect(endedGroup.length).toBeGreaterThanOrEqual(2);
    for (const [rows, ended] of [[d.branchMemberships, endedBranch], [d.groupMemberships, endedGroup]] as const) {
      for (const e of ended) {
        const next = rows.filter((m) => m.personId === e.personId && m !== e);
        expect(next.some((m) => m.startOn > e.endOn! && m.startOn <= asOf)).toBe(true);
        for (const m of next) expect(m.startOn > e.endOn! || (m.endOn !== null && m.endOn < e.startOn)).toBe(true);
      }
    }
  });

  it('puts only members in groups of their own branch, within their branch membership', () => {
    for (const m of d.groupMemberships) {
      const p = personById.get(m.personId)!;
      expect(['full', 'probationary']).toContain(p.category);
      const g = d.groups.find((x) => x.id === m.groupId)!;
      const bm = d.branchMemberships.find((b) => b.personId === p.id && b.branchId === g.branchId)!;
      expect(bm, p.name).toBeDefined();
      expect(m.startOn >= bm.startOn).toBe(true);
      if (m.endOn) expect(m.endOn >= m.startOn).toBe(true);
    }
    for (const p of d.persons) expect(open(d.groupMemberships.filter((m) => m.personId === p.id)).length).toBeLessThanOrEqual(1);
  });

  it('has group leaders who are full members of their group, and groups of ≥ 3 with a full member, but for one deliberate group of two (ORG-4)', () => {
    const small = d.groups.filter((g) => open(d.groupMemberships.filter((m) => m.groupId === g.id)).length < 3);
    expect(small.map((g) => `${branchById.get(g.branchId)!.shortName}${g.name}`)).toEqual(['离退休干部党支部第四党小组']);
    expect(open(d.groupMemberships.filter((m) => m.groupId === small[0]!.id))).toHaveLength(2);
    for (const g of d.groups.filter((x) => !small.includes(x))) {
      const members = open(d.groupMemberships.filter((m) => m.groupId === g.id)).map((m) => personById.get(m.personId)!);
      expect(g.leaderPersonId).not.toBeNull();
      expect(members.map((p) => p.id)).toContain(g.leaderPersonId);
      const leader = personById.get(g.leaderPersonId!)!;
      expect(leader.category).toBe('full');
      expect(leader.confirmedOn! <= g.foundedOn, `${leader.name} was a full member when ${g.name} was set up`).toBe(true);
      expect(members.length).toBeGreaterThanOrEqual(3);
      expect(g.foundedOn <= d.organ.recordsStartOn).toBe(true);
    }
  });

  it('gives each branch with ≥ 7 full members a committee of 3–5, odd but for one deliberate committee of four, and the others a single 书记 (ORG-2)', () => {
    const even = d.branches.filter((b) => d.posts.filter((p) => p.branchId === b.id).length % 2 === 0);
    expect(even.map((b) => b.shortName)).toEqual(['财经教科文卫城建联合党支部']);
    for (const b of d.branches) {
      const people = open(d.branchMemberships.filter((m) => m.branchId === b.id)).map((m) => personById.get(m.personId)!);
      const full = people.filter((p) => p.category === 'full').length;
      const posts = d.posts.filter((p) => p.branchId === b.id);
      const roles = posts.map((p) => p.role);
      expect(roles.filter((r) => r === 'secretary'), b.shortName).toHaveLength(1);
      expect(new Set(roles).size).toBe(roles.length);
      if (full >= 7) expect([3, 4, 5], b.shortName).toContain(posts.length);
      else expect(roles, b.shortName).toEqual(['secretary']);
      for (const post of posts) {
        const holder = personById.get(post.personId)!;
        expect(holder.category).toBe('full');
        expect(branchOf(holder.id)).toBe(b.id);
        expect(holder.confirmedOn! <= post.startOn, holder.name).toBe(true);
        expect(post.startOn).toBe(d.committees.find((c) => c.branchId === b.id)!.startOn);
        expect(post.startOn >= b.foundedOn).toBe(true);
      }
      expect(full, b.shortName).toBeGreaterThanOrEqual(3); // ORG-1
    }
  });

  it('has the realistic shape of product.md', () => {
    const size = (short: string) => open(d.branchMemberships.filter((m) => m.branchId === branchByShort.get(short)?.id)).length;
    expect(size('办公厅第一党支部')).toBeGreaterThanOrEqual(28);
    expect(size('办公厅第二党支部')).toBeGreaterThanOrEqual(18);
    expect(size('离退休干部党支部')).toBeGreaterThanOrEqual(20);
    expect(size('民族宗教侨务外事委员会党支部')).toBeGreaterThanOrEqual(4);
    expect(size('民族宗教侨务外事委员会党支部')).toBeLessThanOrEqual(6);
    const first = branchByShort.get('办公厅第一党支部')!;
    expect(d.posts.filter((p) => p.branchId === first.id).map((p) => p.role).sort()).toEqual(
      ['deputySecretary', 'disciplineMember', 'organizationMember', 'publicityMember', 'secretary'].sort(),
    );
    expect(d.groups.filter((g) => g.branchId === first.id)).toHaveLength(3);
    expect(d.groups.filter((g) => g.branchId === branchByShort.get('办公厅第二党支部')!.id)).toHaveLength(2);
    const joint = d.branches.filter((b) => b.kind === 'joint');
    expect(joint.length).toBeGreaterThanOrEqual(1);
    for (const b of joint) expect(b.unitIds.length).toBeGreaterThanOrEqual(2);
    expect(d.branches.find((b) => b.shortName === '财经教科文卫城建联合党支部')!.fullName).toBe(
      '中共XX市人大常委会机关财政经济委员会、教育科学文化卫生委员会、城乡建设环境保护委员会联合党支部',
    );
    for (const b of d.branches) {
      expect(b.fullName.startsWith('中共XX市人大常委会机关')).toBe(true);
      expect(b.shortName.endsWith('党支部')).toBe(true);
      for (const u of b.unitIds) expect(d.units.some((x) => x.id === u)).toBe(true);
    }
    expect(first.fullName).toBe('中共XX市人大常委会机关办公厅第一党支部');
    expect(new Set(d.branches.map((b) => b.fullName)).size).toBe(d.branches.length);
    expect(new Set(d.branches.map((b) => b.shortName)).size).toBe(d.branches.length);
    const retirees = open(d.branchMemberships.filter((m) => m.branchId === branchByShort.get('离退休干部党支部')!.id)).map((m) => personById.get(m.personId)!);
    for (const p of retirees) {
      expect(['离休干部', '退休干部']).toContain(p.jobPost);
      expect(ageOn(p.birthDate, asOf)).toBeGreaterThanOrEqual(60);
    }
    expect(retirees.some((p) => p.jobPost === '离休干部')).toBe(true);
    for (const p of d.persons) if (!retirees.includes(p)) expect(ageOn(p.birthDate, asOf), p.name).toBeLessThan(60);
  });

  it('has one demo account per role, each pointing at the right person', () => {
    const acct = new Map(d.accounts.map((a) => [a.username, a]));
    expect([...acct.keys()]).toEqual(['admin', 'assessor', 'shuji', 'zuzhi', 'xuanchuan', 'zuzhang', 'dangyuan', 'jiji', 'shuji2']);
    expect(acct.get('admin')).toMatchObject({ personId: null, organRoles: ['organAdmin'], label: '机关党委管理员' });
    expect(acct.get('assessor')).toMatchObject({ personId: null, organRoles: ['assessor'] });
    const first = branchByShort.get('办公厅第一党支部')!.id;
    const research = branchByShort.get('研究室党支部')!.id;
    const roleOf = (u: string, branchId: string) => postsOf(acct.get(u)!.personId!).filter((p) => p.branchId === branchId).map((p) => p.role);
    expect(roleOf('shuji', first)).toEqual(['secretary']);
    expect(roleOf('zuzhi', first)).toEqual(['organizationMember']);
    expect(roleOf('xuanchuan', first)).toEqual(['publicityMember']);
    expect(roleOf('shuji2', research)).toEqual(['secretary']);
    const zuzhang = acct.get('zuzhang')!.personId!;
    expect(postsOf(zuzhang)).toEqual([]);
    expect(d.groups.some((g) => g.branchId === first && g.leaderPersonId === zuzhang)).toBe(true);
    const dangyuan = acct.get('dangyuan')!.personId!;
    expect(personById.get(dangyuan)!.category).toBe('full');
    expect(postsOf(dangyuan)).toEqual([]);
    expect(d.groups.some((g) => g.leaderPersonId === dangyuan)).toBe(false);
    expect(personById.get(acct.get('jiji')!.personId!)!.category).toBe('activist');
    for (const u of ['shuji', 'zuzhi', 'xuanchuan', 'zuzhang', 'dangyuan', 'jiji']) {
      expect(branchOf(acct.get(u)!.personId!), u).toBe(first);
      expect(acct.get(u)!.organRoles).toEqual([]);
      expect(acct.get(u)!.label.startsWith('办公厅第一党支部')).toBe(true);
    }
    const personIds = d.accounts.map((a) => a.personId).filter((x) => x !== null);
    expect(new Set(personIds).size).toBe(personIds.length);
  });

  it('is deterministic: two calls give deep-equal output', () => {
    expect(buildDemoDataset(asOf)).toEqual(d);
  });
});

describe('demo dataset across dates', () => {
  it('keeps the same ids whatever asOf is', () => {
    const a = buildDemoDataset('2026-11-24');
    const b = buildDemoDataset('2029-03-15');
    expect(b.organ.id).toBe(a.organ.id);
    expect(b.persons.map((p) => p.id)).toEqual(a.persons.map((p) => p.id));
    expect(b.branches.map((x) => x.id)).toEqual(a.branches.map((x) => x.id));
  });

  it('refuses an asOf that is not a date', () => {
    expect(() => buildDemoDataset('2026-02-30')).toThrow();
    expect(() => buildDemoDataset('today')).toThrow();
  });
});

describe('demo terms (ORG-3): one ending soon, one expired, the rest running, with two deliberate record gaps', () => {
  const d = buildDemoDataset('2026-11-24');
  const term = (short: string) => d.committees.find((c) => c.branchId === d.branches.find((b) => b.shortName === short)!.id)!;
  it('办公厅第一党支部 ends within six months, 研究室党支部 ended two months ago', () => {
    expect(term('办公厅第一党支部')).toMatchObject({ startOn: '2024-03-24', termYears: 3 });
    expect(term('研究室党支部')).toMatchObject({ startOn: '2023-09-24', termYears: 3 });
  });
  it('one term has no election date and one no approval of its 书记', () => {
    expect(term('预算工作委员会党支部').electedOn).toBeNull();
    expect(term('法制工作委员会党支部').approvedOn).toBeNull();
    expect(d.committees.filter((c) => c.electedOn === null || c.approvedOn === null)).toHaveLength(2);
  });
});

describe('demo meetings (LIFE-1..5): every period held, but for four deliberate gaps', () => {
  const asOf = '2026-11-24';
  const d = buildDemoDataset(asOf);
  const of = (branchId: string, kind: string) => d.meetings.filter((m) => m.branchId === branchId && m.kind === kind);
  const monthsOf = (ms: { heldOn: string }[]) => new Set(ms.map((m) => m.heldOn.slice(0, 7)));
  const minutes = (m: { startTime: string; endTime: string }) =>
    Number(m.endTime.slice(0, 2)) * 60 + Number(m.endTime.slice(3)) - Number(m.startTime.slice(0, 2)) * 60 - Number(m.startTime.slice(3));
  /** 2025-01 … 2026-10: the closed months of the records */
  const closedMonths = Array.from({ length: 22 }, (_, i) => `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);

  it('names the gaps relative to asOf', () => {
    expect(demoMeetingGaps(asOf)).toEqual({
      noThemeDay: { branch: '办公厅第二党支部', month: '2026-09' },
      shortThemeDay: { branch: '预算工作委员会党支部', month: '2026-10', minutes: 50 },
      noAssembly: { branch: '法制工作委员会党支部', quarter: '2026-Q3' },
      noGroupMeeting: { branch: '离退休干部党支部', group: '第一党小组', month: '2026-10' },
    });
    expect(demoMeetingGaps('2026-01-01').noAssembly.quarter).toBe('2025-Q4');
  });

  it('a 主题党日 of 90–120 minutes with the three required actions every month, but for two gaps', () => {
    for (const b of d.branches) {
      const days = of(b.id, 'themeDay');
      const expected = closedMonths.filter((m) => !(b.shortName === '办公厅第二党支部' && m === '2026-09'));
      expect([...monthsOf(days)].filter((m) => m < '2026-11'), b.shortName).toEqual(expected);
      for (const m of days) {
        expect(m.themeDay, b.shortName).toMatchObject({ recitedConstitution: true, studied: true, paidDues: true });
        const short = b.shortName === '预算工作委员会党支部' && m.heldOn.startsWith('2026-10');
        if (short) expect(minutes(m)).toBe(50);
        else expect(minutes(m)).toBeGreaterThanOrEqual(90);
        expect(minutes(m)).toBeLessThanOrEqual(120);
      }
    }
  });

  it('a 支委会 every month where there is a committee, a 党员大会 every quarter but for one, a 党课 every half-year', () => {
    for (const b of d.branches) {
      const c = d.committees.find((x) => x.branchId === b.id)!;
      const committeeMonths = monthsOf(of(b.id, 'committeeMeeting'));
      if (c.kind === 'committee') for (const m of closedMonths) expect(committeeMonths.has(m), `${b.shortName} ${m}`).toBe(true);
      else expect(committeeMonths.size).toBe(0);
      const quarters = of(b.id, 'assembly').map((m) => `${m.heldOn.slice(0, 4)}-Q${Math.ceil(Number(m.heldOn.slice(5, 7)) / 3)}`);
      const expected = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3'].filter((q) => !(b.shortName === '法制工作委员会党支部' && q === '2026-Q3'));
      expect(quarters.filter((q) => q < '2026-Q4'), b.shortName).toEqual(expected);
      const lectures = of(b.id, 'partyLecture');
      expect(lectures.filter((m) => m.heldOn < '2026-07-01').map((m) => m.heldOn.slice(0, 4) + (m.heldOn < `${m.heldOn.slice(0, 4)}-07-01` ? 'H1' : 'H2'))).toEqual(['2025H1', '2025H2', '2026H1']);
      const secretary = d.posts.find((p) => p.branchId === b.id && p.role === 'secretary')!.personId;
      for (const y of ['2025', '2026']) expect(lectures.some((m) => m.heldOn.startsWith(y) && m.lecturerPersonId === secretary), `${b.shortName} ${y}`).toBe(true);
    }
  });

  it('a 党小组会 of each group every month since it was set up, but for one', () => {
    for (const g of d.groups) {
      const months = monthsOf(d.meetings.filter((m) => m.groupId === g.id));
      for (const m of closedMonths.filter((x) => x >= g.foundedOn.slice(0, 7))) {
        const gap = d.branches.find((b) => b.id === g.branchId)!.shortName === '离退休干部党支部' && g.name === '第一党小组' && m === '2026-10';
        expect(months.has(m), `${g.name} ${m}`).toBe(!gap);
      }
    }
  });

  it('records attendance: most present, some on leave with a reason, rarely absent; guests only at 主题党日', () => {
    const ids = d.meetings.map((m) => m.id);
    for (const id of ids) expect(id).toMatch(UUID_RE);
    expect(new Set(ids).size).toBe(ids.length);
    const byMeeting = new Set(d.attendance.map((a) => a.meetingId));
    expect(d.meetings.filter((m) => m.status !== 'planned').every((m) => byMeeting.has(m.id))).toBe(true);
    expect(d.meetings.filter((m) => m.status === 'planned').some((m) => byMeeting.has(m.id))).toBe(false);
    const counted = d.attendance.filter((a) => !a.guest);
    const share = (s: string) => counted.filter((a) => a.status === s).length / counted.length;
    expect(share('present')).toBeGreaterThan(0.8);
    expect(share('onLeave')).toBeGreaterThan(0.03);
    expect(share('absent')).toBeGreaterThan(0);
    expect(share('absent')).toBeLessThan(0.03);
    expect(counted.filter((a) => a.status === 'onLeave').every((a) => a.reason)).toBe(true);
    const kindOf = new Map(d.meetings.map((m) => [m.id, m.kind]));
    expect(new Set(d.attendance.filter((a) => a.guest).map((a) => kindOf.get(a.meetingId)))).toEqual(new Set(['themeDay']));
    expect(new Set(d.attendance.map((a) => `${a.meetingId}/${a.personId}`)).size).toBe(d.attendance.length);
  });
});

describe('demo 组织生活 beyond meetings (LIFE-6..9, MEM-4, LED-1): last year complete, but for deliberate gaps', () => {
  const asOf = '2026-11-24';
  const d = buildDemoDataset(asOf);
  const branch = (name: string) => d.branches.find((b) => b.shortName === name)!.id;
  const of = <T extends Record<string, unknown>>(rows: T[], name: string) => rows.filter((r) => r.branch_id === branch(name));
  const all = d.branches.map((b) => b.shortName);

  it('holds last year’s 组织生活会 in every branch, with 整改 all closed but one of 研究室党支部', () => {
    const lifeMeetings = d.meetings.filter((m) => m.kind === 'lifeMeeting' && m.status !== 'planned');
    expect(lifeMeetings.map((m) => m.heldOn.slice(0, 7))).toEqual(all.map(() => '2025-12'));
    const open = d.life.rectifications.filter((r) => r.status === 'open');
    expect(open.map((r) => r.branch_id)).toEqual([branch(DEMO_LIFE_GAPS.openRectification)]);
    expect(open[0]!.deadline! < asOf).toBe(true);
  });

  it('finishes last year’s 民主评议 but in 财经…联合党支部, with 优秀 within a third of those graded', () => {
    const last = d.life.appraisals.filter((a) => a.year === 2025);
    expect(last).toHaveLength(all.length);
    expect(last.filter((a) => a.step !== 'done').map((a) => a.branch_id)).toEqual([branch(DEMO_LIFE_GAPS.appraisalUnfinished)]);
    for (const a of last) {
      const ms = d.life.appraisalMembers.filter((m) => m.appraisal_id === a.id);
      const graded = ms.filter((m) => m.graded).length;
      expect(ms.filter((m) => m.grade === 'excellent').length).toBeLessThanOrEqual(Math.floor(graded / 3));
      for (const m of ms) expect(Number(m.tally_excellent) + Number(m.tally_qualified) + Number(m.tally_basic) + Number(m.tally_unqualified)).toBeLessThanOrEqual(Number(a.ballots_returned));
    }
  });

  it('leaves two retired members without a 党员汇报, one report returned, one record book open', () => {
    const members = d.life.appraisalMembers.filter((m) => d.life.appraisals.find((a) => a.id === m.appraisal_id)!.branch_id === branch(DEMO_LIFE_GAPS.missingMemberReports.branch) && d.life.appraisals.find((a) => a.id === m.appraisal_id)!.year === 2025);
    expect(members.length - of(d.life.memberReports, DEMO_LIFE_GAPS.missingMemberReports.branch).length).toBe(2);
    expect(d.life.branchReports.filter((r) => r.status === 'returned').map((r) => r.branch_id)).toEqual([branch(DEMO_LIFE_GAPS.reportReturned)]);
    expect(of(d.life.recordBooks, DEMO_LIFE_GAPS.bookNotClosed).some((b) => b.group_id === null)).toBe(false);
    expect(of(d.life.recordBooks, '办公厅第一党支部').some((b) => b.group_id === null)).toBe(true);
  });

  it('plans this year’s 组织生活会 and leaves one past plan not held', () => {
    const planned = d.meetings.filter((m) => m.status === 'planned');
    expect(planned.filter((m) => m.kind === 'lifeMeeting')).toHaveLength(all.length);
    expect(planned.filter((m) => m.heldOn < asOf).map((m) => m.branchId)).toEqual([branch(DEMO_LIFE_GAPS.plannedNotHeld)]);
  });

  it('talks with most members this year, each talk between two people of the branch', () => {
    const thisYear = d.life.talks.filter((t) => String(t.talked_on) >= '2026-01-01');
    expect(thisYear.length).toBeGreaterThan(50);
    for (const t of d.life.talks) expect(t.talker_person_id).not.toBe(t.talkee_person_id);
  });
});
