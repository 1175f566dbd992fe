import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { meetingAttendanceOf } from '@zhibu/domain';
import { ELECTION_KIND_LABELS, ELECTION_STATUS_LABELS, type Election, type ZElectionMeetingCreate } from '@zhibu/schemas';
import type { Ctx } from '../../context.js';
import { recordEvent } from '../../audit/audit.js';
import { AppError, invalid } from '../../errors.js';
import { assertBookOpen } from '../recordBooks/guard.js';
import { attendanceOf, findMeeting, isPartyMemberOf, personsOf, rosterSpans } from '../meetings/repository.js';
import { attendanceLines, problemsOf, quorumOf } from '../meetings/presenter.js';
import { getElection, loadElection } from './service.js';
import { votersOf } from './repository.js';
import { electionDay, linkable, setMeetingLink } from './meetingLink.js';

/**
 * 生成党员大会记录: the assembly that held the election, dated the election's day, deciding, with the voters'
 * attendance as the election recorded it. Held when complete (主持人, 记录人, quorum of R-ORG-9); otherwise planned,
 * for the secretary to complete on the meeting page. Refused when a record is already linked.
 */
export async function createElectionMeeting(ctx: Ctx, id: string, input: z.infer<typeof ZElectionMeetingCreate>): Promise<Election> {
  await ctx.db.transaction().execute(async (trx) => {
    const e = await loadElection(ctx, trx, id, 'lead', '只有机关党委管理员或本支部书记、副书记、组织委员可以生成党员大会记录');
    if (e.branch_status !== 'active') throw invalid('已撤销的党支部不能登记会议');
    if (e.meeting_id) throw new AppError('CONFLICT', '本次选举已关联党员大会记录；如需重新生成，请先取消关联');
    if (!linkable(e)) throw invalid(`选举${ELECTION_STATUS_LABELS[e.status]}，不能再生成党员大会记录`);
    const day = electionDay(e);
    const host = input.hostPersonId ?? null;
    const recorder = input.recorderPersonId ?? null;
    const persons = await personsOf(trx, ctx.viewer.organId, [host, recorder].filter((x): x is string => !!x));
    const problems: string[] = [];
    for (const [label, pid] of [['主持人', host], ['记录人', recorder]] as const) {
      if (!pid) continue;
      const p = persons.get(pid);
      if (!p) problems.push(`${label}不是本机关的人员`);
      else if (!(await isPartyMemberOf(trx, pid, e.branch_id, day))) problems.push(`${p.name}不是本支部在${day}的党员，不能任${label}`);
    }
    if (problems.length) throw invalid(problems.join('；'), { problems });
    await assertBookOpen(trx, e.branch_id, null, day);

    const voters = e.status === 'draft' ? [] : await votersOf(trx, id);
    const attendance = voters.map((v) => ({ person_id: v.id, ...meetingAttendanceOf(v.attendance) }));
    const title = `支部党员大会：${ELECTION_KIND_LABELS[e.kind]}`;
    const agenda = [e.kind === 'general' ? '选举产生新一届支部委员会' : '补选支部委员'];
    const meetingId = randomUUID();
    const row = {
      id: meetingId,
      organ_id: ctx.viewer.organId,
      branch_id: e.branch_id,
      kind: 'assembly' as const,
      held_on: day,
      title,
      host_person_id: host,
      recorder_person_id: recorder,
      agenda: JSON.stringify(agenda),
      decides: true,
    };
    await trx.insertInto('meetings').values(row).execute();
    const rows = attendance.map((a) => ({ meeting_id: meetingId, ...a, guest: false }));
    if (rows.length) await trx.insertInto('meeting_attendance').values(rows).execute();
    // held only when the meeting page itself would let it be marked held: complete, with the quorum of R-ORG-9
    const m = (await findMeeting(trx, ctx.viewer.organId, meetingId))!;
    const lines = attendanceLines(m, await rosterSpans(trx, e.branch_id, day, day), await attendanceOf(trx, [meetingId]));
    const held = e.status !== 'draft' && problemsOf(m, lines, ctx.today).length === 0 && quorumOf(m, lines)?.met === true;
    const recordedAt = held ? new Date() : null;
    if (held) await trx.updateTable('meetings').set({ status: 'held', recorded_at: recordedAt }).where('id', '=', meetingId).execute();
    await recordEvent(trx, ctx.actor, {
      organId: ctx.viewer.organId,
      action: held ? 'meeting.held' : 'meeting.planned',
      entityType: 'meeting',
      entityId: meetingId,
      after: { ...row, agenda, status: held ? 'held' : 'planned', recorded_at: recordedAt?.toISOString() ?? null, attendance: rows, fromElection: id },
    });
    await setMeetingLink(ctx, trx, e, meetingId, day);
  });
  return getElection(ctx, id);
}
