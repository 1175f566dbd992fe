import type { Kysely } from 'kysely';
import { nameSearchKeys } from '@zhibu/domain';
import type { DB } from '../db/types.js';
import { recordEvent } from '../audit/audit.js';
import { AppError } from '../errors.js';
import { insertOrgan } from '../features/organ/create.js';
import { insertAccount } from '../features/accounts/service.js';
import { bulkInsert } from '../db/bulk.js';
import { buildDemoDataset } from './dataset.js';
import { loadDemoLife } from './loadLife.js';
import { loadDemoCare } from './care.js';
import { loadDemoVenues } from './venues.js';
import { loadDemoCases } from './cases.js';
import { bindDemoLastYear, loadDemoArchives } from './archives.js';
import { loadDemoAssessments } from './assessments.js';
import { loadDemoDues } from './dues.js';
import { loadDemoLapse } from './lapse.js';
import { loadDemoDevelopment } from './development.js';
import type { FileStore } from '../features/attachments/store.js';

/** The demo accounts' shared password, printed by `zhibu demo` and written in the README. */
export const DEMO_PASSWORD = 'Zhibu@2026';

export type DemoResult =
  | { status: 'created'; organ: string; accounts: { username: string; label: string }[]; persons: number; branches: number }
  | { status: 'present'; organ: string; accounts: { username: string; label: string }[] };

/**
 * Loads the demo organ with records dated relative to `asOf`. On a database that already holds the demo it adds
 * nothing; on one holding other data it refuses, so demo data never mixes with real records.
 */
