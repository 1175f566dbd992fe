import { randomUUID } from 'node:crypto';
import { talkCoverage, talkProblems } from '@zhibu/domain';
import type { Talk, TalkCoverage, TalkInput, ZTalkListQuery, ZTalkUpdate } from '@zhibu/schemas';
import type { z } from 'zod';
import type { Ctx } from '../../context.js';
import { recordEvent } from '../../audit/audit.js';
import { forbidden, invalid, notFound } from '../../errors.js';
import { assertBookOpen } from '../recordBooks/guard.js';
import { isPartyMemberOf, personsOf, recordsStartOf, rosterSpans } from '../meetings/repository.js';
import { branchForWrite, branchReach, canSeeTalk, canWriteTalk, loadTalk } from './access.js';
import { presentTalk } from './presenter.js';
import { closedBookYears, committeeSeats, findLifeMeetingOf, seatedOn, talksOf, type TalkRow } from './repository.js';

/** Talks (谈心谈话, issue 5 §5, MEM-4): recorded by the branch's leads, each between two of its 党员 on that day. */
type Db = Ctx['db'];

/** The stored fields of a talk. */
interface Fields {
  purpose: Talk['purpose'];
  form: Talk['form'];
  talked_on: string;
  place: string | null;
  talker_person_id: string;
  talkee_person_id: string;
  topics: string;
  problems: string | null;
  follow_up: string | null;
  follow_up_on: string | null;
  life_meeting_id: string | null;
  reason: string | null;
  commitments: string | null;
  outcome: string | null;
}

const EMPTY: Fields = {
  purpose: 'routine',
  form: 'inPerson',
  talked_on: '',
  place: null,
  talker_person_id: '',
  talkee_person_id: '',
  topics: '',
  problems: null,
  follow_up: null,
  follow_up_on: null,
  life_meeting_id: null,
  reason: null,
  commitments: null,
  outcome: null,
};

const fieldsOf = (t: TalkRow): Fields => ({
  purpose: t.purpose,
  form: t.form,
  talked_on: t.talked_on,
  place: t.place,
  talker_person_id: t.talker_person_id,
  talkee_person_id: t.talkee_person_id,
  topics: t.topics,
  problems: t.problems,
  follow_up: t.follow_up,
  follow_up_on: t.follow_up_on,
  life_meeting_id: t.life_meeting_id,
  reason: t.reason,
  commitments: t.commitments,
  outcome: t.outcome,
});

/** The fields after a (partial) input: what it leaves out stays, null clears. */
function merge(base: Fields, i: Partial<TalkInput>): Fields {
  const pick = <T>(v: T | undefined, old: T) => (v === undefined ? old : v);
  return {
    purpose: pick(i.purpose, base.purpose),
    form: pick(i.form, base.form),
    talked_on: pick(i.talkedOn, base.talked_on),
    place: pick(i.place, base.place) ?? null,
    talker_person_id: pick(i.talkerPersonId, base.talker_person_id),
    talkee_person_id: pick(i.talkeePersonId, base.talkee_person_id),
    topics: pick(i.topics, base.topics),
    problems: pick(i.problems, base.problems) ?? null,
    follow_up: pick(i.followUp, base.follow_up) ?? null,
    follow_up_on: pick(i.followUpOn, base.follow_up_on) ?? null,
    life_meeting_id: pick(i.lifeMeetingId, base.life_meeting_id) ?? null,
    reason: pick(i.reason, base.reason) ?? null,
    commitments: pick(i.commitments, base.commitments) ?? null,
    outcome: pick(i.outcome, base.outcome) ?? null,
  };
}

/** Both parties are 党员 of this branch on the day, the day has come, and the 组织生活会 is the branch's. */
async function checkFields(ctx: Ctx, db: Db, branchId: string, f: Fields, kind: Talk['kind']): Promise<void> {
  const problems = talkProblems({ talkedOn: f.talked_on, talkerId: f.talker_person_id, talkeeId: f.talkee_person_id, followUpOn: f.follow_up_on }, ctx.today);
  if (kind === 'admonition' && !(f.reason ?? '').trim()) problems.push('诫勉谈话须填写谈话原因');
  if (kind === 'admonition' && f.life_meeting_id) problems.push('诫勉谈话不关联组织生活会');
  const persons = await personsOf(db, ctx.viewer.organId, [f.talker_person_id, f.talkee_person_id]);
  for (const [label, id] of [['谈话人', f.talker_person_id], ['谈话对象', f.talkee_person_id]] as const) {
    const p = persons.get(id);
    if (!p) problems.push(`${label}不是本机关的人员`);
    else if (!(await isPartyMemberOf(db, id, branchId, f.talked_on))) problems.push(`${p.name}不是本支部在${f.talked_on}的党员，不能作为${label}`);
  }
  if (f.life_meeting_id && !(await findLifeMeetingOf(db, branchId, f.life_meeting_id))) problems.push('所选会议不是本支部的组织生活会');
  if (problems.length) throw invalid(problems.join('；'), { problems });
}

async function present(ctx: Ctx, db: Db, rows: TalkRow[]): Promise<Talk[]> {
  if (rows.length === 0) return [];
  const [start, closed] = await Promise.all([recordsStartOf(db, ctx.viewer.organId), closedBookYears(db, [...new Set(rows.map((t) => t.branch_id))])]);
  return rows.map((t) =>
    presentTalk(t, { recordsStartOn: start, edit: canWriteTalk(ctx.viewer, t) && t.branch_status === 'active' && !closed.has(`${t.branch_id}:${t.talked_on.slice(0, 4)}`) }),
  );
}
/** Talks shaped for the viewer (other modules, e.g. the 组织生活会 dossier, show them too). */
export const presentTalks = present;

