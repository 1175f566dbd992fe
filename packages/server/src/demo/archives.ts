import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/types.js';
import { heading, pageCounts, paragraph, renderPdf } from '../documents/index.js';
import { fileStoreFor, type FileStore } from '../features/attachments/store.js';
import { bulkInsert } from '../db/bulk.js';
import { ARCHIVE_CATEGORIES } from '@zhibu/domain';
import type { Ctx } from '../context.js';
import { bindYear } from '../features/archives/service.js';

const U = 'uuid';
const T = 'text';
const I = 'integer';

/** A paper as the branch would scan or save it: a heading, the text, the issuing body at the foot. */
const paper = (title: string, body: string[], from: string, on: string) =>
  renderPdf({ title, subtitle: on, pageNumbers: false, blocks: [...body.flatMap((p, i) => [heading(`${'一二三四五'[i]}、${p.split('：')[0]}`, { level: 2 }), paragraph(p.split('：')[1] ?? p)]), paragraph(from, 'right'), paragraph(on, 'right')] });

/**
 * 信息台账 (issue 7): the first branch's papers that exist only on paper for this year — its work plan (LED-2) and
 * the concentrated education's plan and summary (LED-5) — so the 台账 page and `zhibu archive` have something to bind.
 */
export async function loadDemoArchives(trx: Kysely<DB>, organId: string, branchId: string | undefined, asOf: string, actor: string, files: FileStore = fileStoreFor({ backend: 'postgres', dataDir: null })): Promise<void> {
  const y = Number(asOf.slice(0, 4));
  if (!branchId) return;
  const first = await trx.selectFrom('branches').select(['id', 'full_name']).where('organ_id', '=', organId).where('id', '=', branchId).executeTakeFirst();
  if (!first) return;
  const items = [
    { category: 'organization', kind: 'plan', title: `${first.full_name}${y}年度党建工作计划`, on: `${y}-01-15`, docNo: `办一党支〔${y}〕1号`, body: ['总体思路：以党的政治建设为统领，推进支部标准化规范化建设。', '重点任务：落实“三会一课”、主题党日和谈心谈话制度，抓好党员教育管理。', '保障措施：支部委员分工负责，每季度检查一次落实情况。'] },
    { category: 'education', kind: 'plan', title: '党纪学习教育实施方案', on: `${y}-04-08`, docNo: `办一党支〔${y}〕3号`, body: ['学习内容：认真学习《中国共产党纪律处分条例》。', '方法步骤：个人自学、集中研讨、专题党课、警示教育相结合。', '工作要求：书记带头，党员人人参与，做到学纪、知纪、明纪、守纪。'] },
    { category: 'education', kind: 'summary', title: '党纪学习教育工作总结', on: `${y}-08-30`, docNo: null, body: ['开展情况：组织集中学习4次、专题党课1次、警示教育1次。', '主要收获：党员纪律意识明显增强。', '下一步打算：建立经常性纪律教育机制。'] },
  ].filter((x) => x.on <= asOf);
  const uploads: Record<string, unknown>[] = [];
  const attachments: Record<string, unknown>[] = [];
  for (const x of items) {
    const bytes = await paper(x.title, x.body, first.full_name, x.on);
    const [pages = 1] = await pageCounts([bytes]);
    const { sha256 } = await files.put(trx, bytes, 'application/pdf');
    const id = randomUUID();
    const at = `${x.on}T10:00:00+08:00`;
    uploads.push({ id, organ_id: organId, branch_id: first.id, year: y, category: x.category, kind: x.kind, title: x.title, issued_on: x.on, doc_no: x.docNo, responsible: first.full_name, pages, uploaded_by: actor, uploaded_at: at });
    attachments.push({ id: randomUUID(), organ_id: organId, entity_type: 'archiveUpload', entity_id: id, slot: 'file', file_sha256: sha256, file_name: `${x.title}.pdf`, uploaded_by: actor, uploaded_at: at });
  }
  await bulkInsert(trx, 'archive_uploads', uploads, { id: U, organ_id: U, branch_id: U, year: I, category: T, kind: T, title: T, issued_on: 'date', doc_no: T, responsible: T, pages: I, uploaded_by: T, uploaded_at: 'timestamptz' });
  await bulkInsert(trx, 'attachments', attachments, { id: U, organ_id: U, entity_type: T, entity_id: U, slot: T, file_sha256: T, file_name: T, uploaded_by: T, uploaded_at: 'timestamptz' });
}

/**
 * Last year's volumes (LED-2…LED-7), bound as the branches did in the first quarter, so the 信息台账 page opens on
 * real bound volumes and the binding rules read them: every branch but 预算工作委员会党支部 (the demo's branch that lags on
 * its records) bound in time, and 财经教科文卫城建联合党支部 bound its 组织生活档案 late, in April. Runs after the demo's
 * transaction, through the same binding as the page (the PGlite connection is free again by then); the binding's
 * time is set to its demo day, as demo records count as entered on their own dates (contracts §7).
 */
export async function bindDemoLastYear(db: Kysely<DB>, organId: string, asOf: string, actor: string, files: FileStore): Promise<number> {
  const last = Number(asOf.slice(0, 4)) - 1;
  const branches = await db.selectFrom('branches').select(['id', 'full_name', 'short_name']).where('organ_id', '=', organId).where('status', '=', 'active').orderBy('full_name').execute();
  const keys = ARCHIVE_CATEGORIES.filter((c) => c.boundYearly).map((c) => c.key);
  const ctx: Ctx = { db, viewer: { accountId: 'demo', organId, personId: null, organRoles: ['organAdmin'], branchRoles: {}, ledGroups: [] }, actor, today: asOf };
  let bound = 0;
  for (const [i, b] of branches.entries()) {
    if (b.short_name === '预算工作委员会党支部') continue;
    const made = await bindYear(ctx, files, { id: b.id, name: b.full_name }, last, keys);
    for (const m of made) {
      const late = b.short_name.startsWith('财经') && m.category === 'life';
      const on = late ? `${last + 1}-04-15` : `${last + 1}-03-${String(2 + i * 2).padStart(2, '0')}`;
      await db.updateTable('archive_bindings').set({ bound_at: `${on}T16:00:00+08:00` }).where('id', '=', m.id).execute();
    }
    bound += made.length;
  }
  return bound;
}
