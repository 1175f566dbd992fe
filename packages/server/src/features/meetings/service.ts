import { randomUUID } from 'node:crypto';
import { durationMinutes, isBranchLead, isOrganAdmin } from '@zhibu/domain';
import type { Meeting, MeetingInput, MeetingListItem, ZAttendanceInput, ZMeetingListQuery, ZMeetingReview, ZMeetingUpdate } from '@zhibu/schemas';
import type { z } from 'zod';
import { assertBookOpen, bookGroupOf } from '../recordBooks/guard.js';
import { isBookClosed } from '../recordBooks/repository.js';
import type { Ctx } from '../../context.js';
import { recordEvent } from '../../audit/audit.js';
import { forbidden, invalid, notFound } from '../../errors.js';
import { canSeeMeeting, canWriteMeeting, loadMeeting, reachOf, WRITE_ONLY } from './access.js';
import { attendanceLines, countsOf, presentListItem, presentMeeting, problemsOf, quorumOf, type AttendanceLine } from './presenter.js';
import {
  attendanceOf,
  electionOfMeeting,
  findBranchOfOrgan,
  findGroup,
  isPartyMemberOf,
  meetingsOfBranch,
  personsOf,
  recordsStartOf,
  rosterSpans,
  type AttendanceRecord,
  type MeetingFields as Fields,
  type MeetingRow,
} from './repository.js';

/** Meetings (issue 5 §1–3): plan, attendance from the roster, hold ("complete at entry"), cancel, submit, review. */
type Db = Ctx['db'];

const FIELD_OF = {
  kind: 'kind',
  groupId: 'group_id',
  heldOn: 'held_on',
  startTime: 'start_time',
  endTime: 'end_time',
  place: 'place',
  title: 'title',
  hostPersonId: 'host_person_id',
  recorderPersonId: 'recorder_person_id',
  lecturerPersonId: 'lecturer_person_id',
  lecturerName: 'lecturer_name',
  topic: 'topic',
  agenda: 'agenda',
  minutes: 'minutes',
  resolutions: 'resolutions',
  decides: 'decides',
  themeDay: 'theme_day',
} as const satisfies Record<keyof MeetingInput, keyof Fields>;

const fieldsOf = (m: MeetingRow): Fields => ({
  kind: m.kind,
  group_id: m.group_id,
  held_on: m.held_on,
  start_time: m.start_time,
  end_time: m.end_time,
  place: m.place,
  title: m.title,
  host_person_id: m.host_person_id,
  recorder_person_id: m.recorder_person_id,
  lecturer_person_id: m.lecturer_person_id,
  lecturer_name: m.lecturer_name,
  topic: m.topic,
  agenda: m.agenda,
  minutes: m.minutes,
  resolutions: m.resolutions,
  decides: m.decides,
  theme_day: (m.theme_day as Meeting['themeDay']) ?? null,
});

const EMPTY: Fields = {
  kind: 'other',
  group_id: null,
  held_on: '',
  start_time: null,
  end_time: null,
  place: null,
  title: null,
  host_person_id: null,
  recorder_person_id: null,
  lecturer_person_id: null,
  lecturer_name: null,
  topic: null,
  agenda: [],
  minutes: null,
  resolutions: [],
  decides: false,
  theme_day: null,
};

/** The fields after a (partial) input: what the input leaves out stays; null clears. */
function merge(base: Fields, input: Partial<MeetingInput>): Fields {
  const out: Record<string, unknown> = { ...base };
  for (const [k, col] of Object.entries(FIELD_OF)) {
    const v = (input as Record<string, unknown>)[k];
    if (v !== undefined) out[col] = v ?? (col === 'agenda' || col === 'resolutions' ? [] : col === 'decides' ? false : null);
  }
  const f = out as unknown as Fields;
  // 主题党日 ticks belong to a 主题党日 only; a vote only to a 党员大会
  return { ...f, theme_day: f.kind === 'themeDay' ? f.theme_day : null, decides: f.kind === 'assembly' && f.decides };
}

