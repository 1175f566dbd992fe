import type { DocSpec } from '../../documents/spec.js';
import { duesCategoryLabel, formatFen, memberYear, monthCnLabel, monthDue, paidKind, yearMonths } from '@zhibu/domain';
import { DUES_METHOD_LABELS } from '@zhibu/schemas';
import type { Ctx } from '../../context.js';
import { chineseDate, heading, keyValue, pageBreak, paragraph, renderPdf, signatures, table, writeXlsxTable, type Block } from '../../documents/index.js';
import { duesBranch } from './access.js';
import { basesOf, paymentsOf, reductionsOf } from './repository.js';
import { branchYear, cardAccess, memberDuesOf, roundingUnitOf } from './service.js';

/** The dues papers (forms.md §3): the monthly 登记表 (3a), the year's 台账 (3b) and a member's 党费证 (3c, LED-8). */
const KIND_LABELS = { paid: '正常', paidAhead: '预交', madeUp: '补交' } as const;
const yuan = (fen: number | null | undefined) => (fen === null || fen === undefined ? '' : formatFen(fen));

/** What the 登记表 of every month of a year are made from, loaded once (the archive binds the twelve together). */
export async function monthSheetData(ctx: Ctx, branchId: string, year: number) {
  const b = await duesBranch(ctx, ctx.db, branchId);
  const unit = await roundingUnitOf(ctx.db, ctx.viewer.organId, ctx.today);
  const { members, payments } = await branchYear(ctx.db, ctx.viewer.organId, branchId, year);
  return { b, unit, members, payments };
}
export type MonthSheetData = Awaited<ReturnType<typeof monthSheetData>>;

/** 3a 月度党费收缴登记表: each 党员 liable in the month, with what was due and paid for it, and the month's totals. */
export async function monthSheetDoc(ctx: Ctx, branchId: string, month: string, loaded?: MonthSheetData): Promise<{ fileName: string; spec: DocSpec }> {
  const { b, unit, members, payments } = loaded ?? (await monthSheetData(ctx, branchId, Number(month.slice(0, 4))));
  let dueSum = 0;
  let paidSum = 0;
  const rows = members.flatMap((m) => {
    const d = monthDue(m.dues, month, unit);
    if (d.kind === 'notLiable') return [];
    const p = m.payments.find((x) => x.kind === 'monthly' && x.month === month);
    const due = p?.due_fen ?? (d.kind === 'due' ? d.dueFen : null);
    dueSum += due ?? 0;
    paidSum += p?.amount_fen ?? 0;
    const notes = [d.kind === 'due' && d.reduction ? `${d.rate}（${d.reduction.fromMonth}至${d.reduction.toMonth}）` : '', d.kind === 'noBase' ? '未登记基数' : '', p?.receipt_no ? `收据${p.receipt_no}` : '', p?.note ?? '']
      .filter(Boolean)
      .join('；');
    return [
      [
        0,
        m.row.name,
        d.kind === 'due' ? duesCategoryLabel(d.category) : '',
        d.kind === 'due' && d.baseFen !== null ? yuan(d.baseFen) : '',
        d.kind === 'due' ? d.rate : '',
        yuan(due),
        yuan(p?.amount_fen),
        p ? p.paid_on : '',
        p ? KIND_LABELS[paidKind(month, p.paid_on)] : '',
        p ? DUES_METHOD_LABELS[p.method] : '',
        p?.paid_by ?? '',
        p?.collector_name ?? '',
        notes,
      ],
    ];
  });
  const voluntary = payments.filter((p) => p.kind === 'voluntary' && p.branch_id === branchId && p.paid_on.startsWith(month));
  for (const v of voluntary) {
    paidSum += v.amount_fen;
    rows.push([0, v.name, '', '', '', '', yuan(v.amount_fen), v.paid_on, '特殊党费', DUES_METHOD_LABELS[v.method], v.paid_by ?? '', v.collector_name ?? '', v.amount_fen >= 100000 ? '自愿多交，全额上缴中央' : '自愿多交']);
  }
  rows.forEach((r, i) => (r[0] = i + 1));
  const spec: DocSpec = {
    title: `${b.full_name}党费收缴登记表`,
    orientation: 'landscape',
    fontSize: 9,
    blocks: [
      keyValue(
        [
          ['党支部名称', b.full_name],
          ['所属年月', monthCnLabel(month)],
          ['制表日期', chineseDate(ctx.today)],
        ],
        3,
      ),
      table(
        [
          { header: '序号', width: 24, align: 'center' },
          { header: '姓名', width: 44, align: 'center' },
          { header: '人员类别', width: 44, align: 'center' },
          { header: '交纳基数（元）', width: 52, align: 'right' },
          { header: '交纳比例', width: 34, align: 'center' },
          { header: '应交金额（元）', width: 46, align: 'right' },
          { header: '实交金额（元）', width: 46, align: 'right' },
          { header: '交纳日期', width: 56, align: 'center' },
          { header: '交纳类型', width: 34, align: 'center' },
          { header: '交纳方式', width: 34, align: 'center' },
          { header: '交纳人签字（代交人）', width: 60, align: 'center' },
          { header: '收款人签字', width: 48, align: 'center' },
          { header: '备注', width: '*' },
        ],
        rows,
        { emptyMark: '', fontSize: 8 },
      ),
      paragraph(`本月应交合计：${formatFen(dueSum)} 元\u3000\u3000实交合计：${formatFen(paidSum)} 元`),
      signatures('收款人', '支部书记审核', '日期'),
    ],
  };
  return { fileName: `${b.full_name}党费收缴登记表-${month}.pdf`, spec };
}

