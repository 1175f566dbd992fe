import {
  duplicateIdProblems,
  guessMapping,
  headerSignature,
  missingRequired,
  parseRosterRow,
  ROSTER_COLUMNS,
  ROSTER_FIELDS,
  type ColumnMapping,
  type RosterField,
  type RosterRow,
  type RowProblem,
} from '@zhibu/domain';
import type { Sheet } from './xlsxReader.js';

export type MappingByName = Partial<Record<RosterField, string>>;

export interface ParsedSheet {
  headers: string[];
  signature: string;
  mapping: MappingByName;
  missingColumns: string[];
  rows: RosterRow[];
  problems: RowProblem[];
  rowCount: number;
}

function toIndexes(headers: string[], byName: MappingByName): ColumnMapping {
  const m: ColumnMapping = {};
  for (const f of ROSTER_FIELDS) {
    const i = byName[f] === undefined ? -1 : headers.indexOf(byName[f]!);
    if (i >= 0) m[f] = i;
  }
  return m;
}

function toNames(headers: string[], m: ColumnMapping): MappingByName {
  const out: MappingByName = {};
  for (const f of ROSTER_FIELDS) if (m[f] !== undefined) out[f] = headers[m[f]!]!;
  return out;
}

/**
 * Checks every row of a sheet (all problems, not the first) with the domain's row rules. The mapping is the one
 * given, else the one remembered for this header row, else guessed from the headers. No database: it runs in a
 * worker thread for big files.
 */
export function parseSheet(sheet: Sheet, given: MappingByName | undefined, remembered: Record<string, MappingByName>, onProgress?: (n: number) => void): ParsedSheet {
  const signature = headerSignature(sheet.headers);
  const byName = given ?? remembered[signature] ?? toNames(sheet.headers, guessMapping(sheet.headers));
  const mapping = toIndexes(sheet.headers, byName);
  const missingColumns = missingRequired(mapping);
  const problems: RowProblem[] = missingColumns.map((c) => ({ row: 1, column: c, message: `缺少必填列「${c}」，请在表头中添加或在导入页面指定对应的列` }));
  const rows: RosterRow[] = [];
  if (missingColumns.length === 0) {
    sheet.rows.forEach((r, i) => {
      const parsed = parseRosterRow(r.cells, r.row, mapping, sheet.headers);
      if (parsed.ok) rows.push(parsed.value);
      else problems.push(...parsed.problems);
      if (onProgress && i % 1000 === 999) onProgress(i + 1);
    });
    problems.push(...duplicateIdProblems(rows, sheet.headers[mapping.idNumber!] ?? ROSTER_COLUMNS.idNumber.header));
  }
  if (sheet.rows.length === 0) problems.push({ row: 2, column: '', message: '表格中没有数据行' });
  return { headers: sheet.headers, signature, mapping: toNames(sheet.headers, mapping), missingColumns, rows, problems, rowCount: sheet.rows.length };
}
