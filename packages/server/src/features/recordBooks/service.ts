import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { isBranchLead, isOrganAdmin, leadsGroup, yearOf, type Viewer } from '@zhibu/domain';
import { MEETING_KIND_LABELS, type RecordBook, type ZRecordBookClose, type ZRecordBookHandOver } from '@zhibu/schemas';
import type { Ctx } from '../../context.js';
import { AppError, forbidden, invalid, notFound } from '../../errors.js';
import { recordEvent } from '../../audit/audit.js';
import type { FileStore } from '../attachments/store.js';
import { reachOf, type Reach } from '../meetings/access.js';
import { findBranchOfOrgan } from '../meetings/repository.js';
import { loadBook, renderBook } from './bookPdf.js';
import { booksOf, entryCounts, findBook, groupsOfYear, plannedOfBook } from './repository.js';

/**
 * LED-1 (issue 5 §9): who reads a book reads the meetings in it (meetings/access.ts); who closes and hands it over:
 * the organ admin and the branch's 书记, 副书记, 组织委员 — and, for a group's book, also its 党小组长.
 */
type Db = Ctx['db'];
const CLOSE_ONLY = '只有机关党委管理员、本支部书记、副书记、组织委员（党小组的记录本：本小组组长）可以封存和移交会议记录本';

export const canCloseBook = (v: Viewer, branchId: string, groupId: string | null) => isOrganAdmin(v) || isBranchLead(v, branchId) || (groupId !== null && leadsGroup(v, groupId));
const canReadBook = (v: Viewer, reach: Reach, groupId: string | null) => reach === 'branch' || (reach === 'groups' && groupId !== null && leadsGroup(v, groupId));

async function readableBranch(ctx: Ctx, db: Db, branchId: string) {
  const b = await findBranchOfOrgan(db, ctx.viewer.organId, branchId);
  const reach = b ? await reachOf(ctx, db, branchId) : null;
  if (!b || !reach) throw notFound('党支部');
  return { b, reach };
}

/** The group of a book, when it belongs to the branch and existed in the year. */
async function groupOfBook(db: Db, branchId: string, groupId: string | null | undefined, year: number) {
  if (!groupId) return null;
  const g = (await groupsOfYear(db, branchId, year)).find((x) => x.id === groupId);
  if (!g) throw notFound('党小组');
  return g;
}

export async function listBooks(ctx: Ctx, branchId: string, year: number): Promise<RecordBook[]> {
  const { reach } = await readableBranch(ctx, ctx.db, branchId);
  const [groups, books, counts] = await Promise.all([groupsOfYear(ctx.db, branchId, year), booksOf(ctx.db, branchId, year), entryCounts(ctx.db, branchId, year)]);
  const yearEnded = year < yearOf(ctx.today);
  const present = (groupId: string | null, groupName: string | null): RecordBook => {
    const book = books.find((x) => x.group_id === groupId);
    return {
      id: book?.id ?? null,
      branchId,
      groupId,
      groupName,
      year,
      entryCount: counts.get(groupId) ?? 0,
      closed: !!book,
      closedOn: book?.closed_on ?? null,
      closedBy: book?.closed_by ?? null,
      handedTo: book?.handed_to ?? null,
      handedOverOn: book?.handed_over_on ?? null,
      abilities: { close: !book && yearEnded && canCloseBook(ctx.viewer, branchId, groupId), handOver: !!book && !book.handed_to && canCloseBook(ctx.viewer, branchId, groupId) },
    };
  };
  return [present(null, null), ...groups.map((g) => present(g.id, g.name))].filter((x) => canReadBook(ctx.viewer, reach, x.groupId));
}

/** The book as it stands now, rendered (GET book.pdf); a closed book's frozen file is at /record-books/:id/file.pdf. */
export async function bookPdf(ctx: Ctx, branchId: string, year: number, groupId?: string): Promise<{ fileName: string; pdf: Buffer }> {
  const { b, reach } = await readableBranch(ctx, ctx.db, branchId);
  if (!canReadBook(ctx.viewer, reach, groupId ?? null)) throw notFound('会议记录本');
  const g = await groupOfBook(ctx.db, branchId, groupId, year);
  const pdf = await renderBook(await loadBook(ctx.db, ctx.viewer.organId, b, g, year, ctx.today));
  return { fileName: `${b.full_name}${g?.name ?? ''}${year}年度会议记录本.pdf`, pdf };
}

async function actorName(db: Db, ctx: Ctx): Promise<string> {
  const p = ctx.viewer.personId ? await db.selectFrom('persons').select('name').where('id', '=', ctx.viewer.personId).executeTakeFirst() : undefined;
  return p?.name ?? ctx.actor.replace(/^user:/, '');
}

/**
 * Closes a year's book once the year is over: nothing planned may be left open in it (cancel or hold it first);
 * the book is rendered as it stands and its PDF kept in the file store; from then on its records are read-only.
 */