/** The document as a PDF; its spec alone (`monthSheetDoc`) is what the archive binds, rendering it in its worker. */
export async function monthSheetPdf(ctx: Ctx, branchId: string, month: string): Promise<{ fileName: string; pdf: Buffer }> {
  const d = await monthSheetDoc(ctx, branchId, month);
  return { fileName: d.fileName, pdf: await renderPdf(d.spec) };
}

/** 3b 年度党费收缴台账 (.xlsx): one row per 党员, each month's amount paid, the year's due and paid. */
export async function ledgerXlsx(ctx: Ctx, branchId: string, year: number): Promise<{ fileName: string; xlsx: Buffer }> {
  const b = await duesBranch(ctx, ctx.db, branchId);
  const unit = await roundingUnitOf(ctx.db, ctx.viewer.organId, ctx.today);
  const { members } = await branchYear(ctx.db, ctx.viewer.organId, branchId, year);
  const money = (fen: number | null) => (fen === null ? null : fen / 100);
  const rows = members.map((m, i) => {
    const monthly = m.payments.filter((p) => p.kind === 'monthly' && p.month);
    const y = memberYear(m.dues, monthly.map((p) => ({ month: p.month!, amountFen: p.amount_fen, dueFen: p.due_fen, paidOn: p.paid_on })), year, ctx.today, unit);
    const notes = [y.arrears.length ? `欠交${y.arrears.length}个月` : '', y.months.some((x) => x.status === 'exempt') ? '有免交月份' : ''].filter(Boolean).join('；');
    return [
      i + 1,
      m.row.name,
      money(y.current?.baseFen ?? null),
      y.current ? `${y.current.categoryLabel} ${y.current.rate}` : '',
      money(y.current?.dueFen ?? null),
      ...y.months.map((x) => money(x.paidFen)),
      money(y.dueFen),
      money(y.paidFen),
      notes,
    ];
  });
  const xlsx = await writeXlsxTable({
    sheet: `${year}年党费台账`,
    title: `${b.full_name}${year}年度党费收缴台账`,
    subtitle: `单位：元\u3000\u3000制表日期：${chineseDate(ctx.today)}`,
    orientation: 'landscape',
    fontSize: 9,
    columns: [
      { header: '序号', width: 3 },
      { header: '党员姓名', width: 5 },
      { header: '月工资收入（基数）', width: 7 },
      { header: '执行标准（比例）', width: 7 },
      { header: '月应缴党费', width: 5 },
      ...yearMonths(year).map((m) => ({ header: `${Number(m.slice(5))}月`, width: 4 })),
      { header: '全年应缴党费', width: 6 },
      { header: '全年实缴党费', width: 6 },
      { header: '备注', width: 8 },
    ],
    rows,
  });
  return { fileName: `${b.full_name}${year}年度党费收缴台账.xlsx`, xlsx };
}

