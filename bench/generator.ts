import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { idCheckChar, nameSearchKeys } from '@zhibu/domain';
import type { DB } from '../packages/server/src/db/types.js';
import { bulkInsert } from '../packages/server/src/db/bulk.js';
import { insertOrgan } from '../packages/server/src/features/organ/create.js';
import { insertAccount } from '../packages/server/src/features/accounts/service.js';
import { generateLife } from './generatorLife.js';
import { generateCare } from './generatorCare.js';
import { generateVenues } from './generatorVenues.js';
import { generateDues } from './generatorDues.js';
import { generateLapse } from './generatorLapse.js';
import { generateDevelopment } from './generatorDevelopment.js';

/**
 * Builds an organ of any size with realistic roster records, fast (bulk inserts, one transaction). Later issues
 * extend it with their records (meetings, dues …) so that every benchmark runs on the same kind of data.
 */
export interface OrganSize {
  branches: number;
  membersPerBranch: number;
  groupsPerBranch?: number;
  /** give each branch a committee of its first members (3 or 5, by size), as a branch under the standard has */
  committees?: boolean;
  /**
   * held meetings from `from` to `to` (LIFE-1..5): per branch per month a 支委会 (with a committee) and a 主题党日, per
   * group a 党小组会; a 党员大会 a quarter, a 党课 a half-year; with attendance (the branch, the group or the committee)
   */
  meetings?: { from: string; to: string };
  /** talks, 党员汇报, the 民主评议 under way, the 组织生活会 planned and last year's books closed, for the year of this date */
  life?: { asOf: string };
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬斌宇浩凯健俊帆帆鹏飞鑫波宁婷雪琳晨欣悦蕾琪';

let seed = 42;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = (s: string) => s[Math.floor(rnd() * s.length)]!;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function fakeIdNumber(i: number): { id: string; birth: string; gender: 'male' | 'female' } {
  const year = 1955 + (i % 45);
  const birth = `${year}-${pad(1 + (i % 12))}-${pad(1 + (i % 28))}`;
  const seq = pad(i % 1000, 3);
  const body = `3301${pad(2 + (Math.floor(i / 1000) % 90))}${birth.replaceAll('-', '')}${seq}`;
  return { id: body + idCheckChar(body), birth, gender: Number(seq[2]) % 2 === 1 ? 'male' : 'female' };
}

export async function generateOrgan(db: Kysely<DB>, size: OrganSize, opts: { name?: string; adminPassword: string; recordsStartOn?: string }) {
  const start = opts.recordsStartOn ?? '2022-01-01';
  return db.transaction().execute(async (trx) => {
    const organId = await insertOrgan(trx, 'bench', { name: opts.name ?? `基准测试机关${size.branches}`, recordsStartOn: start });
    await insertAccount(trx, 'bench', { organId, username: `bench${size.branches}`, personId: null, organRoles: ['organAdmin'], password: opts.adminPassword, mustChange: false });
    const branches = Array.from({ length: size.branches }, (_, b) => ({ id: randomUUID(), organ_id: organId, full_name: `中共基准测试机关第${b + 1}党支部`, short_name: `第${b + 1}党支部`, kind: 'single', founded_on: '2010-07-01' }));
    await bulkInsert(trx, 'branches', branches, { id: 'uuid', organ_id: 'uuid', full_name: 'text', short_name: 'text', kind: 'text', founded_on: 'date' });
    const groups = branches.flatMap((b) => Array.from({ length: size.groupsPerBranch ?? 2 }, (_, g) => ({ id: randomUUID(), branch_id: b.id, name: `第${g + 1}党小组`, founded_on: start })));
    await bulkInsert(trx, 'party_groups', groups, { id: 'uuid', branch_id: 'uuid', name: 'text', founded_on: 'date' });
    const persons: Record<string, unknown>[] = [];
    const bms: Record<string, unknown>[] = [];
    const gms: Record<string, unknown>[] = [];
    let i = 0;
    for (const b of branches) {
      const bGroups = groups.filter((g) => g.branch_id === b.id);
      for (let m = 0; m < size.membersPerBranch; m++, i++) {
        const { id, birth, gender } = fakeIdNumber(i);
        const name = `${pick(SURNAMES)}${pick(GIVEN)}${rnd() < 0.5 ? pick(GIVEN) : ''}`;
        const keys = nameSearchKeys(name);
        const full = rnd() < 0.9;
        const pid = randomUUID();
        persons.push({ id: pid, organ_id: organId, name, gender, ethnicity: '汉族', birth_date: birth, id_number: id, education: '大学本科', category: full ? 'full' : 'probationary', joined_on: full ? '2008-07-01' : '2026-03-01', confirmed_on: full ? '2009-07-01' : null, job_post: '一级主任科员', phone: `139${pad(i, 8)}`, name_initials: keys.initials, name_pinyin: keys.full });
        bms.push({ id: randomUUID(), person_id: pid, branch_id: b.id, start_on: start });
        if (bGroups.length) gms.push({ id: randomUUID(), person_id: pid, group_id: bGroups[m % bGroups.length]!.id, start_on: start });
      }
    }
    await bulkInsert(trx, 'persons', persons, {
      id: 'uuid', organ_id: 'uuid', name: 'text', gender: 'text', ethnicity: 'text', birth_date: 'date', id_number: 'text', education: 'text', category: 'text',
      joined_on: 'date', confirmed_on: 'date', job_post: 'text', phone: 'text', name_initials: 'text', name_pinyin: 'text',
    });
    await bulkInsert(trx, 'branch_memberships', bms, { id: 'uuid', person_id: 'uuid', branch_id: 'uuid', start_on: 'date' });
    await bulkInsert(trx, 'group_memberships', gms, { id: 'uuid', person_id: 'uuid', group_id: 'uuid', start_on: 'date' });
    if (size.committees) {
      const roles = ['secretary', 'organizationMember', 'publicityMember', 'disciplineMember', 'deputySecretary'];
      const terms: Record<string, unknown>[] = [];
      const cms: Record<string, unknown>[] = [];
      const byBranch = new Map<string, Record<string, unknown>[]>();
      const fullIds = new Set(persons.filter((p) => p.category === 'full').map((p) => p.id));
      for (const m of bms) byBranch.set(m.branch_id as string, [...(byBranch.get(m.branch_id as string) ?? []), m]);
      for (const b of branches) {
        const people = (byBranch.get(b.id) ?? []).filter((m) => fullIds.has(m.person_id));
        const n = people.length >= 7 ? (people.length >= 20 ? 5 : 3) : 1;
        const termStart = `20${22 + (terms.length % 4)}-0${1 + (terms.length % 9)}-15`;
        const id = randomUUID();
        terms.push({ id, organ_id: organId, branch_id: b.id, kind: n > 1 ? 'committee' : 'secretaryOnly', start_on: termStart, term_years: 5, elected_on: termStart });
        people.slice(0, n).forEach((m, k) =>
          cms.push({ id: randomUUID(), committee_id: id, person_id: m.person_id, role: roles[k], start_on: termStart, origin: 'elected', approved_on: k === 0 || k === 4 ? termStart : null }),
        );
      }
      await bulkInsert(trx, 'committees', terms, { id: 'uuid', organ_id: 'uuid', branch_id: 'uuid', kind: 'text', start_on: 'date', term_years: 'int', elected_on: 'date' });
      await bulkInsert(trx, 'committee_members', cms, { id: 'uuid', committee_id: 'uuid', person_id: 'uuid', role: 'text', start_on: 'date', origin: 'text', approved_on: 'date' });
    }
    if (size.meetings) await generateMeetings(trx, organId, size.meetings, branches, groups, bms, gms);
    if (size.life) await generateLife(trx, organId, size.life.asOf);
    if (size.life) await generateDevelopment(trx, organId, size.life.asOf);
    if (size.life) await generateDues(trx, organId, size.life.asOf);
    if (size.life) await generateCare(trx, organId, size.life.asOf);
    if (size.life) await generateVenues(trx, organId, size.life.asOf);
    if (size.life) await generateLapse(trx, organId, size.life.asOf);
    return { organId, adminUsername: `bench${size.branches}`, branches: branches.length, persons: persons.length };
  });
}

async function generateMeetings(
  trx: Kysely<DB>,
  organId: string,
  range: { from: string; to: string },
  branches: { id: string }[],
  groups: { id: string; branch_id: string }[],
  bms: Record<string, unknown>[],
  gms: Record<string, unknown>[],
) {
  const committeeOf = new Map<string, string[]>();
  const cmRows = await trx
    .selectFrom('committee_members')
    .innerJoin('committees', 'committees.id', 'committee_members.committee_id')
    .select(['committees.branch_id', 'committees.kind', 'committee_members.person_id'])
    .where('committees.organ_id', '=', organId)
    .execute();
  for (const r of cmRows) if (r.kind === 'committee') committeeOf.set(r.branch_id, [...(committeeOf.get(r.branch_id) ?? []), r.person_id]);
  const membersOf = new Map<string, string[]>();
  for (const m of bms) membersOf.set(m.branch_id as string, [...(membersOf.get(m.branch_id as string) ?? []), m.person_id as string]);
  for (const m of gms) membersOf.set(m.group_id as string, [...(membersOf.get(m.group_id as string) ?? []), m.person_id as string]);
  const meetings: Record<string, unknown>[] = [];
  const attendance: Record<string, unknown>[] = [];
  const add = (branchId: string, groupId: string | null, kind: string, heldOn: string, minutes: number, people: readonly string[], extra: Record<string, unknown> = {}) => {
    if (heldOn < range.from || heldOn > range.to) return;
    const id = randomUUID();
    const end = 9 * 60 + minutes;
    meetings.push({ id, organ_id: organId, branch_id: branchId, group_id: groupId, kind, status: 'held', held_on: heldOn, start_time: '09:00', end_time: `${pad(Math.floor(end / 60))}:${pad(end % 60)}`, title: kind, ...extra });
    for (const person_id of people) {
      const r = rnd();
      attendance.push({ meeting_id: id, person_id, status: r < 0.92 ? 'present' : r < 0.99 ? 'onLeave' : 'absent', reason: r >= 0.92 && r < 0.99 ? '出差' : null, guest: false });
    }
  };
  const firstYear = Number(range.from.slice(0, 4));
  const lastYear = Number(range.to.slice(0, 4));
  for (const b of branches) {
    const members = membersOf.get(b.id) ?? [];
    const committee = committeeOf.get(b.id);
    const bGroups = groups.filter((g) => g.branch_id === b.id);
    for (let y = firstYear; y <= lastYear; y++) {
      for (let m = 1; m <= 12; m++) {
        const day = (d: number) => `${y}-${pad(m)}-${pad(d)}`;
        if (committee) add(b.id, null, 'committeeMeeting', day(5), 60, committee);
        add(b.id, null, 'themeDay', day(15), 90 + Math.floor(rnd() * 30), members, {
          theme_day: { recitedConstitution: true, studied: true, studyMaterial: '党章', paidDues: true, duesNote: null, forms: [] },
        });
        for (const g of bGroups) add(b.id, g.id, 'groupMeeting', day(20), 60, membersOf.get(g.id) ?? []);
        if (m % 3 === 0) add(b.id, null, 'assembly', day(10), 90, members);
        if (m === 5 || m === 11) add(b.id, null, 'partyLecture', day(12), 90, members, { lecturer_person_id: committee?.[0] ?? members[0] ?? null });
      }
    }
  }
  await bulkInsert(trx, 'meetings', meetings, {
    id: 'uuid', organ_id: 'uuid', branch_id: 'uuid', group_id: 'uuid', kind: 'text', status: 'text', held_on: 'date', start_time: 'text', end_time: 'text',
    title: 'text', theme_day: 'jsonb', lecturer_person_id: 'uuid',
  });
  await bulkInsert(trx, 'meeting_attendance', attendance, { meeting_id: 'uuid', person_id: 'uuid', status: 'text', reason: 'text', guest: 'boolean' });
}