/** The stored form of the fields (jsonb columns as JSON text). */
const stored = (f: Fields) => ({ ...f, agenda: JSON.stringify(f.agenda), resolutions: JSON.stringify(f.resolutions), theme_day: f.theme_day ? JSON.stringify(f.theme_day) : null });

/** Checks the fields against the branch's records: the group, the times, and who hosts, records and lectures. */
async function checkFields(ctx: Ctx, db: Db, branchId: string, f: Fields): Promise<void> {
  const problems: string[] = [];
  if (f.kind === 'groupMeeting') {
    const g = f.group_id ? await findGroup(db, f.group_id) : undefined;
    if (!f.group_id) problems.push('党小组会须选择党小组');
    else if (!g || g.branch_id !== branchId) problems.push('所选党小组不属于本支部');
    else if ((g.founded_on && g.founded_on > f.held_on) || (g.dissolved_on && g.dissolved_on < f.held_on)) problems.push(`${g.name}在${f.held_on}尚未成立或已撤销`);
  } else if (f.group_id) {
    problems.push('只有党小组会可以指定党小组');
  }
  if (f.start_time && f.end_time && durationMinutes(f.start_time, f.end_time) === null) problems.push(`结束时间（${f.end_time}）须晚于开始时间（${f.start_time}）`);
  const persons = await personsOf(db, ctx.viewer.organId, [f.host_person_id, f.recorder_person_id, f.lecturer_person_id].filter((x): x is string => !!x));
  for (const [label, id] of [['主持人', f.host_person_id], ['记录人', f.recorder_person_id]] as const) {
    if (!id) continue;
    const p = persons.get(id);
    if (!p) problems.push(`${label}不是本机关的人员`);
    else if (!(await isPartyMemberOf(db, id, branchId, f.held_on))) problems.push(`${p.name}不是本支部在${f.held_on}的党员，不能任${label}`);
  }
  if (f.lecturer_person_id && !persons.has(f.lecturer_person_id)) problems.push('授课人不是本机关的人员');
  if (problems.length) throw invalid(problems.join('；'), { problems });
}

/** A record that may still change: not cancelled, not with the 机关党委, of a branch that exists. */
function assertEditable(m: MeetingRow): void {
  if (m.branch_status !== 'active') throw invalid('已撤销的党支部不能修改会议记录');
  if (m.status === 'cancelled') throw invalid('已取消的会议不能修改');
  if (m.review_status === 'submitted') throw invalid('会议记录已报送机关党委，不能修改；如需修改，请机关党委退回');
  if (m.review_status === 'spotChecked') throw invalid('会议记录已被机关党委抽查，不能修改');
}
const editable = (m: MeetingRow) => m.branch_status === 'active' && m.status !== 'cancelled' && (m.review_status === 'none' || m.review_status === 'returned');

async function linesOf(db: Db, m: MeetingRow, recorded?: AttendanceRecord[]): Promise<AttendanceLine[]> {
  const [spans, rows] = await Promise.all([rosterSpans(db, m.branch_id, m.held_on, m.held_on), recorded ?? attendanceOf(db, [m.id])]);
  return attendanceLines(m, spans, rows);
}

/** A held record must stay complete (and a 党员大会 that decides keep its quorum) through later corrections. */
function assertStillComplete(m: MeetingRow, lines: AttendanceLine[], today: string): void {
  if (m.status !== 'held') return;
  const problems = problemsOf(m, lines, today);
  if (problems.length) throw invalid(`已召开的会议记录须完整：${problems.join('；')}`, { problems });
  const q = quorumOf(m, lines);
  if (q && !q.met) throw invalid(quorumMessage(lines, q.needed));
}

function quorumMessage(lines: AttendanceLine[], needed: number): string {
  const voters = lines.filter((l) => !l.guest && l.withVote);
  const present = voters.filter((l) => l.status === 'present').length;
  return `有表决权的党员到会未超过半数：应到${voters.length}人，须至少${needed}人出席，实到${present}人；党员大会不能作出决定`;
}

