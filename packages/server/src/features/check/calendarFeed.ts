import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { calendarOf, isBranchLead, isOrganAdmin, RULES } from '@zhibu/domain';
import type { Kysely } from 'kysely';
import type { Ctx } from '../../context.js';
import type { DB } from '../../db/types.js';
import { recordEvent } from '../../audit/audit.js';
import { forbidden, notFound } from '../../errors.js';
import { checkFindings, yearOf } from './service.js';
import { icsCalendar } from './ics.js';

const hashToken = (t: string) => createHash('sha256').update(t).digest('hex');

/**
 * Creates (or renews: the old URL stops working) a branch's calendar subscription. The token is the key, so only
 * its hash is stored; the URL is shown once (contracts §4: the feed carries deadlines only, no personal data).
 */
export async function renewCalendarFeed(ctx: Ctx, branchId: string): Promise<{ token: string }> {
  if (!isOrganAdmin(ctx.viewer) && !isBranchLead(ctx.viewer, branchId)) throw forbidden('只有支部书记、组织委员或机关党委可以生成日历订阅');
  const token = randomBytes(24).toString('base64url');
  await ctx.db.transaction().execute(async (trx) => {
    const branch = await trx.selectFrom('branches').select('id').where('id', '=', branchId).where('organ_id', '=', ctx.viewer.organId).executeTakeFirst();
    if (!branch) throw notFound('党支部');
    const old = await trx.selectFrom('calendar_feeds').select('id').where('branch_id', '=', branchId).executeTakeFirst();
    await trx.deleteFrom('calendar_feeds').where('branch_id', '=', branchId).execute();
    const id = randomUUID();
    await trx.insertInto('calendar_feeds').values({ id, organ_id: ctx.viewer.organId, branch_id: branchId, token_hash: hashToken(token) }).execute();
    await recordEvent(trx, ctx.actor, {
      organId: ctx.viewer.organId,
      action: old ? 'calendarFeed.renew' : 'calendarFeed.create',
      entityType: 'branch',
      entityId: branchId,
      before: null,
      after: { feed: id },
    });
  });
  return { token };
}

/** The ICS text of a feed, or null for an unknown token. Deadlines from today on, this year's and next year's. */
export async function calendarFeedText(db: Kysely<DB>, token: string, today: string): Promise<string | null> {
  const feed = await db
    .selectFrom('calendar_feeds')
    .innerJoin('branches', 'branches.id', 'calendar_feeds.branch_id')
    .select(['calendar_feeds.branch_id', 'calendar_feeds.organ_id', 'branches.short_name'])
    .where('token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!feed) return null;
  const year = yearOf(today);
  const findings = await checkFindings(db, feed.organ_id, year, today, [feed.branch_id]);
  const items = [...calendarOf(findings, RULES, year, today), ...calendarOf([], RULES, year + 1, today)].filter((i) => i.date >= today);
  return icsCalendar(`${feed.short_name}·标准化事项`, items.map((i) => ({ uid: `${feed.branch_id}-${i.rule}-${i.date}@zhibu`, date: i.date, summary: i.title, description: `${feed.short_name}：${i.title}（${i.date}前）` })));
}
