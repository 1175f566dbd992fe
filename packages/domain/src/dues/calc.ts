import { formatFen, roundHalfUp, type RoundingUnit } from './money.js';

/** 党费类别 (R-DUES, 中组发〔2008〕3号), the codes of `dues_bases.dues_category`. */
export const DUES_CATEGORIES = [
  { value: 'onJob', label: '在职', kind: 'bands' },
  { value: 'annualSalary', label: '年薪制', kind: 'bands' },
  { value: 'selfEmployed', label: '非按月领薪', kind: 'bands' },
  { value: 'retired', label: '离退休', kind: 'retiredBands' },
  { value: 'farmer', label: '农民', kind: 'farmer' },
  { value: 'student', label: '学生', kind: 'fixed' },
  { value: 'unemployed', label: '下岗失业', kind: 'fixed' },
  { value: 'relief', label: '生活困难/领取救济', kind: 'fixed' },
  { value: 'minimumAllowance', label: '领取低保', kind: 'fixed' },
] as const;
export type DuesCategory = (typeof DUES_CATEGORIES)[number]['value'];
export const DUES_CATEGORY_CODES = DUES_CATEGORIES.map((c) => c.value) as [DuesCategory, ...DuesCategory[]];
export const duesCategoryLabel = (c: string): string => DUES_CATEGORIES.find((x) => x.value === c)?.label ?? c;
/** The category from its code or its Chinese label (Excel import); null when unknown. */
export const duesCategoryOf = (raw: string): DuesCategory | null => {
  const s = raw.trim();
  return DUES_CATEGORIES.find((c) => c.value === s || c.label === s || c.label.split('/').includes(s))?.value ?? null;
};
export const categoryUsesBase = (c: DuesCategory): boolean => {
  const k = DUES_CATEGORIES.find((x) => x.value === c)!.kind;
  return k === 'bands' || k === 'retiredBands';
};

/** A band: the whole base up to `maxFen` (inclusive; null = no limit) pays `rateBp` (basis points, 1/10000). */
export interface DuesBand {
  maxFen: number | null;
  rateBp: number;
}

/** domain-rules §10 `dues.bands_on_job` / `dues.bands_retired` / `dues.fixed_monthly`, as data. */
export const DUES_BANDS: { onJob: readonly DuesBand[]; retired: readonly DuesBand[] } = {
  onJob: [
    { maxFen: 300000, rateBp: 50 },
    { maxFen: 500000, rateBp: 100 },
    { maxFen: 1000000, rateBp: 150 },
    { maxFen: null, rateBp: 200 },
  ],
  retired: [
    { maxFen: 500000, rateBp: 50 },
    { maxFen: null, rateBp: 100 },
  ],
};
export const DUES_FIXED_FEN = 20;
export const FARMER_FEN = { min: 20, max: 100 } as const;
/** R-DUES-5: a one-off voluntary payment of at least this goes entirely to the Central Committee. */
export const CENTRAL_REMITTANCE_FEN = 100000;
/** R-DUES-7: 补交 and 预交 generally no more than 6 months. */
export const MAX_ARREAR_MONTHS = 6;
export const MAX_AHEAD_MONTHS = 6;

/** The band of a base: a flat rate on the WHOLE base, not progressive (R-DUES-2). */
export function bandOf(bands: readonly DuesBand[], baseFen: number): DuesBand {
  return bands.find((b) => b.maxFen === null || baseFen <= b.maxFen) ?? bands[bands.length - 1]!;
}

/** `50` → `'0.5%'`. */
export const rateLabel = (bp: number): string => `${bp / 100}%`;

/** What a member of the category owes monthly, given the base (fen) or, for a farmer, the chosen fixed amount. */
export interface DuesAssessment {
  dueFen: number;
  /** `'1.5%'` or `'定额'` */
  rate: string;
}

export interface DuesInput {
  category: DuesCategory;
  baseFen?: number | null;
  fixedFen?: number | null;
}

/** Why the category/base pair is unusable (Chinese), or null. */
export function duesInputProblem(i: DuesInput): string | null {
  if (categoryUsesBase(i.category)) {
    if (i.baseFen === null || i.baseFen === undefined) return `${duesCategoryLabel(i.category)}党员须填写交纳基数（元）`;
    if (!Number.isInteger(i.baseFen) || i.baseFen < 0) return '交纳基数不能为负数';
    return null;
  }
  if (i.category === 'farmer') {
    const f = i.fixedFen;
    if (f === null || f === undefined) return `农民党员须填写每月交纳金额（${formatFen(FARMER_FEN.min)}—${formatFen(FARMER_FEN.max)}元）`;
    if (!Number.isInteger(f) || f < FARMER_FEN.min || f > FARMER_FEN.max) return `农民党员每月交纳${formatFen(FARMER_FEN.min)}—${formatFen(FARMER_FEN.max)}元，不能为${formatFen(f)}元`;
  }
  return null;
}

/** The monthly dues (R-DUES-2/3). Throws on an input `duesInputProblem` refuses. */
export function monthlyDues(i: DuesInput, unit: RoundingUnit = 'fen', bands = DUES_BANDS): DuesAssessment {
  const p = duesInputProblem(i);
  if (p) throw new Error(p);
  if (categoryUsesBase(i.category)) {
    const b = bandOf(i.category === 'retired' ? bands.retired : bands.onJob, i.baseFen!);
    return { dueFen: roundHalfUp(i.baseFen! * b.rateBp, 10000, unit), rate: rateLabel(b.rateBp) };
  }
  return { dueFen: i.category === 'farmer' ? i.fixedFen! : DUES_FIXED_FEN, rate: '定额' };
}

export const isCentralRemittance = (amountFen: number): boolean => amountFen >= CENTRAL_REMITTANCE_FEN;
