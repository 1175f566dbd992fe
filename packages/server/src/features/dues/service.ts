import {
  isBranchOfficer,
  isCentralRemittance,
  isOrganAdmin,
  memberYear,
  monthCnLabel,
  monthEnd,
  paramsInForce,
  parseYuanToFen,
  yearMonths,
  yuanProblem,
  type MemberDues,
  type RoundingUnit,
} from '@zhibu/domain';
import type { DuesGrid, DuesMemberYear, DuesPayment, MyDues, ThemeDayDues } from '@zhibu/schemas';
import type { Ctx } from '../../context.js';
import { invalid, notFound } from '../../errors.js';
import { loadMeeting } from '../meetings/access.js';
import { duesBranch, keepsDues } from './access.js';
import {
  basesOf,
  branchMemberSpans,
  paymentsOf,
  personSpans,
  reductionsOf,
  roundingChanges,
  themeDayAttendees,
  type BaseRow,
  type DuesMemberRow,
  type PaymentRow,
  type ReductionRow,
} from './repository.js';

/** 党费 (issue 6 §4–5, MEM-3, LED-3, LED-8): bases, reductions, payments, the year grid and 我的党费. */
type Db = Ctx['db'];

export async function roundingUnitOf(db: Db, organId: string, on: string): Promise<RoundingUnit> {
  const changes = await roundingChanges(db, organId);
  const p = paramsInForce(
    changes.map((c) => ({ key: c.key, value: c.value as string, effectiveFrom: c.effective_from })),
    on,
  );
  return (p['dues.roundingUnit'] as RoundingUnit | undefined) ?? 'fen';
}

/** R-DUES-6: liable from the month the 预备党员 was admitted; a 党员 without an admission date from the start. */
const liableFromOf = (p: Pick<DuesMemberRow, 'category' | 'joined_on'>) =>
  p.category === 'full' || p.category === 'probationary' ? (p.joined_on ? p.joined_on.slice(0, 7) : '0000-01') : null;

export function memberDuesOf(spans: readonly DuesMemberRow[], bases: readonly BaseRow[], reductions: readonly ReductionRow[]): MemberDues {
  return {
    liableFrom: spans[0] ? liableFromOf(spans[0]) : null,
    memberships: spans.map((s) => ({ startOn: s.start_on, endOn: s.end_on })),
    bases: bases.map((b) => ({ fromMonth: b.from_month, category: b.dues_category, baseFen: b.base_fen, fixedFen: b.fixed_fen })),
    reductions: reductions.map((r) => ({ fromMonth: r.from_month, toMonth: r.to_month, amountFen: r.amount_fen })),
  };
}

const groupBy = <T, K>(xs: readonly T[], key: (x: T) => K) => {
  const m = new Map<K, T[]>();
  for (const x of xs) m.set(key(x), [...(m.get(key(x)) ?? []), x]);
  return m;
};

export const presentPayment = (p: PaymentRow): DuesPayment => ({
  id: p.id,
  person: { id: p.person_id, name: p.name },
  kind: p.kind,
  month: p.month,
  dueFen: p.due_fen,
  amountFen: p.amount_fen,
  paidOn: p.paid_on,
  method: p.method,
  receiptNo: p.receipt_no,
  collector: p.collector_person_id ? { id: p.collector_person_id, name: p.collector_name ?? '' } : null,
  paidBy: p.paid_by,
  note: p.note,
  centralRemittance: p.kind === 'voluntary' && isCentralRemittance(p.amount_fen),
});

/** One member's year as the API shows it. */
function memberYearOf(person: { id: string; name: string }, m: MemberDues, bases: readonly BaseRow[], payments: readonly PaymentRow[], year: number, today: string, unit: RoundingUnit): DuesMemberYear {
  const monthly = payments.filter((p) => p.kind === 'monthly' && p.month !== null);
  const y = memberYear(
    m,
    monthly.map((p) => ({ month: p.month!, amountFen: p.amount_fen, dueFen: p.due_fen, paidOn: p.paid_on })),
    year,
    today,
    unit,
  );
  const ids = new Map(monthly.map((p) => [p.month!, p.id]));
  return {
    person,
    category: y.current?.category ?? null,
    categoryLabel: y.current?.categoryLabel ?? null,
    baseFen: y.current?.baseFen ?? null,
    rate: y.current?.rate ?? null,
    monthlyDueFen: y.current?.dueFen ?? null,
    dueFen: y.dueFen,
    paidFen: y.paidFen,
    arrears: y.arrears,
    months: y.months.map((c) => ({ ...c, paymentId: ids.get(c.month) ?? null })),
    bases: bases.map((b) => ({ id: b.id, fromMonth: b.from_month, category: b.dues_category, baseFen: b.base_fen, fixedFen: b.fixed_fen, note: b.note })),
  };
}

