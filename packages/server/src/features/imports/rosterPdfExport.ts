import { GENDER_LABELS, isBranchOfficer, isOrganAdmin, PERSON_CATEGORY_LABELS, PERSON_STATUS_LABELS } from '@zhibu/domain';
import { forbidden } from '../../errors.js';
import type { Ctx } from '../../context.js';
import { renderPdf, rosterSpec, type DocSpec, type RosterRow } from '../../documents/index.js';
import { getBranch } from '../branches/service.js';
import { rosterRows } from './exportRoster.js';

/**
 * The printable 党员花名册 of one branch (forms.md §2c) as the viewer may see it: the same scope and masking as the
 * roster page, members only (people in development are not on the 花名册).
 */
export async function branchRosterDoc(ctx: Ctx, branchId: string, on: string): Promise<{ fileName: string; spec: DocSpec }> {
  const branch = await getBranch(ctx, branchId);
  const v = ctx.viewer;
  if (!isOrganAdmin(v) && !isBranchOfficer(v, branchId) && !v.ledGroups.some((g) => g.branchId === branchId)) throw forbidden('您无权打印该党支部的花名册');
  const organ = await ctx.db.selectFrom('organs').select('name').where('id', '=', ctx.viewer.organId).executeTakeFirstOrThrow();
  const rows: RosterRow[] = [];
  for await (const p of rosterRows(ctx, { branchId, on })) {
    if (p.category !== 'full' && p.category !== 'probationary') continue;
    rows.push({
      name: p.name,
      gender: p.gender ? GENDER_LABELS[p.gender] : '',
      ethnicity: p.ethnicity ?? '',
      birthMonth: p.birthDate ? p.birthDate.slice(0, 7) : '',
      education: p.education ?? '',
      idNumber: p.idNumber,
      category: PERSON_CATEGORY_LABELS[p.category],
      joinedOn: p.joinedOn ?? '',
      fullMemberOn: p.confirmedOn ?? '',
      post: p.jobPost ?? '',
      partyPost: p.posts.join('、'),
      phone: p.phone ?? '',
      note: p.status === 'active' ? '' : PERSON_STATUS_LABELS[p.status],
    });
  }
  const spec = rosterSpec({ organName: organ.name, branchName: branch.fullName, asOf: on, rows });
  return { fileName: `${branch.shortName}党员花名册-${on}.pdf`, spec };
}

/** The 花名册 as a PDF; its spec alone (`branchRosterDoc`) is what the archive binds, rendering it in its worker. */
export async function branchRosterPdf(ctx: Ctx, branchId: string, on: string): Promise<{ fileName: string; pdf: Buffer }> {
  const d = await branchRosterDoc(ctx, branchId, on);
  return { fileName: d.fileName, pdf: await renderPdf(d.spec) };
}
