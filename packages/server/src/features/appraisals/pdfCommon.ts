import { GRADE_LABELS, GRADES, type Appraisal } from '@zhibu/schemas';
import type { Ctx } from '../../context.js';
import { notFound } from '../../errors.js';
import { getAppraisal } from './service.js';
import { loadAppraisal } from './access.js';
import { membersOf, type MemberRow } from './repository.js';

/** What the three printed forms of forms.md §4 share: the appraisal as the viewer may see it, and the persons' details. */
export interface PrintData {
  a: Appraisal;
  /** the persons of the members the viewer sees, by id (basic information for the 登记表) */
  persons: Map<string, MemberRow>;
  organName: string;
}

export async function printData(ctx: Ctx, id: string, need: 'read' | 'full'): Promise<PrintData> {
  await loadAppraisal(ctx, ctx.db, id, need);
  const a = await getAppraisal(ctx, id);
  const seen = new Set(a.members.map((m) => m.person.id));
  const rows = (await membersOf(ctx.db, id)).filter((m) => seen.has(m.person_id));
  const organ = await ctx.db.selectFrom('organs').select('name').where('id', '=', ctx.viewer.organId).executeTakeFirst();
  if (!organ) throw notFound('机关');
  return { a, persons: new Map(rows.map((r) => [r.person_id, r])), organName: organ.name };
}

/** "■优秀 □合格 □基本合格 □不合格": the grade ticked, as on the printed form. */
export const gradeBoxes = (grade: string | null) => GRADES.map((g) => `${g === grade ? '■' : '□'}${GRADE_LABELS[g]}`).join('\u3000');

export const blankDate = '\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日';
export const disposition = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;