export async function closeBook(ctx: Ctx, store: FileStore, branchId: string, input: z.infer<typeof ZRecordBookClose>): Promise<RecordBook> {
  const groupId = input.groupId ?? null;
  await ctx.db.transaction().execute(async (trx) => {
    const { b } = await readableBranch(ctx, trx, branchId);
    if (!canCloseBook(ctx.viewer, branchId, groupId)) throw forbidden(CLOSE_ONLY);
    const g = await groupOfBook(trx, branchId, groupId, input.year);
    if (input.year >= yearOf(ctx.today)) throw invalid(`${input.year} 年度尚未结束，不能封存该年度的会议记录本`);
    if (input.closedOn < `${input.year + 1}-01-01`) throw invalid(`封存日期（${input.closedOn}）须在 ${input.year} 年度结束之后`);
    if (input.closedOn > ctx.today) throw invalid(`封存日期（${input.closedOn}）不能晚于今天`);
    const existing = (await booksOf(trx, branchId, input.year)).find((x) => x.group_id === groupId);
    if (existing) throw new AppError('CONFLICT', `${input.year} 年度的该会议记录本已于 ${existing.closed_on} 封存`);
    const planned = await plannedOfBook(trx, branchId, groupId, input.year);
    if (planned.length) {
      const list = planned.map((m) => `${m.held_on} ${MEETING_KIND_LABELS[m.kind]}${m.title ? `（${m.title}）` : ''}`).join('；');
      throw invalid(`记录本中还有 ${planned.length} 次计划中的会议未登记召开或取消，请先处理：${list}`, { planned: planned.map((m) => m.id) });
    }
    const pdf = await renderBook(await loadBook(trx, ctx.viewer.organId, b, g, input.year, input.closedOn));
    const file = await store.put(trx, pdf, 'application/pdf');
    const row = { id: randomUUID(), organ_id: ctx.viewer.organId, branch_id: branchId, group_id: groupId, year: input.year, closed_on: input.closedOn, closed_by: await actorName(trx, ctx), file_sha256: file.sha256 };
    await trx.insertInto('record_books').values(row).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'recordBook.closed', entityType: 'record_book', entityId: row.id, after: row });
  });
  return (await listBooks(ctx, branchId, input.year)).find((x) => x.groupId === groupId)!;
}

async function loadBookRow(ctx: Ctx, db: Db, id: string, need: 'read' | 'close') {
  const book = await findBook(db, ctx.viewer.organId, id);
  const reach = book ? await reachOf(ctx, db, book.branch_id) : null;
  if (!book || !canReadBook(ctx.viewer, reach, book.group_id)) throw notFound('会议记录本');
  if (need === 'close' && !canCloseBook(ctx.viewer, book.branch_id, book.group_id)) throw forbidden(CLOSE_ONLY);
  return book;
}

/** Records to whom the closed book was handed over (移交), once. */
export async function handOver(ctx: Ctx, id: string, input: z.infer<typeof ZRecordBookHandOver>): Promise<RecordBook> {
  const book = await ctx.db.transaction().execute(async (trx) => {
    const book = await loadBookRow(ctx, trx, id, 'close');
    if (book.handed_to) throw new AppError('CONFLICT', `该会议记录本已于 ${book.handed_over_on} 移交给${book.handed_to}`);
    if (input.handedOverOn < book.closed_on) throw invalid(`移交日期（${input.handedOverOn}）不能早于封存日期（${book.closed_on}）`);
    if (input.handedOverOn > ctx.today) throw invalid(`移交日期（${input.handedOverOn}）不能晚于今天`);
    const after = { handed_to: input.handedTo, handed_over_on: input.handedOverOn };
    await trx.updateTable('record_books').set(after).where('id', '=', id).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'recordBook.handedOver', entityType: 'record_book', entityId: id, before: { handed_to: null, handed_over_on: null }, after });
    return book;
  });
  return (await listBooks(ctx, book.branch_id, book.year)).find((x) => x.id === id)!;
}

/** The PDF frozen when the book was closed. */
export async function bookFile(ctx: Ctx, store: FileStore, id: string): Promise<{ fileName: string; pdf: Buffer }> {
  const book = await loadBookRow(ctx, ctx.db, id, 'read');
  const pdf = book.file_sha256 ? await store.get(ctx.db, book.file_sha256) : null;
  if (!pdf) throw notFound('会议记录本文件');
  const [branch, group] = await Promise.all([
    ctx.db.selectFrom('branches').select('full_name').where('id', '=', book.branch_id).executeTakeFirstOrThrow(),
    book.group_id ? ctx.db.selectFrom('party_groups').select('name').where('id', '=', book.group_id).executeTakeFirst() : undefined,
  ]);
  return { fileName: `${branch.full_name}${group?.name ?? ''}${book.year}年度会议记录本（封存）.pdf`, pdf };
}
