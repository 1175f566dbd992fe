import { codeOfLabel, GENDER_LABELS, PERSON_CATEGORY_LABELS, checkPersonFacts, type PersonFacts, type PersonCategory } from '../person/person.js';
import { normalizeIdNumber, parseIdNumber } from '../person/idNumber.js';
import { parseLooseDate, type CalendarDate } from '../time/calendarDate.js';
import { EDUCATION_CODES, ETHNICITY_CODES, nameOfCode } from './codes.js';
import { ROSTER_COLUMNS, ROSTER_FIELDS, type ColumnMapping, type RosterField } from './columns.js';
import { parseDuesBaseCells, yuanCellText, type DuesBaseCells } from '../dues/baseCells.js';

/** A cell as a spreadsheet reader gives it. Excel dates arrive as Dates at UTC midnight. */
export type Cell = string | number | boolean | Date | null | undefined;

export interface RowProblem {
  /** Excel row number, the header being row 1 */
  row: number;
  /** the column's header in the file (or our name when the column is missing) */
  column: string;
  message: string;
}

export interface RosterRow {
  row: number;
  facts: PersonFacts;
  branch: string;
  group: string | null;
  /** the 党费类别 and 交纳基数 columns, when the row fills them */
  dues: DuesBaseCells | null;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** Reads a date cell: a real Excel date, an Excel serial number, or text such as `2019/7/1` or `2019年7月1日`. */
export function cellDate(v: Cell): CalendarDate | null | 'invalid' {
  if (v === null || v === undefined || v === '') return null;
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return 'invalid';
    return v.toISOString().slice(0, 10);
  }
  if (typeof v === 'number') {
    if (v >= 10_000_000 && v <= 99_991_231) return parseLooseDate(String(v)) ?? 'invalid';
    if (v > 0 && v < 80_000) return new Date(EXCEL_EPOCH + Math.round(v) * 86_400_000).toISOString().slice(0, 10);
    return 'invalid';
  }
  const s = String(v).trim();
  if (!s) return null;
  return parseLooseDate(s) ?? 'invalid';
}

export function cellText(v: Cell): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).trim();
}

/**
 * Turns one spreadsheet row into roster facts, or lists every problem of the row in Chinese with its column.
 * The rules are the roster's own (checkPersonFacts): one set of rules for the form and the import.
 */
export function parseRosterRow(cells: Cell[], row: number, mapping: ColumnMapping, headers: string[]): { ok: true; value: RosterRow } | { ok: false; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const col = (f: RosterField) => (mapping[f] !== undefined ? (headers[mapping[f]!] ?? ROSTER_COLUMNS[f].header) : ROSTER_COLUMNS[f].header);
  const raw = (f: RosterField): Cell => (mapping[f] !== undefined ? cells[mapping[f]!] : undefined);
  const text = (f: RosterField) => cellText(raw(f));
  const add = (f: RosterField, message: string) => problems.push({ row, column: col(f), message });

  for (const f of ROSTER_FIELDS) if (ROSTER_COLUMNS[f].required && !text(f)) add(f, `${ROSTER_COLUMNS[f].header}不能为空`);

  const idCell = raw('idNumber');
  if (typeof idCell === 'number') add('idNumber', '公民身份号码被 Excel 存成了数字，末几位可能已丢失；请把该列设为「文本」格式后重新填写');

  const dates: Partial<Record<'birthDate' | 'joinedOn' | 'confirmedOn', CalendarDate | null>> = {};
  for (const f of ['birthDate', 'joinedOn', 'confirmedOn'] as const) {
    const d = cellDate(raw(f));
    if (d === 'invalid') add(f, `「${text(f)}」不是有效日期，请填写如 2019-07-01、2019/7/1 或 2019年7月1日`);
    else dates[f] = d;
  }

  const genderText = text('gender');
  const gender = genderText ? codeOfLabel(GENDER_LABELS, genderText) ?? (genderText === '1' ? 'male' : genderText === '2' ? 'female' : undefined) : null;
  if (gender === undefined) add('gender', `性别应为"男"或"女"，而不是「${genderText}」`);

  const categoryText = text('category');
  let category: PersonCategory | undefined;
  if (categoryText) {
    category = codeOfLabel(PERSON_CATEGORY_LABELS, categoryText) ?? (categoryText === '中共党员' ? 'full' : categoryText === '中共预备党员' ? 'probationary' : undefined);
    if (!category) add('category', `未知的人员类别「${categoryText}」，应为：${Object.values(PERSON_CATEGORY_LABELS).join('、')}`);
  }

  const dues = parseDuesBaseCells(text('duesCategory'), yuanCellText(raw('duesBase')));
  if (!dues.ok) add(dues.field === 'category' ? 'duesCategory' : 'duesBase', dues.message);
  else if (dues.value && category && category !== 'full' && category !== 'probationary') add('duesCategory', `${categoryText}不交纳党费，请清空党费类别和交纳基数`);

  if (problems.length) return { ok: false, problems };
  const idNumber = normalizeIdNumber(text('idNumber'));
  const parsed = parseIdNumber(idNumber);
  const facts: PersonFacts = {
    name: text('name'),
    gender: gender ?? (parsed.ok ? parsed.info.gender : null),
    ethnicity: text('ethnicity') ? nameOfCode(ETHNICITY_CODES, text('ethnicity')) : null,
    birthDate: dates.birthDate ?? (parsed.ok ? parsed.info.birthDate : null),
    idNumber,
    education: text('education') ? nameOfCode(EDUCATION_CODES, text('education')) : null,
    category: category!,
    joinedOn: dates.joinedOn ?? null,
    confirmedOn: dates.confirmedOn ?? null,
    jobPost: text('jobPost') || null,
    phone: text('phone') || null,
  };
  const fieldOf: Partial<Record<keyof PersonFacts, RosterField>> = { name: 'name', gender: 'gender', birthDate: 'birthDate', idNumber: 'idNumber', joinedOn: 'joinedOn', confirmedOn: 'confirmedOn', phone: 'phone', category: 'category' };
  for (const p of checkPersonFacts(facts)) add(fieldOf[p.field] ?? 'idNumber', p.message);
  if (facts.name.length > 50) add('name', '姓名不能超过 50 个字');
  if (problems.length) return { ok: false, problems };
  return { ok: true, value: { row, facts, branch: text('branch'), group: text('group') || null, dues: dues.ok ? dues.value : null } };
}

/** A second ID number in one file is an error on every row that carries it. */
export function duplicateIdProblems(rows: RosterRow[], idHeader: string): RowProblem[] {
  const byId = new Map<string, number[]>();
  for (const r of rows) byId.set(r.facts.idNumber, [...(byId.get(r.facts.idNumber) ?? []), r.row]);
  const out: RowProblem[] = [];
  for (const [, at] of byId) {
    if (at.length < 2) continue;
    for (const row of at) out.push({ row, column: idHeader, message: `公民身份号码在文件中重复出现（第 ${at.join('、')} 行）` });
  }
  return out.sort((a, b) => a.row - b.row);
}

