import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { GENDER_LABELS, PERSON_CATEGORY_LABELS, ROSTER_COLUMNS, ROSTER_FIELDS, type RosterField } from '@zhibu/domain';
import type { PersonRow } from '@zhibu/schemas';
import type { Ctx } from '../../context.js';
import { listRoster } from '../persons/service.js';

/** Every roster row the viewer may see on a date, page by page (the same scope and masking as the roster page). */
export async function* rosterRows(ctx: Ctx, filter: { branchId?: string; on?: string }): AsyncGenerator<PersonRow> {
  for (let offset = 0; ; offset += 500) {
    const page = await listRoster(ctx, { ...filter, offset, limit: 500 });
    yield* page.items;
    if (page.items.length < 500) return;
  }
}

function cell(p: PersonRow, f: RosterField): string {
  switch (f) {
    case 'gender':
      return p.gender ? GENDER_LABELS[p.gender] : '';
    case 'category':
      return PERSON_CATEGORY_LABELS[p.category];
    case 'branch':
      return p.branch?.name ?? '';
    case 'group':
      return p.group?.name ?? '';
    case 'duesCategory':
    case 'duesBase':
      return ''; // the export does not carry 党费 bases (contracts §4); left blank, a re-import changes none
    default:
      return (p[f] as string | null) ?? '';
  }
}

/**
 * The roster as .xlsx in the template's columns, so an export can be edited and imported back. ID numbers are as
 * the viewer may see them (masked unless they may see them in full); written with exceljs's streaming writer.
 */
export async function writeRosterXlsx(ctx: Ctx, target: Writable, filter: { branchId?: string; on?: string } = {}): Promise<number> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: target, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet('花名册');
  ws.columns = ROSTER_FIELDS.map((f) => ({ header: ROSTER_COLUMNS[f].header, key: f, width: f === 'idNumber' ? 22 : f === 'branch' ? 26 : 12 }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).commit();
  let n = 0;
  for await (const p of rosterRows(ctx, filter)) {
    ws.addRow(Object.fromEntries(ROSTER_FIELDS.map((f) => [f, cell(p, f)]))).commit();
    n++;
  }
  ws.commit();
  await wb.commit();
  return n;
}
