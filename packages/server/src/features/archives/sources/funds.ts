import { formatFen } from '@zhibu/domain';
import { FUND_USE_LABELS } from '@zhibu/schemas';
import { heading, keyValue, paragraph, table, type DocSpec } from '../../../documents/index.js';
import { fundLedger } from '../../funds/service.js';
import { attachmentParts, attachmentsOf, noteOf, recordItem, specPart, type RecordItem, type SourceCtx } from './common.js';

/**
 * LED-7 经费保障档案 from records: the year's 活动经费台账 (opening balance, every allocation and expense with the
 * running balance, closing balance), then each expense on its own: a 支出凭证 page with its 活动报告, followed by its
 * receipts (PDF or image).
 */
export async function fundItems(s: SourceCtx): Promise<RecordItem[]> {
  const ledger = await fundLedger(s.ctx, s.branch.id, s.year);
  if (ledger.entries.length === 0) return [];
  const runningHeader = `${s.organName}\u3000${s.branch.name}`;
  const yuan = (fen: number) => formatFen(fen);
  const ledgerSpec: DocSpec = {
    title: `${s.branch.name}${s.year}年度活动经费台账`,
    orientation: 'landscape',
    runningHeader,
    blocks: [
      keyValue([['上年结余（元）', yuan(ledger.openingFen)], ['本年拨入（元）', yuan(ledger.inFen)], ['本年支出（元）', yuan(ledger.outFen)], ['年末结余（元）', yuan(ledger.balanceFen)]], 4),
      table(
        [
          { header: '序号', width: 24, align: 'center' },
          { header: '日期', width: 62, align: 'center' },
          { header: '摘要', width: '*' },
          { header: '用途', width: 70, align: 'center' },
          { header: '拨入（元）', width: 64, align: 'right' },
          { header: '支出（元）', width: 64, align: 'right' },
          { header: '结余（元）', width: 64, align: 'right' },
          { header: '票据', width: 36, align: 'center' },
        ],
        ledger.entries.map((e, i) => [
          i + 1,
          e.occurredOn,
          e.title,
          e.useCategory ? FUND_USE_LABELS[e.useCategory] : e.kind === 'allocation' ? '党费返还' : '',
          e.kind === 'allocation' ? yuan(e.amountFen) : '',
          e.kind === 'expense' ? yuan(e.amountFen) : '',
          yuan(e.balanceFen),
          e.kind === 'expense' ? `${e.receipts.length} 张` : '',
        ]),
        { fontSize: 9, emptyMark: '' },
      ),
    ],
  };
  const items = [recordItem('fundLedger', ledger.entries[0]!.occurredOn, { title: `${s.year}年度活动经费台账（${ledger.entries.length} 笔）`, responsible: s.branch.name }, [specPart(ledgerSpec)])];

  const expenses = ledger.entries.filter((e) => e.kind === 'expense');
  const files = await attachmentsOf(s, 'fundExpense', expenses.map((e) => e.id));
  for (const e of expenses) {
    const receipts = await attachmentParts(s, files.get(e.id) ?? []);
    const spec: DocSpec = {
      title: '活动经费支出凭证',
      subtitle: e.title,
      runningHeader,
      blocks: [
        keyValue([['日期', e.occurredOn], ['金额（元）', yuan(e.amountFen)], ['用途', e.useCategory ? FUND_USE_LABELS[e.useCategory] : ''], ['关联活动', e.meeting?.label ?? e.venuePlan?.title ?? '无'], ['票据', `${e.receipts.length} 张（附后）`]], 1),
        heading('活动报告', { level: 3, inCatalog: false }),
        paragraph(e.activityReport?.trim() || '无', 'left'),
      ],
    };
    items.push(recordItem('fundExpense', e.occurredOn, { title: `${e.title}（${yuan(e.amountFen)} 元）支出凭证及活动报告`, responsible: s.branch.name, note: noteOf(receipts.parts.length, receipts.skipped) }, [specPart(spec), ...receipts.parts]));
  }
  return items;
}