/** The loaded dues of a branch's year: members (by pinyin) with their records. */
export async function branchYear(db: Db, organId: string, branchId: string, year: number) {
  const spans = await branchMemberSpans(db, branchId, `${year}-01-01`, `${year}-12-31`);
  const byPerson = groupBy(spans, (s) => s.person_id);
  const ids = [...byPerson.keys()];
  const [bases, reductions, payments] = await Promise.all([basesOf(db, ids), reductionsOf(db, ids), paymentsOf(db, ids, `${year}-01`, `${year}-12`)]);
  const basesBy = groupBy(bases, (b) => b.person_id);
  const redBy = groupBy(reductions, (r) => r.person_id);
  const payBy = groupBy(payments, (p) => p.person_id);
  const members = [...byPerson.values()]
    .sort((a, b) => a[0]!.name_pinyin.localeCompare(b[0]!.name_pinyin))
    .map((s) => {
      const id = s[0]!.person_id;
      return { row: s[0]!, dues: memberDuesOf(s, basesBy.get(id) ?? [], redBy.get(id) ?? []), bases: basesBy.get(id) ?? [], payments: payBy.get(id) ?? [] };
    });
  void organId;
  return { members, reductions, payments };
}

export async function duesGrid(ctx: Ctx, branchId: string, yearQ: number | undefined): Promise<DuesGrid> {
  const b = await duesBranch(ctx, ctx.db, branchId);
  const year = yearQ ?? Number(ctx.today.slice(0, 4));
  const unit = await roundingUnitOf(ctx.db, ctx.viewer.organId, ctx.today);
  const { members, reductions, payments } = await branchYear(ctx.db, ctx.viewer.organId, branchId, year);
  const rows = members.map((m) => memberYearOf({ id: m.row.person_id, name: m.row.name }, m.dues, m.bases, m.payments, year, ctx.today, unit));
  const months = yearMonths(year).map((month, i) => ({
    month,
    dueFen: rows.reduce((s, r) => s + (r.months[i]!.status === 'notLiable' ? 0 : (r.months[i]!.dueFen ?? 0)), 0),
    paidFen: rows.reduce((s, r) => s + (r.months[i]!.paidFen ?? 0), 0),
  }));
  return {
    year,
    branch: { id: b.id, name: b.full_name },
    members: rows,
    months,
    dueFen: months.reduce((s, m) => s + m.dueFen, 0),
    paidFen: months.reduce((s, m) => s + m.paidFen, 0),
    reductions: reductions.map((r) => ({
      id: r.id,
      person: { id: r.person_id, name: r.name },
      fromMonth: r.from_month,
      toMonth: r.to_month,
      amountFen: r.amount_fen,
      reason: r.reason,
      branchDecidedOn: r.branch_decided_on,
      approvalRef: r.approval_ref,
      approvedOn: r.approved_on,
    })),
    voluntary: payments.filter((p) => p.kind === 'voluntary' && p.branch_id === branchId).map(presentPayment),
    abilities: { write: b.status === 'active' },
  };
}