export async function listMeetings(ctx: Ctx, branchId: string, q: z.infer<typeof ZMeetingListQuery>): Promise<MeetingListItem[]> {
  const b = await findBranchOfOrgan(ctx.db, ctx.viewer.organId, branchId);
  const reach = b ? await reachOf(ctx, ctx.db, branchId) : null;
  if (!b || !reach) throw notFound('党支部');
  const rows = (await meetingsOfBranch(ctx.db, branchId, q)).filter((m) => canSeeMeeting(ctx.viewer, reach, m));
  if (rows.length === 0) return [];
  const dates = rows.map((m) => m.held_on).sort();
  const [spans, recorded, start] = await Promise.all([
    rosterSpans(ctx.db, branchId, dates[0]!, dates[dates.length - 1]!),
    attendanceOf(ctx.db, rows.map((m) => m.id)),
    recordsStartOf(ctx.db, ctx.viewer.organId),
  ]);
  return rows.map((m) => presentListItem(m, attendanceLines(m, spans, recorded), start));
}

export async function getMeeting(ctx: Ctx, id: string): Promise<Meeting> {
  const m = await loadMeeting(ctx, ctx.db, id);
  const [lines, start, names, closed, election] = await Promise.all([
    linesOf(ctx.db, m),
    recordsStartOf(ctx.db, ctx.viewer.organId),
    personsOf(ctx.db, ctx.viewer.organId, [m.host_person_id, m.recorder_person_id, m.lecturer_person_id].filter((x): x is string => !!x)),
    isBookClosed(ctx.db, m.branch_id, bookGroupOf(m), m.held_on),
    m.kind === 'assembly' ? electionOfMeeting(ctx.db, m.id) : null,
  ]);
  const v = ctx.viewer;
  return presentMeeting(m, lines, {
    recordsStartOn: start,
    today: ctx.today,
    names,
    election,
    abilities: {
      edit: canWriteMeeting(v, m.branch_id, m.kind, m.group_id) && editable(m) && !closed,
      submit: isBranchLead(v, m.branch_id) && m.branch_status === 'active' && m.status === 'held' && (m.review_status === 'none' || m.review_status === 'returned'),
      review: isOrganAdmin(v) && m.status === 'held' && (m.review_status === 'submitted' || m.review_status === 'none'),
    },
  });
}

/** Plans a meeting (status 'planned'); it becomes a record when held. */
export async function createMeeting(ctx: Ctx, branchId: string, input: MeetingInput): Promise<Meeting> {
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    const b = await findBranchOfOrgan(trx, ctx.viewer.organId, branchId);
    if (!b) throw notFound('党支部');
    const f = merge(EMPTY, input);
    if (!canWriteMeeting(ctx.viewer, branchId, f.kind, f.group_id)) throw (await reachOf(ctx, trx, branchId)) ? forbidden(WRITE_ONLY) : notFound('党支部');
    if (b.status !== 'active') throw invalid('已撤销的党支部不能登记会议');
    await checkFields(ctx, trx, branchId, f);
    await assertBookOpen(trx, branchId, bookGroupOf(f), f.held_on);
    const row = { id, organ_id: ctx.viewer.organId, branch_id: branchId, ...stored(f) };
    await trx.insertInto('meetings').values(row).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'meeting.planned', entityType: 'meeting', entityId: id, after: { ...row, ...f, status: 'planned' } });
  });
  return getMeeting(ctx, id);
}

/** A 党员大会 at which an election was held keeps the election's date (contracts §8). */
const ELECTION_LINKED = '本次党员大会关联了选举，不能改期、改类型或取消；如确需调整，请先在选举页面解除关联';

