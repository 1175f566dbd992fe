import type { DocSpec } from '../../documents/spec.js';
import type { Block } from '../../documents/index.js';
import { chineseDate, heading, keyValue, pageBreak, paragraph, renderPdf, table } from '../../documents/index.js';
import type { Ctx } from '../../context.js';
import { notFound } from '../../errors.js';
import { blankDate, gradeBoxes, printData } from './pdfCommon.js';

/**
 * 民主评议党员登记表 (forms.md §4a), one member per page (or one member): 基本情况 from the person's record, 个人小结 =
 * the self review, 民主评议情况 = the peer review summary and the member's votes, 支部意见 = the grade and its note,
 * and blanks for 本人意见 and 上级党组织意见 to sign by hand. A member printing it gets only their own.
 */
const GENDER = { male: '男', female: '女' } as const;
const yearMonth = (d: string | null) => (d ? `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月` : null);
const WRITE_LINES = '\n\n';
/** A line to sign by hand with its date (printed when known), right-aligned as on the paper form. */
const signLine = (label: string, on: string | null) => paragraph(`${label}：＿＿＿＿＿＿＿＿\u3000\u3000${on ? chineseDate(on) : blankDate}`, 'right');

export async function registerDoc(ctx: Ctx, id: string, personId?: string): Promise<{ fileName: string; spec: DocSpec }> {
  const { a, persons, organName } = await printData(ctx, id, 'read');
  const members = personId ? a.members.filter((m) => m.person.id === personId) : a.members;
  if (members.length === 0) throw notFound('评议对象');
  const blocks: Block[] = [];
  members.forEach((m, i) => {
    const p = persons.get(m.person.id)!;
    const t = m.tallies;
    if (i > 0) blocks.push(pageBreak());
    blocks.push(
      heading(`${m.person.name}\u3000${a.year}年度`, { level: 2, inCatalog: false }),
      keyValue([
        ['姓名', p.name],
        ['性别', p.gender ? GENDER[p.gender] : null],
        ['出生年月', yearMonth(p.birth_date)],
        ['民族', p.ethnicity],
        ['入党时间', p.joined_on ? chineseDate(p.joined_on) : null],
        ['转正时间', p.confirmed_on ? chineseDate(p.confirmed_on) : m.graded ? null : '预备党员'],
        ['学历', p.education],
        ['现任职务', p.job_post],
        ['所在党支部', a.branchName],
        ['单位', organName],
      ]),
      heading('个人小结（自评）', { level: 3, inCatalog: false }),
      paragraph(m.selfReview ?? `（未填写）${WRITE_LINES}`),
      signLine('本人签字', m.selfReviewOn),
      heading('民主评议情况', { level: 3, inCatalog: false }),
      paragraph(`党员互评意见摘要：${m.peerReview ?? (a.peerReviewedOn ? '无' : '（未进行）')}`),
      m.graded
        ? table(
            [
              { header: '发出票数', align: 'center' },
              { header: '收回票数', align: 'center' },
              { header: '优秀', align: 'center' },
              { header: '合格', align: 'center' },
              { header: '基本合格', align: 'center' },
              { header: '不合格', align: 'center' },
            ],
            [[a.ballotsIssued, a.ballotsReturned, t?.excellent, t?.qualified, t?.basic, t?.unqualified]],
            { emptyMark: '' },
          )
        : paragraph('民主测评：预备党员参加评议，不参加等次测评。'),
      heading('支部意见', { level: 3, inCatalog: false }),
      paragraph(m.graded ? `评定等次：${gradeBoxes(m.grade)}` : '评定等次：预备党员参加评议，不评定等次'),
      paragraph(`评语：${m.gradeNote ?? WRITE_LINES}`),
      signLine('支部书记签字（盖章）', a.gradedOn),
      heading('本人意见', { level: 3, inCatalog: false }),
      paragraph(WRITE_LINES),
      signLine('本人签字', m.feedbackOn),
      heading('上级党组织意见', { level: 3, inCatalog: false }),
      paragraph(WRITE_LINES),
      signLine('签字（盖章）', null),
    );
  });
  const spec: DocSpec = {
    // no subtitle: the running header names the branch and each form its year, and the first form then fits its page
    title: '民主评议党员登记表',
    runningHeader: `${organName}\u3000${a.branchName}`,
    blocks,
  };
  const who = members.length === 1 ? `-${members[0]!.person.name}` : '';
  return { fileName: `${a.branchName}${a.year}年度民主评议党员登记表${who}.pdf`, spec };
}

/** The document as a PDF; its spec alone (`registerDoc`) is what the archive binds, rendering it in its worker. */
export async function registerPdf(ctx: Ctx, id: string, personId?: string): Promise<{ fileName: string; pdf: Buffer }> {
  const d = await registerDoc(ctx, id, personId);
  return { fileName: d.fileName, pdf: await renderPdf(d.spec) };
}