export async function listTalks(ctx: Ctx, branchId: string, q: z.infer<typeof ZTalkListQuery>): Promise<Talk[]> {
  const { reach } = await branchReach(ctx, ctx.db, branchId);
  const own = ctx.viewer.personId;
  if (reach === 'own' && (!own || (q.personId && q.personId !== own))) return [];
  const rows = await talksOf(ctx.db, { branchId, year: q.year, personId: reach === 'own' ? own! : q.personId });
  return present(ctx, ctx.db, rows.filter((t) => canSeeTalk(ctx.viewer, t)));
}

/** All talks of a person (both kinds, every branch of the organ), as far as the viewer may see each (MEM-4: the member's page). */
export async function listPersonTalks(ctx: Ctx, personId: string): Promise<Talk[]> {
  const p = await ctx.db.selectFrom('persons').select('id').where('id', '=', personId).where('organ_id', '=', ctx.viewer.organId).executeTakeFirst();
  if (!p) throw notFound('人员');
  const rows = await talksOf(ctx.db, { personId });
  return present(ctx, ctx.db, rows.filter((t) => t.organ_id === ctx.viewer.organId && canSeeTalk(ctx.viewer, t)));
}

export async function getTalk(ctx: Ctx, id: string): Promise<Talk> {
  const t = await loadTalk(ctx, ctx.db, id);
  return (await present(ctx, ctx.db, [t]))[0]!;
}

export async function createTalk(ctx: Ctx, branchId: string, input: TalkInput): Promise<Talk> {
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    const kind = input.kind ?? 'heartToHeart';
    const b = await branchForWrite(ctx, trx, branchId, kind);
    if (b.status !== 'active') throw invalid('已撤销的党支部不能登记谈话');
    const f = merge(EMPTY, input);
    await checkFields(ctx, trx, branchId, f, kind);
    await assertBookOpen(trx, branchId, null, f.talked_on);
    const row = { id, organ_id: ctx.viewer.organId, branch_id: branchId, kind, ...f };
    await trx.insertInto('talks').values(row).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'talk.recorded', entityType: 'talk', entityId: id, after: row });
  });
  return getTalk(ctx, id);
}

export async function updateTalk(ctx: Ctx, id: string, patch: z.infer<typeof ZTalkUpdate>): Promise<Talk> {
  await ctx.db.transaction().execute(async (trx) => {
    const t = await loadTalk(ctx, trx, id, 'write');
    if (t.branch_status !== 'active') throw invalid('已撤销的党支部不能修改谈心谈话记录');
    const before = fieldsOf(t);
    const f = merge(before, patch);
    await assertBookOpen(trx, t.branch_id, null, t.talked_on);
    if (f.talked_on !== t.talked_on) await assertBookOpen(trx, t.branch_id, null, f.talked_on);
    await checkFields(ctx, trx, t.branch_id, f, t.kind);
    await trx.updateTable('talks').set(f).where('id', '=', id).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'talk.updated', entityType: 'talk', entityId: id, before, after: f });
  });
  return getTalk(ctx, id);
}

export async function deleteTalk(ctx: Ctx, id: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const t = await loadTalk(ctx, trx, id, 'write');
    await assertBookOpen(trx, t.branch_id, null, t.talked_on);
    await trx.deleteFrom('talks').where('id', '=', id).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'talk.deleted', entityType: 'talk', entityId: id, before: fieldsOf(t) });
  });
}

/** MEM-4: every 党员 of the branch in the year, with their talks and whether one was with a committee member. */
export async function talkCoverageOf(ctx: Ctx, branchId: string, year: number | undefined): Promise<TalkCoverage> {
  const { reach } = await branchReach(ctx, ctx.db, branchId);
  if (reach !== 'all') throw forbidden('只有机关党委和本支部委员可以查看谈心谈话覆盖情况');
  const y = year ?? Number(ctx.today.slice(0, 4));
  const [from, to] = [`${y}-01-01`, `${y}-12-31`];
  const [spans, talks, seats] = await Promise.all([rosterSpans(ctx.db, branchId, from, to), talksOf(ctx.db, { branchId, year: y }).then((l) => l.filter((t) => t.kind === 'heartToHeart')), committeeSeats(ctx.db, branchId, from, to)]);
  const members = new Map<string, { id: string; name: string; pinyin: string }>();
  for (const s of spans) if (s.groupId === null && !members.has(s.personId)) members.set(s.personId, { id: s.personId, name: s.name, pinyin: s.pinyin });
  const sorted = [...members.values()].sort((a, b) => a.pinyin.localeCompare(b.pinyin));
  const coverage = talkCoverage(
    sorted.map((m) => m.id),
    talks.map((t) => ({ talkedOn: t.talked_on, talkerId: t.talker_person_id, talkeeId: t.talkee_person_id })),
    (personId, on) => seats.some((s) => s.personId === personId && seatedOn(s, on)),
  );
  return {
    year: y,
    members: coverage.map((c, i) => ({ person: { id: sorted[i]!.id, name: sorted[i]!.name }, talks: c.talks, lastTalkOn: c.lastTalkOn, withCommittee: c.withCommittee })),
  };
}