/** 3c 党费证 (LED-8): the identity page, then per year a row per month 年月/应交/实交/交纳日期/收款人, and a notes page. */
export async function duesCardDoc(ctx: Ctx, personId: string): Promise<{ fileName: string; spec: DocSpec }> {
  const spans = await cardAccess(ctx, personId);
  const p = spans[0]!;
  const liableFrom = p.joined_on ? p.joined_on.slice(0, 4) : null;
  const [bases, reductions, unit] = await Promise.all([basesOf(ctx.db, [personId]), reductionsOf(ctx.db, [personId]), roundingUnitOf(ctx.db, ctx.viewer.organId, ctx.today)]);
  const thisYear = Number(ctx.today.slice(0, 4));
  const payments = await paymentsOf(ctx.db, [personId], '2000-01', `${thisYear + 1}-12`);
  const firstRecorded = [bases[0]?.from_month, payments.find((x) => x.month)?.month].filter((x): x is string => !!x).sort()[0];
  const startYear = Math.max(Number((firstRecorded ?? `${thisYear}`).slice(0, 4)), liableFrom ? Number(liableFrom) : 0, thisYear - 4);
  const branchIds = [...new Set(spans.map((s) => s.branch_id))];
  const branches = await ctx.db.selectFrom('branches').select(['id', 'full_name']).where('id', 'in', branchIds).execute();
  const nameOf = new Map(branches.map((b) => [b.id, b.full_name]));
  const current = spans.find((s) => s.end_on === null) ?? spans[spans.length - 1]!;
  const dues = memberDuesOf(spans, bases, reductions);
  const monthly = payments.filter((x) => x.kind === 'monthly' && x.month);
  const blocks: Block[] = [
    keyValue(
      [
        ['姓名', p.name],
        ['性别', p.gender === 'male' ? '男' : p.gender === 'female' ? '女' : ''],
        ['所在党支部', nameOf.get(current.branch_id) ?? ''],
        ['入党日期', p.joined_on ? chineseDate(p.joined_on) : ''],
        ['转正日期', p.confirmed_on ? chineseDate(p.confirmed_on) : ''],
        ['发证日期', chineseDate(ctx.today)],
      ],
      2,
    ),
    paragraph('组织关系转移记录：'),
    table(
      [
        { header: '党支部', width: '*' },
        { header: '转入日期', width: 110, align: 'center' },
        { header: '转出日期', width: 110, align: 'center' },
      ],
      spans.map((s) => [nameOf.get(s.branch_id) ?? '', s.start_on, s.end_on ?? '']),
    ),
    paragraph('（党支部盖章）', 'right'),
  ];
  for (let y = startYear; y <= thisYear; y++) {
    const year = memberYear(dues, monthly.map((x) => ({ month: x.month!, amountFen: x.amount_fen, dueFen: x.due_fen, paidOn: x.paid_on })), y, ctx.today, unit);
    const byMonth = new Map(monthly.map((x) => [x.month!, x]));
    blocks.push(pageBreak(), heading(`${y}年`, { level: 2, inCatalog: false }));
    blocks.push(
      table(
        [
          { header: '年月', width: 70, align: 'center' },
          { header: '应交（元）', width: 70, align: 'right' },
          { header: '实交（元）', width: 70, align: 'right' },
          { header: '交纳日期', width: 80, align: 'center' },
          { header: '收款人', width: '*', align: 'center' },
        ],
        year.months.map((m) => {
          const pay = byMonth.get(m.month);
          const label = m.status === 'exempt' ? '免交' : m.status === 'notLiable' ? '—' : yuan(m.dueFen);
          return [monthCnLabel(m.month), label, yuan(m.paidFen), pay?.paid_on ?? '', pay?.collector_name ?? ''];
        }),
        { emptyMark: '' },
      ),
      paragraph(`全年应交 ${formatFen(year.dueFen)} 元，实交 ${formatFen(year.paidFen)} 元${year.arrears.length ? `，欠交 ${year.arrears.length} 个月` : ''}。`),
    );
  }
  blocks.push(pageBreak(), heading('需要说明的情况', { level: 2, inCatalog: false }));
  const voluntary = payments.filter((x) => x.kind === 'voluntary');
  const notes = [
    ...reductions.map((r) => `${monthCnLabel(r.from_month)}至${monthCnLabel(r.to_month)}${r.amount_fen === 0 ? '免交' : `减交为每月${formatFen(r.amount_fen)}元`}（${r.reason}；${r.approval_ref}，${chineseDate(r.approved_on)}批准）`),
    ...voluntary.map((v) => `${chineseDate(v.paid_on)}自愿多交党费${formatFen(v.amount_fen)}元${v.amount_fen >= 100000 ? '（全额上缴中央）' : ''}`),
  ];
  blocks.push(paragraph(notes.length ? notes.join('\n') : '（无）'));
  const spec: DocSpec = { title: '党费证', subtitle: `${p.name}\u3000${nameOf.get(current.branch_id) ?? ''}`, blocks };
  return { fileName: `党费证-${p.name}.pdf`, spec };
}

/** The document as a PDF; its spec alone (`duesCardDoc`) is what the archive binds, rendering it in its worker. */
export async function duesCardPdf(ctx: Ctx, personId: string): Promise<{ fileName: string; pdf: Buffer }> {
  const d = await duesCardDoc(ctx, personId);
  return { fileName: d.fileName, pdf: await renderPdf(d.spec) };
}
