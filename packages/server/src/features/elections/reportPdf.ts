import type { DocSpec } from '../../documents/spec.js';
import { BRANCH_ROLE_LABELS, BRANCH_ROLES, type BranchRole } from '@zhibu/domain';
import { COMMITTEE_KIND_LABELS, ELECTION_KIND_LABELS, ELECTION_STATUS_LABELS } from '@zhibu/schemas';
import type { Ctx } from '../../context.js';
import { invalid } from '../../errors.js';
import { chineseDate, heading, keyValue, paragraph, renderPdf, signatures, table } from '../../documents/index.js';
import { getElection } from './service.js';

/**
 * The printable 选举结果报告 the branch sends with its 报批 (R-ORG-5, R-ELECT-9): attendance and quorum, each
 * candidate's total and whether elected, the posts of the elected, and blanks for the scrutineers' and the chair's
 * signatures and the branch's seal. Totals only: no ballot exists to print (contracts §5).
 */
export async function electionReportDoc(ctx: Ctx, id: string): Promise<{ fileName: string; spec: DocSpec }> {
  const e = await getElection(ctx, id);
  if (e.status === 'draft' || !e.heldOn) throw invalid('选举尚未录入结果，没有选举结果报告可打印');
  const organ = await ctx.db.selectFrom('organs').select('name').where('id', '=', ctx.viewer.organId).executeTakeFirstOrThrow();
  const heldOn = e.heldOn;
  const excluded = e.voters.filter((v) => v.attendance === 'excluded').length;
  const ranked = [...e.nominees].sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0) || a.name.localeCompare(b.name, 'zh-CN'));
  const rank = (r: BranchRole | null) => (r ? BRANCH_ROLES.indexOf(r) : 99);
  const posts = e.nominees.filter((n) => n.elected).sort((a, b) => rank(a.role) - rank(b.role));
  const general = e.kind === 'general';
  const approval =
    e.status === 'approved'
      ? `机关党委已于${chineseDate(e.decidedOn ?? '')}批准${e.approvalDocNo ? `（${e.approvalDocNo}）` : ''}。`
      : '书记、副书记的任职须报机关党委批准；委员报机关党委备案。';
  const spec: DocSpec = {
    title: `${e.branchName}选举结果报告`,
    subtitle: `${ELECTION_KIND_LABELS[e.kind]}\u3000${chineseDate(heldOn)}`,
    runningHeader: `${organ.name}\u3000${e.branchName}`,
    blocks: [
      keyValue([
        ['党支部', e.branchName],
        ['选举类型', `${ELECTION_KIND_LABELS[e.kind]}（${COMMITTEE_KIND_LABELS[e.committeeKind]}）`],
        ['选举日期', chineseDate(heldOn)],
        ['应选人数', `${e.seats}人`],
        ['候选人数', `${e.nominees.length}人`],
        ['任期', e.termYears ? `${e.termYears}年` : '本届剩余任期'],
        ['有选举权的党员', `${e.voters.length}人${excluded ? `（其中${excluded}人经批准不计入应到会人数）` : ''}`],
        ['应到会', `${e.expected}人`],
        ['实到会', `${e.present}人`],
        ['到会是否超过五分之四', e.quorumMet ? `是（至少须到${e.quorumNeeded}人）` : '否'],
        ['状态', ELECTION_STATUS_LABELS[e.status]],
      ]),
      heading('候选人得票情况', { level: 2, inCatalog: false }),
      paragraph(`当选须获得超过实到会人数半数（${Math.floor(e.present / 2) + 1}票及以上）的赞成票。`),
      table(
        [
          { header: '序号', width: 30, align: 'center' },
          { header: '候选人', width: '*', align: 'center' },
          { header: '得票数', width: 70, align: 'center' },
          { header: '是否当选', width: 70, align: 'center' },
        ],
        ranked.map((n, i) => [i + 1, n.name, n.votes, n.elected ? '当选' : '未当选']),
      ),
      heading(general ? '新一届支部委员会' : '补选结果', { level: 2, inCatalog: false }),
      table(
        [
          { header: '职务', width: 120, align: 'center' },
          { header: '姓名', width: '*', align: 'center' },
        ],
        posts.map((n) => [n.role ? BRANCH_ROLE_LABELS[n.role] : '', n.name]),
      ),
      paragraph(approval),
      signatures('监票人签字', '计票人签字'),
      signatures('会议主持人签字', '党支部（盖章）'),
      paragraph(`报送日期：${e.submittedOn ? chineseDate(e.submittedOn) : '\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日'}`, 'right'),
    ],
  };
  return { fileName: `${e.branchName}选举结果报告-${heldOn}.pdf`, spec };
}

/** The document as a PDF; its spec alone (`electionReportDoc`) is what the archive binds, rendering it in its worker. */
export async function electionReportPdf(ctx: Ctx, id: string): Promise<{ fileName: string; pdf: Buffer }> {
  const d = await electionReportDoc(ctx, id);
  return { fileName: d.fileName, pdf: await renderPdf(d.spec) };
}