export async function loadDemo(db: Kysely<DB>, asOf: string, actor: string, onProgress: (msg: string) => void = () => {}, files?: FileStore): Promise<DemoResult> {
  const data = buildDemoDataset(asOf);
  const accounts = data.accounts.map((a) => ({ username: a.username, label: a.label }));
  const organs = await db.selectFrom('organs').select(['id', 'name', 'is_demo']).execute();
  const existing = organs.find((o) => o.is_demo);
  if (existing) return { status: 'present', organ: existing.name, accounts };
  if (organs.length > 0) {
    throw new AppError('CONFLICT', `数据库中已有真实数据（${organs.map((o) => o.name).join('、')}），演示数据不能与其混放。请用新的 --data 目录运行 demo。`);
  }
  await db.transaction().execute(async (trx) => {
    const organId = await insertOrgan(trx, actor, { id: data.organ.id, name: data.organ.name, recordsStartOn: data.organ.recordsStartOn, isDemo: true });
    onProgress(`机关：${data.organ.name}`);
    await trx.insertInto('units').values(data.units.map((u) => ({ id: u.id, organ_id: organId, name: u.name }))).execute();
    await trx
      .insertInto('branches')
      .values(data.branches.map((b) => ({ id: b.id, organ_id: organId, full_name: b.fullName, short_name: b.shortName, kind: b.kind, founded_on: b.foundedOn })))
      .execute();
    const links = data.branches.flatMap((b) => b.unitIds.map((u) => ({ branch_id: b.id, unit_id: u })));
    if (links.length) await trx.insertInto('branch_units').values(links).execute();
    onProgress(`党支部 ${data.branches.length} 个`);
    await trx
      .insertInto('persons')
      .values(
        data.persons.map((p) => {
          const keys = nameSearchKeys(p.name);
          return {
            id: p.id,
            organ_id: organId,
            name: p.name,
            gender: p.gender,
            ethnicity: p.ethnicity,
            birth_date: p.birthDate,
            id_number: p.idNumber,
            education: p.education,
            category: p.category,
            joined_on: p.joinedOn,
            confirmed_on: p.confirmedOn,
            job_post: p.jobPost,
            phone: p.phone,
            status: p.status,
            name_initials: keys.initials,
            name_pinyin: keys.full,
          };
        }),
      )
      .execute();
    onProgress(`人员 ${data.persons.length} 名`);
    await trx
      .insertInto('party_groups')
      .values(data.groups.map((g) => ({ id: g.id, branch_id: g.branchId, name: g.name, leader_person_id: g.leaderPersonId, founded_on: g.foundedOn, dissolved_on: null })))
      .execute();
    await trx
      .insertInto('branch_memberships')
      .values(data.branchMemberships.map((m) => ({ id: m.id, person_id: m.personId, branch_id: m.branchId, start_on: m.startOn, end_on: m.endOn })))
      .execute();
    await trx
      .insertInto('group_memberships')
      .values(data.groupMemberships.map((m) => ({ id: m.id, person_id: m.personId, group_id: m.groupId, start_on: m.startOn, end_on: m.endOn })))
      .execute();
    // Branch roles come from each branch's current term (contracts §4), so the demo records terms, not bare posts.
    await trx
      .insertInto('committees')
      .values(data.committees.map((c) => ({ id: c.id, organ_id: organId, branch_id: c.branchId, kind: c.kind, start_on: c.startOn, term_years: c.termYears, elected_on: c.electedOn, ended_on: null, election_id: null, note: null })))
      .execute();
    const termOf = new Map(data.committees.map((c) => [c.branchId, c]));
    await trx
      .insertInto('committee_members')
      .values(
        data.posts.map((p) => {
          const c = termOf.get(p.branchId)!;
          const approved = p.role === 'secretary' || p.role === 'deputySecretary' ? c.approvedOn : null;
          return { id: p.id, committee_id: c.id, person_id: p.personId, role: p.role, start_on: c.startOn, end_on: null, origin: 'elected' as const, approved_on: approved, approval_doc_no: approved ? `机党〔${approved.slice(0, 4)}〕${(p.id.charCodeAt(0) % 9) + 1}号` : null, end_reason: null };
        }),
      )
      .execute();
    // 三会一课 and 主题党日 with their attendance, in bulk (thousands of rows)
    await bulkInsert(
      trx,
      'meetings',
      data.meetings.map((m) => ({
        id: m.id,
        organ_id: organId,
        branch_id: m.branchId,
        group_id: m.groupId,
        kind: m.kind,
        status: m.status ?? 'held',
        held_on: m.heldOn,
        start_time: m.startTime,
        end_time: m.endTime,
        title: m.title,
        host_person_id: m.hostPersonId,
        recorder_person_id: m.recorderPersonId ?? null,
        agenda: m.agenda ?? [],
        lecturer_person_id: m.lecturerPersonId,
        lecturer_name: m.lecturerName,
        topic: m.topic,
        theme_day: m.themeDay,
        recorded_at: m.status === 'planned' ? null : `${m.heldOn}T18:00:00+08:00`,
      })),
      {
        id: 'uuid',
        organ_id: 'uuid',
        branch_id: 'uuid',
        group_id: 'uuid',
        kind: 'text',
        status: 'text',
        held_on: 'date',
        start_time: 'text',
        end_time: 'text',
        title: 'text',
        host_person_id: 'uuid',
        recorder_person_id: 'uuid',
        agenda: 'jsonb',
        lecturer_person_id: 'uuid',
        lecturer_name: 'text',
        topic: 'text',
        theme_day: 'jsonb',
        recorded_at: 'timestamptz',
      },
    );
    await bulkInsert(
      trx,
      'meeting_attendance',
      data.attendance.map((a) => ({ meeting_id: a.meetingId, person_id: a.personId, status: a.status, reason: a.reason, guest: a.guest })),
      { meeting_id: 'uuid', person_id: 'uuid', status: 'text', reason: 'text', guest: 'boolean' },
    );
    onProgress(`会议 ${data.meetings.length} 次`);
    await loadDemoLife(trx, organId, data.life);
    await loadDemoDevelopment(trx, organId, asOf, data.branches[0]?.id, data.accounts.flatMap((a) => (a.personId ? [a.personId] : [])));
    await loadDemoDues(trx, organId, asOf);
    await loadDemoCare(trx, organId, asOf, actor, files);
    await loadDemoCases(trx, organId, asOf, actor, files);
    await loadDemoArchives(trx, organId, data.branches[0]?.id, asOf, actor, files);
    await loadDemoLapse(trx, organId, asOf);
    // after the lapse demo: the groups list the roster as it ends up
    await loadDemoVenues(trx, organId, asOf, actor, files, data.branches.map((b) => b.id));
    // last: last year's assessment is published from the findings of everything loaded above
    await loadDemoAssessments(trx, organId, asOf, actor, data.branches.map((b) => b.id));
    onProgress(`谈心谈话 ${data.life.talks.length} 次，民主评议 ${data.life.appraisals.length} 次`);
    // One audit entry for the bulk load rather than hundreds: what was loaded is the demo dataset of this date.
    await recordEvent(trx, actor, {
      organId,
      action: 'demo.loaded',
      entityType: 'organ',
      entityId: organId,
      after: { asOf, branches: data.branches.length, persons: data.persons.length, groups: data.groups.length, committees: data.committees.length, meetings: data.meetings.length },
    });
    for (const a of data.accounts) {
      await insertAccount(trx, actor, { organId, username: a.username, personId: a.personId, organRoles: a.organRoles, password: DEMO_PASSWORD, mustChange: false, isDemo: true });
    }
    onProgress(`演示账号 ${data.accounts.length} 个`);
  });
  if (files) onProgress(`上年度合订台账 ${await bindDemoLastYear(db, data.organ.id, asOf, actor, files)} 卷`);
  return { status: 'created', organ: data.organ.name, accounts, persons: data.persons.length, branches: data.branches.length };
}
