import { randomUUID } from 'node:crypto';
import { committeeProblems, electionOutcome, electionQuorumMet, quorumNeeded, termEndOf, type BranchRole } from '@zhibu/domain';
import type { Election, ElectionResult } from '@zhibu/schemas';
import type { Ctx } from '../../context.js';
import { recordEvent } from '../../audit/audit.js';
import { AppError, invalid } from '../../errors.js';
import { fullMembersOn, namesOf, openMembers, openVacancies } from '../committees/repository.js';
import { endTerm, placeTerm } from '../committees/service.js';
import { isEarly } from './presenter.js';
import { nomineesOf } from './repository.js';
import { getElection, loadElection, openTerm } from './service.js';
import { assertLinkFits } from './meetingLink.js';

/**
 * Entering the result from the sign-in sheet and the tally (R-ELECT-6, -8): checked in full before anything is
 * written; then, in one transaction, the election is held and its result takes effect — a new term (换届) or the
 * filled vacancies (补选). Only totals per candidate are stored, never a ballot (contracts §5).
 */
function fail(problems: string[]): void {
  if (problems.length) throw invalid(problems.join('；'), { problems });
}

/** Who attended, checked against the electorate of the day. */
function checkAttendance(electorate: { id: string; name: string }[], input: ElectionResult, name: (id: string) => string, heldOn: string) {
  const allowed = new Set(electorate.map((p) => p.id));
  const given = new Map<string, 'present' | 'absent' | 'excluded'>();
  const problems: string[] = [];
  for (const a of input.attendance) {
    if (!allowed.has(a.personId)) problems.push(`${name(a.personId)}不是本支部${heldOn}有选举权的正式党员，不能登记到会情况`);
    else if (given.has(a.personId)) problems.push(`${name(a.personId)}的到会情况重复登记`);
    given.set(a.personId, a.attendance);
  }
  const missing = electorate.filter((p) => !given.has(p.id));
  if (missing.length) problems.push(`请登记每名有选举权党员的到会情况，尚缺：${missing.map((p) => p.name).join('、')}`);
  fail(problems);
  const expected = electorate.filter((p) => given.get(p.id) !== 'excluded').length;
  const present = electorate.filter((p) => given.get(p.id) === 'present').length;
  if (!electionQuorumMet(present, expected)) {
    throw invalid(`到会人数不足：应到${expected}人，实到${present}人，须超过五分之四（至少${quorumNeeded(expected)}人），选举无效`);
  }
  return { given, expected, present };
}

/** The tally: one count for every candidate, none above those present, no more marks than ballots allow. */
function checkTallies(nominees: { person_id: string; name: string }[], input: ElectionResult, present: number, seats: number, name: (id: string) => string) {
  const ids = new Set(nominees.map((n) => n.person_id));
  const votes = new Map<string, number>();
  const problems: string[] = [];
  for (const t of input.tallies) {
    if (!ids.has(t.personId)) problems.push(`${name(t.personId)}不是本次选举的候选人`);
    else if (votes.has(t.personId)) problems.push(`${name(t.personId)}的得票数重复填写`);
    else if (t.votes > present) problems.push(`${name(t.personId)}的得票数（${t.votes}）不能超过实到人数（${present}）`);
    votes.set(t.personId, t.votes);
  }
  const missing = nominees.filter((n) => !votes.has(n.person_id));
  if (missing.length) problems.push(`请填写每名候选人的得票数，尚缺：${missing.map((n) => n.name).join('、')}`);
  const total = [...votes.values()].reduce((s, v) => s + v, 0);
  if (total > present * seats) problems.push(`得票总数（${total}）超过实到人数×应选人数（${present * seats}），请核对计票结果`);
  fail(problems);
  return votes;
}

/** Who is elected: more than half of those present; a tie at the cut or empty seats need a further vote (R-ELECT-8). */
function decide(votes: Map<string, number>, present: number, seats: number, name: (id: string) => string): string[] {
  const out = electionOutcome([...votes].map(([personId, v]) => ({ personId, votes: v })), present, seats);
  if (out.tied.length) {
    const left = seats - out.elected.length;
    throw invalid(`${out.tied.map(name).join('、')}得票相同（${votes.get(out.tied[0]!)}票），并列争夺最后${left}个名额，须对并列者再次投票，按再次投票的结果录入`);
  }
  if (out.shortfall > 0) {
    throw invalid(`得票超过实到人数半数的只有${out.elected.length}人，尚缺${out.shortfall}个名额，须就缺额再次投票（或经半数以上选举人同意减少名额）后再录入`);
  }
  return out.elected;
}

