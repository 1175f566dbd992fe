import { excellentMax } from '@zhibu/domain';
import { paragraph, renderPdf, table, heading } from '../../documents/index.js';
import type { Ctx } from '../../context.js';
import { printData } from './pdfCommon.js';

/**
 * 民主评议党员测评表 (forms.md §4b): the blank anonymous ballot. One row per member graded (预备党员 are not), four
 * columns of boxes to tick, no line for the voter's name, and the 填表说明 with the 优秀 limit of this appraisal.
 */
export async function ballotSheetPdf(ctx: Ctx, id: string): Promise<{ fileName: string; pdf: Buffer }> {
  const { a } = await printData(ctx, id, 'full');
  const graded = a.members.filter((m) => m.graded);
  const max = excellentMax(graded.length);
  const pdf = await renderPdf({
    title: `${a.branchName}${a.year}年度民主评议党员测评表`,
    subtitle: '（无记名，不填写测评人姓名）',
    blocks: [
      table(
        [
          { header: '序号', width: 32, align: 'center' },
          { header: '党员姓名', width: 80, align: 'center' },
          { header: '优秀', width: 44, align: 'center' },
          { header: '合格', width: 44, align: 'center' },
          { header: '基本合格', width: 52, align: 'center' },
          { header: '不合格', width: 44, align: 'center' },
          { header: '存在问题（可选）', width: '*' },
        ],
        graded.map((m, i) => [i + 1, m.person.name, '□', '□', '□', '□', '']),
        { emptyMark: '' },
      ),
      heading('填表说明', { level: 3, inCatalog: false }),
      paragraph('1. 请对照合格党员标准，在每名党员对应的等次栏内划"√"，每行只能选一个等次；不选视为弃权。'),
      paragraph(`2. 评为"优秀"的不超过参加评定等次党员的三分之一，本次共${graded.length}名党员参加评定，"优秀"至多选${max}人；超过的，该票"优秀"栏无效。`),
      paragraph('3. 有下列情形之一的，可评为"不合格"：理想信念动摇、政治立场不坚定；长期不参加党的组织生活、不按规定交纳党费、不完成党组织分配的任务；违反党的纪律、造成不良影响；群众意见大、不起党员作用等。'),
      paragraph('4. "存在问题"栏可简要注明该党员存在的主要问题，也可另附页按序号注明。'),
      paragraph('5. 预备党员参加评议，但不评定等次，不列入本表。本表无记名填写，请勿在表上署名或作标记。'),
    ],
  });
  return { fileName: `${a.branchName}${a.year}年度民主评议党员测评表.pdf`, pdf };
}
