import { ballotProblems } from '@zhibu/domain';
import type { Appraisal, ZBallotInput } from '@zhibu/schemas';
import type { z } from 'zod';
import type { Ctx } from '../../context.js';
import { recordEvent } from '../../audit/audit.js';
import { AppError, forbidden, invalid } from '../../errors.js';
import { loadAppraisal } from './access.js';
import { stateOf } from './presenter.js';
import { membersOf } from './repository.js';
import { assertStep, getAppraisal } from './service.js';

/**
 * The online anonymous ballot (民主测评, contracts §5). Who voted is recorded (appraisal_voters) and audited as
 * "X voted in appraisal Y"; what they voted never is: the ballot only adds to the members' tallies, in the same
 * transaction, and no ballot, vote or grade of a voter is written anywhere — not in the audit log either.
 *
 * Voters: the 正式党员 of the appraisal. 预备党员 take part in the 评议 but, having no 表决权 (党章 第七条), do not vote
 * in the 测评; paper ballots may be handed to all members (the tally check allows up to all of them).
 */

async function openOrClose(ctx: Ctx, id: string, open: boolean): Promise<Appraisal> {
  await ctx.db.transaction().execute(async (trx) => {
    const { a } = await loadAppraisal(ctx, trx, id, 'lead');
    assertStep(a, 'ballot', open ? '开始线上测评' : '结束线上测评');
    if (a.ballot_mode !== 'online') throw invalid('本次民主测评为纸质选票，请录入计票结果');
    if (open && a.ballot_open) throw invalid('线上测评已经开始');
    if (open && a.balloted_on) throw invalid('线上测评已经结束，不能重新开始');
    if (!open && !a.ballot_open) throw invalid('线上测评尚未开始');
    const members = await membersOf(trx, id);
    // 发出 = those who may vote; 收回 = those who voted
    const after = open
      ? { ballot_open: true, ballots_issued: members.filter((m) => m.graded).length, ballots_returned: 0 }
      : { ballot_open: false, balloted_on: ctx.today };
    await trx.updateTable('appraisals').set(after).where('id', '=', id).execute();
    // counts only: the closing tallies are read from the record, never logged per voter
    await recordEvent(trx, ctx.actor, {
      organId: ctx.viewer.organId,
      action: open ? 'appraisal.ballotOpened' : 'appraisal.ballotClosed',
      entityType: 'appraisal',
      entityId: id,
      before: { ballot_open: a.ballot_open, ballots_issued: a.ballots_issued, ballots_returned: a.ballots_returned },
      after,
    });
  });
  return getAppraisal(ctx, id);
}

export const openBallot = (ctx: Ctx, id: string) => openOrClose(ctx, id, true);
export const closeBallot = (ctx: Ctx, id: string) => openOrClose(ctx, id, false);

/** Casts the logged-in person's ballot: once, while open, adding to the tallies in one transaction. */
export async function castBallot(ctx: Ctx, id: string, input: z.infer<typeof ZBallotInput>): Promise<Appraisal> {
  await ctx.db.transaction().execute(async (trx) => {
    const { a } = await loadAppraisal(ctx, trx, id);
    const voter = ctx.viewer.personId;
    const members = await membersOf(trx, id);
    const me = members.find((m) => m.person_id === voter);
    if (!voter || !me) throw forbidden('只有参加本次民主评议的党员可以投票');
    if (!me.graded) throw forbidden('预备党员参加评议，但没有表决权，不参加民主测评投票');
    if (a.ballot_mode !== 'online') throw invalid('本次民主测评为纸质选票，不能线上投票');
    if (a.step !== 'ballot' || !a.ballot_open) throw invalid('线上民主测评未在进行中，不能投票');
    const problems = ballotProblems(input.votes, stateOf(a, members).members);
    if (problems.length) throw invalid(`选票无效，未计入：${problems.join('；')}`, { problems });
    // the key (appraisal, person) refuses a second ballot, even from two requests at once
    const inserted = await trx.insertInto('appraisal_voters').values({ appraisal_id: id, person_id: voter }).onConflict((oc) => oc.doNothing()).returning('person_id').execute();
    if (inserted.length === 0) throw new AppError('CONFLICT', '您已投过票，不能重复投票');
    for (const v of input.votes) {
      const col = `tally_${v.grade}` as const;
      await trx
        .updateTable('appraisal_members')
        .set((eb) => ({ [col]: eb(col, '+', 1) }))
        .where('appraisal_id', '=', id)
        .where('person_id', '=', v.personId)
        .execute();
    }
    const voted = await trx.selectFrom('appraisal_voters').select((eb) => eb.fn.countAll<string>().as('n')).where('appraisal_id', '=', id).executeTakeFirstOrThrow();
    await trx.updateTable('appraisals').set({ ballots_returned: Number(voted.n) }).where('id', '=', id).execute();
    // who voted, never what (contracts §5)
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'appraisal.voted', entityType: 'appraisal', entityId: id, after: { voter_person_id: voter } });
  });
  return getAppraisal(ctx, id);
}
