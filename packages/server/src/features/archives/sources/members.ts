import { CARE_VISIT_KIND_LABELS, HARDSHIP_KIND_LABELS, yearMonths } from '@zhibu/domain';
import { table, type DocSpec } from '../../../documents/index.js';
import { hardshipsOf, visitsOf } from '../../care/repository.js';
import { recordDoc } from '../../developments/recordPdf.js';
import { monthSheetData, monthSheetDoc } from '../../dues/documents.js';
import { branchRosterDoc } from '../../imports/rosterPdfExport.js';
import { letterDoc } from '../../transfers/letterPdf.js';
import { transfersOf } from '../../transfers/repository.js';
import { recordItem, specPart, yearSpan, type RecordItem, type SourceCtx } from './common.js';

/**
 * LED-3 党员管理档案 from records: the 花名册 as at 31 December (or today while the year runs), each 组织关系介绍信
 * issued or received that year, the year's 党费收缴登记表 month by month, the 全程记实表 of each development file
 * with a step in the year, and the 困难党员帮扶台账. The documents are the ones each module prints (their `…Doc`
 * spec functions), loaded here and rendered by the archive worker.
 */
export async function memberItems(s: SourceCtx): Promise<RecordItem[]> {
  const [from, to] = yearSpan(s.year);
  const items: RecordItem[] = [];

  const roster = await branchRosterDoc(s.ctx, s.branch.id, s.asOf);
  items.push(recordItem('roster', s.asOf, { title: `党员花名册（截至 ${s.asOf}）`, responsible: s.branch.name }, [specPart(roster.spec)]));

  const transfers = (await transfersOf(s.db, s.branch.id)).filter((t) => t.status !== 'cancelled' && t.issued_on >= from && t.issued_on <= to).reverse();
  for (const t of transfers) {
    const letter = await letterDoc(s.ctx, t.id);
    const way = t.branch_id === s.branch.id ? (t.direction === 'out' ? '转出' : '转入') : t.direction === 'out' ? '转入' : '转出';
    items.push(recordItem('transfer', t.issued_on, { title: `${t.person_name}组织关系${way}介绍信`, docNumber: t.letter_no ?? undefined, responsible: s.branch.name }, [specPart(letter.spec)]));
  }

  const lastMonth = s.asOf.slice(0, 7);
  const months = yearMonths(s.year).filter((m) => m <= lastMonth);
  const sheets: DocSpec[] = [];
  const dues = months.length ? await monthSheetData(s.ctx, s.branch.id, s.year) : null;
  for (const m of months) sheets.push((await monthSheetDoc(s.ctx, s.branch.id, m, dues!)).spec);
  if (sheets.length) items.push(recordItem('duesLedger', `${months[months.length - 1]}-01`.slice(0, 10), { title: `${s.year}年度党费收缴登记表（${Number(months[0]!.slice(5))}—${Number(months[months.length - 1]!.slice(5))}月）`, responsible: s.branch.name }, sheets.map(specPart)));

  const devs = await s.db
    .selectFrom('developments as d')
    .innerJoin('persons as p', 'p.id', 'd.person_id')
    .innerJoin('development_steps as st', 'st.development_id', 'd.id')
    .select(['d.id', 'p.name'])
    .select((eb) => eb.fn.max('st.done_on').as('last'))
    .where('d.branch_id', '=', s.branch.id)
    .where('st.done_on', '>=', from)
    .where('st.done_on', '<=', to)
    .groupBy(['d.id', 'p.name'])
    .orderBy('p.name')
    .execute();
  for (const dev of devs) {
    const doc = await recordDoc(s.ctx, dev.id);
    items.push(recordItem('development', String(dev.last), { title: `发展党员全程记实表（${dev.name}）`, responsible: s.branch.name }, [specPart(doc.spec)]));
  }

  const hardships = await hardshipsOf(s.db, s.branch.id, { from, to });
  if (hardships.length) {
    const visits = (await visitsOf(s.db, hardships.map((h) => h.id))).filter((v) => v.visited_on >= from && v.visited_on <= to);
    const spec: DocSpec = {
      title: `${s.branch.name}${s.year}年度困难党员帮扶台账`,
      orientation: 'landscape',
      runningHeader: `${s.organName}\u3000${s.branch.name}`,
      blocks: [
        table(
          [
            { header: '序号', width: 24, align: 'center' },
            { header: '姓名', width: 48, align: 'center' },
            { header: '困难类型', width: 56, align: 'center' },
            { header: '困难情况', width: '*' },
            { header: '登记日期', width: 62, align: 'center' },
            { header: '解除日期', width: 62, align: 'center' },
            { header: '本年度帮扶（走访、慰问、救助）', width: 260 },
          ],
          hardships.map((h, i) => [
            i + 1,
            h.person_name,
            HARDSHIP_KIND_LABELS[h.kind],
            h.details,
            h.since_on,
            h.resolved_on ?? '',
            visits
              .filter((v) => v.hardship_id === h.id)
              .map((v) => `${v.visited_on} ${CARE_VISIT_KIND_LABELS[v.kind]}（${v.visitors}）${v.aid_fen ? ` ${(v.aid_fen / 100).toFixed(2)} 元` : ''}：${v.description}`)
              .join('\n') || '无',
          ]),
          { fontSize: 9 },
        ),
      ],
    };
    items.push(recordItem('hardship', to, { title: `困难党员帮扶台账（${hardships.length} 人）`, responsible: s.branch.name }, [specPart(spec)]));
  }
  return items;
}
