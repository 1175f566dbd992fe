import { renderPdf } from './pdf.js';
import { table, type DocSpec, type TableColumn } from './spec.js';
import { chineseDate } from './text.js';

/**
 * One line of the printed 党员花名册 (forms.md §2c). Values are already formatted for print by the caller: the
 * ID number masked or not as the viewer may see it, dates as `2010-07-01` or `1985-03`. Blank prints "—".
 */
export interface RosterRow {
  name: string;
  gender?: string;
  ethnicity?: string;
  /** 出生年月, e.g. `1985-03`. */
  birthMonth?: string;
  education?: string;
  idNumber?: string;
  /** 人员类别: 正式党员 / 预备党员. */
  category?: string;
  joinedOn?: string;
  /** 转正时间; a probationary member has none and prints "—". */
  fullMemberOn?: string;
  /** 工作单位及职务（工作岗位）. */
  post?: string;
  /** 党内职务: 书记, 组织委员, 党小组长, … */
  partyPost?: string;
  phone?: string;
  note?: string;
}

export interface RosterInput {
  /** The organ's name, printed in the running header. */
  organName: string;
  /** The branch's full name; the title is "<branch>党员花名册". */
  branchName: string;
  /** 截至日期 `YYYY-MM-DD`: the roster as it stood on that date. */
  asOf: string;
  rows: RosterRow[];
}

/**
 * Column widths in points for A4 landscape (842 pt wide, 778 pt between the margins, 8 pt of padding and rule per
 * column): fixed widths fit the longest usual value at 8 pt (18-digit ID number, 11-digit phone, ISO dates), and the
 * free-text columns share what is left.
 */
const COLUMNS: Array<TableColumn & { key: keyof RosterRow | 'index' }> = [
  { key: 'index', header: '序号', width: 18, align: 'center' },
  { key: 'name', header: '姓名', width: 38, align: 'center' },
  { key: 'gender', header: '性别', width: 18, align: 'center' },
  { key: 'ethnicity', header: '民族', width: 30, align: 'center' },
  { key: 'birthMonth', header: '出生年月', width: 36, align: 'center' },
  { key: 'education', header: '学历', width: 58, align: 'center' },
  { key: 'idNumber', header: '公民身份号码', width: 82, align: 'center' },
  { key: 'category', header: '人员类别', width: 36, align: 'center' },
  { key: 'joinedOn', header: '入党时间', width: 44, align: 'center' },
  { key: 'fullMemberOn', header: '转正时间', width: 44, align: 'center' },
  { key: 'post', header: '工作岗位', width: 100 },
  { key: 'partyPost', header: '党内职务', width: 44, align: 'center' },
  { key: 'phone', header: '联系电话', width: 52, align: 'center' },
  { key: 'note', header: '备注', width: '*' },
];

/** The columns in print order, for callers that export the same roster to Excel or Word. */
export const ROSTER_HEADERS = COLUMNS.map((c) => c.header);

/** The rows as printed cells, numbered from 1 in the order given. */
export function rosterCells(rows: RosterRow[]): string[][] {
  return rows.map((row, i) => COLUMNS.map((c) => (c.key === 'index' ? String(i + 1) : (row[c.key] ?? ''))));
}

/** Ideographic space (U+3000): the gap Chinese typesetting puts between two phrases on one line. */
const GAP = '\u3000\u3000';

/** The printable 党员花名册: A4 landscape, header row repeated on every page, "第 N 页 / 共 M 页". */
export async function rosterPdf(input: RosterInput): Promise<Buffer> {
  return renderPdf(rosterSpec(input));
}

/** The 花名册 as a document spec (a bound volume renders it with its other items). */
export function rosterSpec(input: RosterInput): DocSpec {
  return {
    title: `${input.branchName}党员花名册`,
    subtitle: `截至 ${chineseDate(input.asOf)}${GAP}共 ${input.rows.length} 人`,
    orientation: 'landscape',
    runningHeader: `${input.organName}\u3000${input.branchName}`,
    fontSize: 10.5,
    blocks: [
      table(
        COLUMNS.map(({ header, width, align }) => ({ header, width, align })),
        rosterCells(input.rows),
        { fontSize: 8 },
      ),
    ],
  };
}
