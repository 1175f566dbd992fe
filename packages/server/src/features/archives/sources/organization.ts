import { BRANCH_ROLE_LABELS, type BranchRole } from '@zhibu/domain';
import { keyValue, paragraph, table, type DocSpec } from '../../../documents/index.js';
import { electionReportDoc } from '../../elections/reportPdf.js';
import { attachmentParts, attachmentsOf, noteOf, recordItem, specPart, yearSpan, type RecordItem, type SourceCtx } from './common.js';

/**
 * LED-2 组织管理档案 from records: the branch's founding (when founded that year: its facts and the papers attached
 * to the branch), each election held that year (its 选举结果报告 with the approval), and the changes of the
 * committee's posts during the year as one table.
 */
export async function organizationItems(s: SourceCtx): Promise<RecordItem[]> {
  const [from, to] = yearSpan(s.year);
  const items: RecordItem[] = [];
  const runningHeader = `${s.organName}\u3000${s.branch.name}`;
  const b = await s.db.selectFrom('branches').select(['full_name', 'short_name', 'kind', 'founded_on']).where('id', '=', s.branch.id).executeTakeFirstOrThrow();
  if (b.founded_on && b.founded_on >= from && b.founded_on <= to) {
    const papers = await attachmentParts(s, (await attachmentsOf(s, 'branch', [s.branch.id])).get(s.branch.id) ?? []);
    const spec: DocSpec = {
      title: `${b.full_name}成立`,
      runningHeader,
      blocks: [keyValue([['党支部全称', b.full_name], ['简称', b.short_name], ['类型', b.kind === 'joint' ? '联合党支部' : '单独组建'], ['成立日期', b.founded_on]], 1), paragraph('成立批复及相关材料附后。', 'left')],
    };
    items.push(recordItem('founding', b.founded_on, { title: `关于成立${b.full_name}的材料`, responsible: s.organName, note: noteOf(papers.parts.length, papers.skipped) }, [specPart(spec), ...papers.parts]));
  }

  const elections = await s.db
    .selectFrom('elections')
    .select(['id', 'held_on', 'kind', 'approval_doc_no', 'status'])
    .where('branch_id', '=', s.branch.id)
    .where('status', '!=', 'draft')
    .where('held_on', '>=', from)
    .where('held_on', '<=', to)
    .orderBy('held_on')
    .execute();
  for (const e of elections) {
    const doc = await electionReportDoc(s.ctx, e.id);
    items.push(recordItem('election', e.held_on, { title: `${e.kind === 'general' ? '换届选举' : '补选'}结果报告${e.status === 'approved' ? '及批复' : ''}`, docNumber: e.approval_doc_no ?? undefined, responsible: s.branch.name }, [specPart(doc.spec)]));
  }

  const posts = await s.db
    .selectFrom('branch_posts as bp')
    .innerJoin('persons as p', 'p.id', 'bp.person_id')
    .select(['p.name', 'bp.role', 'bp.start_on', 'bp.end_on', 'bp.note'])
    .where('bp.branch_id', '=', s.branch.id)
    .where((eb) => eb.or([eb.and([eb('bp.start_on', '>=', from), eb('bp.start_on', '<=', to)]), eb.and([eb('bp.end_on', '>=', from), eb('bp.end_on', '<=', to)])]))
    .execute();
  const changes = posts
    .flatMap((p) => {
      const role = BRANCH_ROLE_LABELS[p.role as BranchRole] ?? p.role;
      const out: [string, string, string, string][] = [];
      if (p.start_on >= from && p.start_on <= to) out.push([p.start_on, p.name, `任${role}`, p.note ?? '']);
      if (p.end_on && p.end_on >= from && p.end_on <= to) out.push([p.end_on, p.name, `免去${role}`, p.note ?? '']);
      return out;
    })
    .sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1], 'zh-CN'));
  if (changes.length) {
    const spec: DocSpec = {
      title: `${s.branch.name}${s.year}年度支部委员会调整情况`,
      runningHeader,
      blocks: [
        table(
          [{ header: '序号', width: 28, align: 'center' }, { header: '日期', width: 70, align: 'center' }, { header: '姓名', width: 60, align: 'center' }, { header: '调整', width: 110 }, { header: '备注', width: '*' }],
          changes.map((c, i) => [i + 1, ...c]),
        ),
      ],
    };
    items.push(recordItem('committeeChange', changes[changes.length - 1]![0], { title: `支部委员会调整情况（${changes.length} 项）`, responsible: s.branch.name }, [specPart(spec)]));
  }
  return items;
}