/** 我的党费: the viewer's own year, over all their branch memberships. */
export async function myDues(ctx: Ctx, yearQ: number | undefined): Promise<MyDues> {
  const year = yearQ ?? Number(ctx.today.slice(0, 4));
  const pid = ctx.viewer.personId;
  if (!pid) return { year, member: null, branch: null };
  const spans = (await personSpans(ctx.db, ctx.viewer.organId, pid)).filter((s) => s.category === 'full' || s.category === 'probationary');
  if (spans.length === 0) return { year, member: null, branch: null };
  const [bases, reductions, payments, unit] = await Promise.all([
    basesOf(ctx.db, [pid]),
    reductionsOf(ctx.db, [pid]),
    paymentsOf(ctx.db, [pid], `${year}-01`, `${year}-12`),
    roundingUnitOf(ctx.db, ctx.viewer.organId, ctx.today),
  ]);
  const current = spans.find((s) => s.start_on <= ctx.today && (s.end_on === null || s.end_on >= ctx.today)) ?? spans[spans.length - 1]!;
  const branch = await ctx.db.selectFrom('branches').select(['id', 'full_name']).where('id', '=', current.branch_id).executeTakeFirstOrThrow();
  return {
    year,
    member: memberYearOf({ id: pid, name: spans[0]!.name }, memberDuesOf(spans, bases, reductions), bases, payments, year, ctx.today, unit),
    branch: { id: branch.id, name: branch.full_name },
  };
}

// ——— shared by bases.ts and payments.ts ———

/** The person's spans in the branch; refused when they are not (or no longer) a 党员 of it from `fromMonth` on. */
export async function memberOfBranch(ctx: Ctx, db: Db, branchId: string, personId: string, fromMonth: string): Promise<DuesMemberRow[]> {
  const spans = (await personSpans(db, ctx.viewer.organId, personId)).filter((s) => s.branch_id === branchId);
  if (spans.length === 0) throw notFound('党员');
  if (!spans.some((s) => s.end_on === null || s.end_on >= `${fromMonth}-01`)) throw invalid(`${spans[0]!.name}在${monthCnLabel(fromMonth)}已不在本支部`);
  if (spans[0]!.category !== 'full' && spans[0]!.category !== 'probationary') throw invalid(`${spans[0]!.name}不是党员（入党积极分子、发展对象等不交纳党费）`);
  return spans;
}

/** Parses a yuan field, or refuses with a Chinese message. */
export function fenOf(raw: string, label: string): number {
  const p = yuanProblem(raw, label);
  if (p) throw invalid(p);
  return parseYuanToFen(raw)!;
}

/** The present 党员 of each 主题党日 (by pinyin) with who had the month paid by the day — one query for all. */
export async function themeDayPaidOf(db: Db, meetings: readonly { id: string; held_on: string }[]) {
  const rows = await themeDayAttendees(db, meetings.map((m) => m.id));
  const by = groupBy(rows, (r) => r.meeting_id);
  return new Map(
    meetings.map((m) => {
      const present = (by.get(m.id) ?? []).sort((a, b) => a.name_pinyin.localeCompare(b.name_pinyin));
      return [m.id, { month: m.held_on.slice(0, 7), present, paid: present.filter((p) => p.paid) }] as const;
    }),
  );
}

/** LIFE-5's derived 交纳当月党费 of a 主题党日, as the record book prints it. */
export const themeDayDuesText = (d: { present: number; paid: number }) => `出席党员${d.present}人中${d.paid}人已交本月党费`;

/** LIFE-5's derived 交纳当月党费 of a 主题党日: the 党员 present and who had the month paid by the day. */
export async function themeDayDuesOf(ctx: Ctx, meetingId: string): Promise<ThemeDayDues> {
  const m = await loadMeeting(ctx, ctx.db, meetingId);
  if (m.kind !== 'themeDay') throw invalid('只有主题党日有“交纳当月党费”');
  const d = (await themeDayPaidOf(ctx.db, [m])).get(m.id)!;
  // who has not paid is the dues keepers' to see (contracts §4); anyone else reading the meeting sees the counts
  const unpaid = keepsDues(ctx.viewer, m.branch_id) ? d.present.filter((p) => !p.paid).map((p) => ({ id: p.id, name: p.name })) : [];
  return { month: d.month, present: d.present.length, paid: d.paid.length, unpaid };
}

/** Who may read a person's 党费证: the person, the organ admin, the committee of a branch they belong or belonged to. */
export async function cardAccess(ctx: Ctx, personId: string): Promise<DuesMemberRow[]> {
  const spans = await personSpans(ctx.db, ctx.viewer.organId, personId);
  const v = ctx.viewer;
  if (v.personId === personId || isOrganAdmin(v) || spans.some((s) => isBranchOfficer(v, s.branch_id))) {
    if (spans.length === 0) throw notFound('党员');
    return spans;
  }
  throw notFound('党员');
}

export { monthEnd };