/** Posts given to the elected (only they get one); with a fallback, every elected one gets a post. */
function postsOf(input: ElectionResult['roles'], elected: string[], name: (id: string) => string, fallback: BranchRole | null | 'none') {
  const roles = new Map<string, BranchRole>();
  const problems: string[] = [];
  for (const r of input) {
    if (!elected.includes(r.personId)) problems.push(`${name(r.personId)}未当选，不能分配职务`);
    else if (roles.has(r.personId)) problems.push(`${name(r.personId)}的职务重复填写`);
    roles.set(r.personId, r.role);
  }
  for (const id of elected) {
    if (!roles.has(id) && fallback !== 'none') {
      if (fallback) roles.set(id, fallback);
      else problems.push(`请为${name(id)}指定职务（书记或副书记）`);
    }
  }
  fail(problems);
  return roles;
}

export async function enterResult(ctx: Ctx, id: string, input: ElectionResult): Promise<Election> {
  await ctx.db.transaction().execute(async (trx) => {
    const e = await loadElection(ctx, trx, id, 'lead', '只有机关党委管理员或本支部书记、副书记、组织委员可以录入选举结果');
    if (e.branch_status !== 'active') throw invalid('已撤销的党支部不能录入选举结果');
    if (e.status !== 'draft') throw new AppError('CONFLICT', '选举结果已录入；如需更正当选人的职务分工，请使用“更正职务分工”');
    const heldOn = input.heldOn;
    if (heldOn > ctx.today) throw invalid('选举日期不能晚于今天');
    await assertLinkFits(trx, e, heldOn);
    const electorate = await fullMembersOn(trx, e.branch_id, heldOn);
    const nominees = await nomineesOf(trx, id);
    const names = await namesOf(trx, ctx.viewer.organId, [...input.attendance, ...input.tallies, ...input.roles].map((x) => x.personId));
    const name = (pid: string) => names.get(pid) ?? '该人员';
    const { given, expected, present } = checkAttendance(electorate, input, name, heldOn);
    const votes = checkTallies(nominees, input, present, e.seats, name);
    const elected = decide(votes, present, e.seats, name);
    const voters = new Set(electorate.map((p) => p.id));
    fail(elected.filter((pid) => !voters.has(pid)).map((pid) => `${name(pid)}在选举日不是本支部有选举权的正式党员，不能当选`));

    let resultCommitteeId: string;
    let previousId: string | null;
    let roles: Map<string, BranchRole>;
    const written: Record<string, unknown> = {};
    if (e.kind === 'general') {
      roles = postsOf(input.roles, elected, name, e.committee_kind === 'committee' ? 'committeeMember' : null);
      const members = elected.map((personId) => ({ personId, role: roles.get(personId)! }));
      fail(committeeProblems({ kind: e.committee_kind, startOn: heldOn, termYears: e.term_years ?? 0, members }, { fullMemberIds: voters, names }));
      const replaces = await placeTerm(trx, e.branch_id, heldOn, null);
      if (isEarly(e, replaces, heldOn) && !e.early_approved_on) {
        throw invalid(`提前换届须经机关党委批准：本届任期至${termEndOf({ startOn: replaces!.start_on, termYears: replaces!.term_years })}届满，选举日（${heldOn}）在届满之前，请先由机关党委登记批准`);
      }
      if (replaces) await endTerm(trx, ctx, replaces, heldOn, '换届选举');
      previousId = replaces?.id ?? null;
      resultCommitteeId = await newTerm(trx, ctx, e, heldOn, members);
    } else {
      const current = await openTerm(trx, e.branch_id);
      if (!current || current.start_on > heldOn) throw invalid('补选日期须在现任一届的任期内');
      const vacancies = (await openVacancies(trx, current.id)).filter((v) => v.arisen_on <= heldOn);
      if (elected.length > vacancies.length) throw invalid(`${heldOn}本届只有${vacancies.length}个职务空缺，补选当选人数不能超过空缺数`);
      const sitting = await openMembers(trx, current.id);
      const fills = matchVacancies(elected, postsOf(input.roles, elected, name, 'none'), vacancies);
      roles = new Map(fills.map((f) => [f.personId, f.role]));
      const members = [...sitting.map((m) => ({ personId: m.person_id, role: m.role })), ...fills.map((f) => ({ personId: f.personId, role: f.role }))];
      const sittingNames = new Map([...names, ...sitting.map((m) => [m.person_id, m.name] as const)]);
      const eligible = new Set([...voters, ...sitting.map((m) => m.person_id)]);
      fail(committeeProblems({ kind: current.kind, startOn: current.start_on, termYears: current.term_years, members }, { fullMemberIds: eligible, names: sittingNames }));
      written.filled = await fillByElection(trx, e.id, current.id, heldOn, fills);
      previousId = current.id;
      resultCommitteeId = current.id;
    }

    const voterRows = electorate.map((p) => ({ election_id: id, person_id: p.id, attendance: given.get(p.id)! }));
    if (voterRows.length) await trx.insertInto('election_voters').values(voterRows).execute();
    for (const n of nominees) {
      const won = elected.includes(n.person_id);
      await trx
        .updateTable('election_nominees')
        .set({ votes: votes.get(n.person_id) ?? 0, elected: won, role: won ? (roles.get(n.person_id) ?? null) : null })
        .where('id', '=', n.id)
        .execute();
    }
    const patch = { status: 'held' as const, held_on: heldOn, previous_committee_id: previousId, result_committee_id: resultCommitteeId };
    await trx.updateTable('elections').set(patch).where('id', '=', id).execute();
    await recordEvent(trx, ctx.actor, {
      organId: ctx.viewer.organId,
      action: 'election.held',
      entityType: 'election',
      entityId: id,
      before: { status: e.status },
      after: {
        ...patch,
        expected,
        present,
        attendance: voterRows.map((v) => ({ person_id: v.person_id, attendance: v.attendance })),
        tallies: [...votes].map(([person_id, v]) => ({ person_id, votes: v })),
        elected: elected.map((pid) => ({ person_id: pid, role: roles.get(pid) })),
        ...written,
      },
    });
  });
  return getElection(ctx, id);
}

