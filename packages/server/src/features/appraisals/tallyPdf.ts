import type { DocSpec } from '../../documents/spec.js';
import { GRADE_LABELS } from '@zhibu/schemas';
import { chineseDate, keyValue, paragraph, renderPdf, signatures, table } from '../../documents/index.js';
import type { Ctx } from '../../context.js';
import { blankDate, printData } from './pdfCommon.js';

/**
 * 民主测评汇总表 (forms.md §4c): each member's votes, the share of 优秀, and the committee's grade; signed by the
 * 计票人, 监票人 and 书记. Before the count (or while an online ballot is open) the vote columns print blank, as a
 * form to count into by hand.
 */
const pct = (n: number, of: number | null) => (of ? `${((n / of) * 100).toFixed(1)}%` : null);

export async function tallyDoc(ctx: Ctx, id: string): Promise<{ fileName: string; spec: DocSpec }> {
  const { a } = await printData(ctx, id, 'full');
  const rows = a.members.map((m, i) => {
    const t = m.tallies;
    const status = m.graded ? '正式党员' : '预备党员';
    if (!m.graded) return [i + 1, m.person.name, status, '', '', '', '', '', '不评定等次', '参加评议'];
    return [i + 1, m.person.name, status, t?.excellent, t?.qualified, t?.basic, t?.unqualified, t ? pct(t.excellent, a.ballotsReturned) : null, m.grade ? GRADE_LABELS[m.grade] : null, m.gradeNote];
  });
  const spec: DocSpec = {
    title: `${a.branchName}${a.year}年度民主测评汇总表`,
    subtitle: a.ballotMode === 'online' ? '（线上无记名测评）' : '（纸质无记名选票）',
    orientation: 'landscape',
    blocks: [
      keyValue(
        [
          ['测评日期', a.ballotedOn ? chineseDate(a.ballotedOn) : null],
          ['发出票数', a.ballotsIssued],
          ['收回票数', a.ballotsReturned],
          ['"优秀"名额上限', `${a.excellentMax}人`],
        ],
        4,
      ),
      table(
        [
          { header: '序号', width: 30, align: 'center' },
          { header: '姓名', width: 70, align: 'center' },
          { header: '党籍状态', width: 60, align: 'center' },
          { header: '优秀票', width: 50, align: 'center' },
          { header: '合格票', width: 50, align: 'center' },
          { header: '基本合格票', width: 60, align: 'center' },
          { header: '不合格票', width: 55, align: 'center' },
          { header: '优秀得票率', width: 60, align: 'center' },
          { header: '支委会评定等次', width: 85, align: 'center' },
          { header: '备注', width: '*' },
        ],
        rows,
        { emptyMark: '' },
      ),
      paragraph(`评定日期：${a.gradedOn ? chineseDate(a.gradedOn) : blankDate}`),
      signatures('计票人签字', '监票人签字', '支部书记签字'),
      paragraph(`日期：${blankDate}`, 'right'),
    ],
  };
  return { fileName: `${a.branchName}${a.year}年度民主测评汇总表.pdf`, spec };
}

/** The document as a PDF; its spec alone (`tallyDoc`) is what the archive binds, rendering it in its worker. */
export async function tallyPdf(ctx: Ctx, id: string): Promise<{ fileName: string; pdf: Buffer }> {
  const d = await tallyDoc(ctx, id);
  return { fileName: d.fileName, pdf: await renderPdf(d.spec) };
}