export async function updateMeeting(ctx: Ctx, id: string, patch: z.infer<typeof ZMeetingUpdate>): Promise<Meeting> {
  await ctx.db.transaction().execute(async (trx) => {
    const m = await loadMeeting(ctx, trx, id, 'write');
    assertEditable(m);
    const before = fieldsOf(m);
    const f = merge(before, patch);
    if (!canWriteMeeting(ctx.viewer, m.branch_id, f.kind, f.group_id)) throw forbidden(WRITE_ONLY);
    await checkFields(ctx, trx, m.branch_id, f);
    // neither the book it was in nor the one it moves to may be closed
    await assertBookOpen(trx, m.branch_id, bookGroupOf(m), m.held_on);
    await assertBookOpen(trx, m.branch_id, bookGroupOf(f), f.held_on);
    if ((f.held_on !== m.held_on || f.kind !== m.kind) && (await electionOfMeeting(trx, id))) throw invalid(ELECTION_LINKED);
    const next = { ...m, ...f };
    assertStillComplete(next, await linesOf(trx, next), ctx.today);
    await trx.updateTable('meetings').set(stored(f)).where('id', '=', id).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'meeting.updated', entityType: 'meeting', entityId: id, before, after: f });
  });
  return getMeeting(ctx, id);
}

/**
 * Records the attendance (replacing what was recorded): each entry an expected attendee of the date (the roster, or
 * one already recorded as such) or a guest (列席, not counted in 应到); 请假 with its reason.
 */
export async function putAttendance(ctx: Ctx, id: string, input: z.infer<typeof ZAttendanceInput>): Promise<Meeting> {
  await ctx.db.transaction().execute(async (trx) => {
    const m = await loadMeeting(ctx, trx, id, 'write');
    assertEditable(m);
    await assertBookOpen(trx, m.branch_id, bookGroupOf(m), m.held_on);
    const [current, persons] = await Promise.all([linesOf(trx, m), personsOf(trx, ctx.viewer.organId, input.entries.map((e) => e.personId))]);
    const expected = new Set(current.filter((l) => !l.guest).map((l) => l.personId));
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const e of input.entries) {
      const p = persons.get(e.personId);
      if (!p) {
        problems.push('所选人员不存在');
        continue;
      }
      if (seen.has(e.personId)) problems.push(`${p.name}重复出现`);
      seen.add(e.personId);
      if (e.guest && expected.has(e.personId)) problems.push(`${p.name}是应到会的党员，不能登记为列席人员`);
      if (!e.guest && !expected.has(e.personId)) problems.push(`${p.name}不是本支部（党小组）在该日的党员（${m.held_on}）；列席人员请标记为列席`);
      if (e.status === 'onLeave' && !e.reason) problems.push(`${p.name}请假须填写原因`);
    }
    if (problems.length) throw invalid(problems.join('；'), { problems });
    const rows = input.entries.map((e) => ({ meeting_id: id, person_id: e.personId, status: e.status, reason: e.reason ?? null, guest: e.guest ?? false }));
    const next: AttendanceRecord[] = rows.map((r) => {
      const p = persons.get(r.person_id)!;
      return { ...r, name: p.name, name_pinyin: p.name_pinyin, category: p.category as AttendanceRecord['category'], confirmed_on: p.confirmed_on };
    });
    assertStillComplete(m, await linesOf(trx, m, next), ctx.today);
    const before = (await attendanceOf(trx, [id])).map((r) => ({ person_id: r.person_id, status: r.status, reason: r.reason, guest: r.guest }));
    await trx.deleteFrom('meeting_attendance').where('meeting_id', '=', id).execute();
    if (rows.length) await trx.insertInto('meeting_attendance').values(rows).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'meeting.attendance', entityType: 'meeting', entityId: id, before, after: rows });
  });
  return getMeeting(ctx, id);
}