/** The new term a general election makes: it begins on the election day; 书记/副书记 await the 机关党委's approval. */
async function newTerm(trx: Parameters<typeof endTerm>[0], ctx: Ctx, e: { id: string; branch_id: string; committee_kind: 'committee' | 'secretaryOnly'; term_years: number | null }, heldOn: string, members: { personId: string; role: BranchRole }[]) {
  const committee = {
    id: randomUUID(),
    organ_id: ctx.viewer.organId,
    branch_id: e.branch_id,
    kind: e.committee_kind,
    start_on: heldOn,
    term_years: e.term_years ?? 3,
    elected_on: heldOn,
    ended_on: null,
    election_id: e.id,
    note: null,
  };
  await trx.insertInto('committees').values(committee).execute();
  const rows = members.map((m) => ({
    id: randomUUID(),
    committee_id: committee.id,
    person_id: m.personId,
    role: m.role,
    start_on: heldOn,
    end_on: null,
    origin: 'elected' as const,
    approved_on: null,
    approval_doc_no: null,
    end_reason: null,
  }));
  await trx.insertInto('committee_members').values(rows).execute();
  await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'committee.elected', entityType: 'committee', entityId: committee.id, after: { ...committee, members: rows } });
  return committee.id;
}

interface Fill {
  personId: string;
  role: BranchRole;
  vacancyId: string;
}

/** Each by-elected member takes a vacancy: of their given post when one is open, else the oldest left, whose post they take. */
function matchVacancies(elected: string[], roles: Map<string, BranchRole>, vacancies: { id: string; role: BranchRole }[]): Fill[] {
  const left = [...vacancies];
  const fills: Fill[] = [];
  const pending: string[] = [];
  for (const pid of elected) {
    const want = roles.get(pid);
    const i = want ? left.findIndex((v) => v.role === want) : -1;
    if (i >= 0) fills.push({ personId: pid, role: want!, vacancyId: left.splice(i, 1)[0]!.id });
    else pending.push(pid);
  }
  for (const pid of pending) {
    const v = left.shift()!;
    fills.push({ personId: pid, role: roles.get(pid) ?? v.role, vacancyId: v.id });
  }
  return fills;
}

async function fillByElection(trx: Parameters<typeof endTerm>[0], electionId: string, committeeId: string, heldOn: string, fills: Fill[]) {
  const out = [];
  for (const f of fills) {
    const member = {
      id: randomUUID(),
      committee_id: committeeId,
      person_id: f.personId,
      role: f.role,
      start_on: heldOn,
      end_on: null,
      origin: 'byElection' as const,
      approved_on: null,
      approval_doc_no: null,
      end_reason: null,
    };
    await trx.insertInto('committee_members').values(member).execute();
    const fill = { filled_on: heldOn, filled_by: 'byElection' as const, filled_member_id: member.id, election_id: electionId };
    await trx.updateTable('committee_vacancies').set(fill).where('id', '=', f.vacancyId).execute();
    out.push({ vacancy_id: f.vacancyId, ...fill, member });
  }
  return out;
}

