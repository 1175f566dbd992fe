import { categoryUsesBase, DUES_CATEGORIES, duesCategoryOf, duesInputProblem, type DuesCategory } from './calc.js';
import { formatFen, parseYuanToFen, yuanProblem } from './money.js';

/** A member's 党费类别 with the base (or a farmer's fixed monthly amount), in fen, as an import row gives it. */
export interface DuesBaseCells {
  category: DuesCategory;
  baseFen: number | null;
  fixedFen: number | null;
}

export const DUES_CATEGORY_HINT = `可填：${DUES_CATEGORIES.map((c) => c.label.replace('/', '、')).join('、')}`;

/** An Excel cell as a yuan string: numbers to 2 decimals when they have at most 2, text as typed. */
export function yuanCellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') {
    const fen = Math.round(v * 100);
    return Math.abs(v * 100 - fen) > 1e-6 ? String(v) : formatFen(fen);
  }
  if (typeof v === 'string' || typeof v === 'boolean') return String(v).trim();
  return v instanceof Date ? v.toISOString().slice(0, 10) : JSON.stringify(v);
}

export type DuesBaseCellsResult = { ok: true; value: DuesBaseCells | null } | { ok: false; field: 'category' | 'amount'; message: string };

/**
 * The 党费类别 and 交纳基数（元） cells of an import row (R-DUES-1..3): nothing when both are blank; a blank category
 * is 在职; the amount is the base, or a 农民's monthly amount; other categories pay fixed amounts and ignore it.
 */
export function parseDuesBaseCells(categoryRaw: string, amountRaw: string): DuesBaseCellsResult {
  const cat = categoryRaw.trim();
  const amount = amountRaw.trim();
  if (cat === '' && amount === '') return { ok: true, value: null };
  const category = duesCategoryOf(cat || '在职');
  if (!category) return { ok: false, field: 'category', message: `不认识的党费类别“${cat}”（${DUES_CATEGORY_HINT}）` };
  const takesAmount = categoryUsesBase(category) || category === 'farmer';
  let fen: number | null = null;
  if (takesAmount && amount !== '') {
    const p = yuanProblem(amount, category === 'farmer' ? '每月交纳金额' : '交纳基数');
    if (p) return { ok: false, field: 'amount', message: p };
    fen = parseYuanToFen(amount);
  }
  const value: DuesBaseCells = { category, baseFen: categoryUsesBase(category) ? fen : null, fixedFen: category === 'farmer' ? fen : null };
  const p = duesInputProblem(value);
  if (p) return { ok: false, field: 'amount', message: p };
  return { ok: true, value };
}