/** Marks a planned meeting held: complete at entry, a 党员大会 that decides with its quorum, not in the future. */
export async function holdMeeting(ctx: Ctx, id: string): Promise<Meeting> {
  await ctx.db.transaction().execute(async (trx) => {
    const m = await loadMeeting(ctx, trx, id, 'write');
    if (m.status === 'held') throw invalid('会议已标记为已召开');
    assertEditable(m);
    await assertBookOpen(trx, m.branch_id, bookGroupOf(m), m.held_on);
    const lines = await linesOf(trx, m);
    const problems = problemsOf(m, lines, ctx.today);
    if (problems.length) throw invalid(`会议记录不完整，不能标记为已召开：${problems.join('；')}`, { problems });
    const q = quorumOf(m, lines);
    if (q && !q.met) throw invalid(quorumMessage(lines, q.needed));
    // 补录 is judged by the real clock (contracts §7), once: the first time it is recorded as held
    const recordedAt = m.recorded_at ?? new Date();
    await trx.updateTable('meetings').set({ status: 'held', recorded_at: recordedAt }).where('id', '=', id).execute();
    await recordEvent(trx, ctx.actor, {
      organId: ctx.viewer.organId,
      action: 'meeting.held',
      entityType: 'meeting',
      entityId: id,
      before: { status: m.status },
      after: { status: 'held', recorded_at: new Date(recordedAt).toISOString(), counts: countsOf(lines), quorum: q },
    });
  });
  return getMeeting(ctx, id);
}

export async function cancelMeeting(ctx: Ctx, id: string): Promise<Meeting> {
  await ctx.db.transaction().execute(async (trx) => {
    const m = await loadMeeting(ctx, trx, id, 'write');
    if (m.status !== 'planned') throw invalid('只有计划中的会议可以取消');
    assertEditable(m);
    await assertBookOpen(trx, m.branch_id, bookGroupOf(m), m.held_on);
    if (await electionOfMeeting(trx, id)) throw invalid(ELECTION_LINKED);
    await trx.updateTable('meetings').set({ status: 'cancelled' }).where('id', '=', id).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'meeting.cancelled', entityType: 'meeting', entityId: id, before: { status: m.status }, after: { status: 'cancelled' } });
  });
  return getMeeting(ctx, id);
}

/** The branch submits a held record to the 机关党委 (again after a return). */
export async function submitMeeting(ctx: Ctx, id: string): Promise<Meeting> {
  await ctx.db.transaction().execute(async (trx) => {
    const m = await loadMeeting(ctx, trx, id, 'lead');
    if (m.status !== 'held') throw invalid('只有已召开的会议记录可以报送机关党委');
    assertEditable(m);
    const after = { review_status: 'submitted' as const, submitted_on: ctx.today, return_reason: null };
    await trx.updateTable('meetings').set(after).where('id', '=', id).execute();
    await recordEvent(trx, ctx.actor, {
      organId: ctx.viewer.organId,
      action: 'meeting.submitted',
      entityType: 'meeting',
      entityId: id,
      before: { review_status: m.review_status, submitted_on: m.submitted_on, return_reason: m.return_reason },
      after,
    });
  });
  return getMeeting(ctx, id);
}

/** The 机关党委 returns a submitted record with its reason, or spot-checks a held one with its note (抽查). */
export async function reviewMeeting(ctx: Ctx, id: string, input: z.infer<typeof ZMeetingReview>): Promise<Meeting> {
  await ctx.db.transaction().execute(async (trx) => {
    const m = await loadMeeting(ctx, trx, id, 'admin');
    let after;
    if (input.action === 'return') {
      if (m.review_status !== 'submitted') throw invalid('只有已报送机关党委的会议记录可以退回');
      after = { review_status: 'returned' as const, return_reason: input.note };
    } else {
      if (m.status !== 'held' || (m.review_status !== 'none' && m.review_status !== 'submitted')) throw invalid('只有已召开、未退回、未抽查过的会议记录可以抽查');
      after = { review_status: 'spotChecked' as const, spot_check_note: input.note };
    }
    await trx.updateTable('meetings').set(after).where('id', '=', id).execute();
    await recordEvent(trx, ctx.actor, {
      organId: ctx.viewer.organId,
      action: input.action === 'return' ? 'meeting.returned' : 'meeting.spotChecked',
      entityType: 'meeting',
      entityId: id,
      before: { review_status: m.review_status, return_reason: m.return_reason, spot_check_note: m.spot_check_note },
      after,
    });
  });
  return getMeeting(ctx, id);
}
