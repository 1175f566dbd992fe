import type { DocSpec } from '../../documents/spec.js';
import { ageOn, daysCapital, monthCnUpper, TRANSFER_DEFAULT_VALID_DAYS } from '@zhibu/domain';
import type { Ctx } from '../../context.js';
import { renderPdf } from '../../documents/pdf.js';
import type { Block } from '../../documents/spec.js';
import { loadTransfer } from './access.js';

/**
 * 《中国共产党党员组织关系介绍信》 (forms.md §6, 组通字〔2006〕45号): three parts on one page — 存根, 介绍信, 回执 —
 * with the dues year and month and the validity days in 大写. Options not applying are left out rather than circled.
 */
const BLANK = '\u3000'.repeat(6);
const blankDate = '\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日';
const cnDate = (d: string) => `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
const CUT = '－ － － － － － － － － － － （骑缝） － － － － － － － － － － －';

export async function letterDoc(ctx: Ctx, id: string): Promise<{ fileName: string; spec: DocSpec }> {
  const t = await loadTransfer(ctx, ctx.db, id);
  const [p, organ] = await Promise.all([
    ctx.db.selectFrom('persons').selectAll().where('id', '=', t.person_id).executeTakeFirstOrThrow(),
    ctx.db.selectFrom('organs').select(['name']).where('id', '=', ctx.viewer.organId).executeTakeFirstOrThrow(),
  ]);
  const no = t.letter_no ?? BLANK;
  const member = p.category === 'probationary' ? '预备' : '正式';
  const here = `中共${organ.name}${t.branch_name}`;
  const there = t.other_branch_name ? `中共${organ.name}${t.other_branch_name}` : (t.other_org ?? '');
  const [from, to] = t.direction === 'out' ? [here, there] : [there, here];
  const gender = p.gender === 'male' ? '男' : p.gender === 'female' ? '女' : BLANK;
  const age = p.birth_date ? String(ageOn(p.birth_date, t.issued_on)) : BLANK;
  const dues = t.dues_paid_to ? monthCnUpper(t.dues_paid_to) : `${BLANK}年${BLANK}月`;
  const days = daysCapital(t.valid_days ?? TRANSFER_DEFAULT_VALID_DAYS);
  const kindNote = t.kind === 'temporary' ? '（临时组织关系）' : '';

  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: `第一联\u3000存根${kindNote}`, inCatalog: false },
    { kind: 'paragraph', text: `第 ${no} 号`, align: 'right' },
    { kind: 'paragraph', text: `${p.name}同志系中共${member}党员，组织关系由${from}转到${to}。` },
    { kind: 'paragraph', text: cnDate(t.issued_on), align: 'right' },
    { kind: 'paragraph', text: `（贴回执联处）${t.receipt_returned_on ? `\u3000回执已于${cnDate(t.receipt_returned_on)}收到` : ''}` },
    { kind: 'paragraph', text: CUT, align: 'center' },
    { kind: 'heading', level: 2, text: `第二联\u3000中国共产党党员组织关系介绍信${kindNote}`, inCatalog: false },
    { kind: 'paragraph', text: `第 ${no} 号`, align: 'right' },
    { kind: 'paragraph', text: `${to}：` },
    {
      kind: 'paragraph',
      text: `\u3000\u3000${p.name}同志（${gender}），${age}岁，${p.ethnicity ?? BLANK}族，系中共${member}党员，身份证号码${p.id_number}，由${from}去${to}，请接转组织关系。该同志党费已交到${dues}。`,
    },
    { kind: 'paragraph', text: `（有效期${days}天）`, align: 'right' },
    { kind: 'paragraph', text: `（盖章）\u3000${cnDate(t.issued_on)}`, align: 'right' },
    { kind: 'keyValue', perRow: 1, pairs: [['党员联系电话或其他联系方式', p.phone ?? ''], ['党员原所在基层党委通讯地址、联系电话、传真、邮编', '']] },
    { kind: 'paragraph', text: CUT, align: 'center' },
    { kind: 'heading', level: 2, text: '第三联\u3000回执', inCatalog: false },
    { kind: 'paragraph', text: `第 ${no} 号`, align: 'right' },
    { kind: 'paragraph', text: `${t.direction === 'out' ? `中共${organ.name}委员会` : t.other_org ?? ''}：` },
    { kind: 'paragraph', text: `\u3000\u3000${p.name}同志的党员组织关系已转达我处，特此回复。` },
    { kind: 'paragraph', text: `（盖章）\u3000${t.received_on ? cnDate(t.received_on) : blankDate}`, align: 'right' },
    { kind: 'signatures', labels: ['经办人', '联系电话'] },
  ];
  const spec: DocSpec = { title: '中国共产党党员组织关系介绍信', subtitle: '（存根·介绍信·回执）', pageNumbers: false, blocks };
  return { fileName: `组织关系介绍信-${p.name}-${t.issued_on}.pdf`, spec };
}

/** The document as a PDF; its spec alone (`letterDoc`) is what the archive binds, rendering it in its worker. */
export async function letterPdf(ctx: Ctx, id: string): Promise<{ fileName: string; pdf: Buffer }> {
  const d = await letterDoc(ctx, id);
  return { fileName: d.fileName, pdf: await renderPdf(d.spec) };
}
