import { MEETING_KIND_LABELS, RECTIFICATION_SOURCE_LABELS, RECTIFICATION_STATUS_LABELS } from '@zhibu/schemas';
import { table } from '../../../documents/index.js';
import { registerDoc } from '../../appraisals/registerPdf.js';
import { appraisalsOfBranch } from '../../appraisals/repository.js';
import { tallyDoc } from '../../appraisals/tallyPdf.js';
import { rectificationsOfBranch } from '../../lifeMeetings/repository.js';
import { loadMeetingRecords, meetingRecordSpec, talksBlock, topicOf } from '../../recordBooks/bookPdf.js';
import { attachmentParts, attachmentsOf, noteOf, recordItem, specPart, type RecordItem, type SourceCtx } from './common.js';

/**
 * LED-4 组织生活档案 from records: every held meeting's record page (三会一课, 主题党日, 组织生活会) with its papers
 * (PDF and image attachments) merged after it, the 整改落实台账, the 谈心谈话 汇总台账 and each finished 民主评议's
 * 登记表 and 测评汇总表.
 */
export async function lifeItems(s: SourceCtx): Promise<RecordItem[]> {
  const d = await loadMeetingRecords(s.db, s.ctx.viewer.organId, { id: s.branch.id, full_name: s.branch.name }, s.year, { book: 'all', talks: true });
  const files = await attachmentsOf(s, 'meeting', d.meetings.map((m) => m.id));
  const runningHeader = `${s.organName}\u3000${s.branch.name}`;
  const items: RecordItem[] = [];
  for (const m of d.meetings) {
    const kind = m.kind === 'themeDay' ? 'themeDay' : m.kind === 'lifeMeeting' ? 'lifeMeeting' : 'meeting';
    const papers = await attachmentParts(s, files.get(m.id) ?? []);
    const owner = m.kind === 'groupMeeting' && m.group_name ? `${s.branch.name}${m.group_name}` : s.branch.name;
    const title = `${MEETING_KIND_LABELS[m.kind]}记录：${topicOf(m)}`;
    items.push(recordItem(kind, m.held_on, { title, responsible: owner, note: noteOf(papers.parts.length, papers.skipped) }, [specPart(meetingRecordSpec(d, m, runningHeader)), ...papers.parts]));
  }

  const rect = await rectificationsOfBranch(s.db, s.branch.id, s.year);
  if (rect.length) {
    const spec = {
      title: `${s.branch.name}${s.year}年度整改落实台账`,
      orientation: 'landscape' as const,
      runningHeader,
      blocks: [
        table(
          [
            { header: '序号', width: 24, align: 'center' as const },
            { header: '组织生活会', width: 62, align: 'center' as const },
            { header: '来源', width: 50, align: 'center' as const },
            { header: '问题', width: '*' as const },
            { header: '整改措施', width: '*' as const },
            { header: '责任人', width: 48, align: 'center' as const },
            { header: '时限', width: 62, align: 'center' as const },
            { header: '状态', width: 50, align: 'center' as const },
            { header: '进展／销号', width: 110 },
          ],
          rect.map((r, i) => [i + 1, r.held_on, RECTIFICATION_SOURCE_LABELS[r.source], r.problem, r.measure, r.owner_person_name ?? r.owner_name ?? '', r.deadline, RECTIFICATION_STATUS_LABELS[r.status], [r.progress, r.closed_on ? `${r.closed_on} 销号` : '', r.carry_reason].filter(Boolean).join('；')]),
          { fontSize: 9 },
        ),
      ],
    };
    items.push(recordItem('rectification', rect[0]!.held_on, { title: `整改落实台账（${rect.length} 项）`, responsible: s.branch.name }, [specPart(spec)]));
  }

  if (d.talks?.length) {
    const spec = { title: '谈心谈话汇总台账', subtitle: `${s.year} 年度`, orientation: 'landscape' as const, runningHeader, blocks: [talksBlock(d.talks)] };
    items.push(recordItem('talk', d.talks[0]!.talked_on, { title: `谈心谈话记录（汇总台账，${d.talks.length} 次）`, responsible: s.branch.name }, [specPart(spec)]));
  }

  // 民主评议: only one finished — before that its forms are blanks to fill by hand, not an archive.
  for (const a of (await appraisalsOfBranch(s.db, s.branch.id, s.year)).filter((x) => x.step === 'done')) {
    const [register, tally] = await Promise.all([registerDoc(s.ctx, a.id), tallyDoc(s.ctx, a.id)]);
    const date = a.graded_on ?? a.balloted_on ?? a.started_on;
    items.push(recordItem('appraisal', date, { title: `${s.year}年度民主评议党员登记表及测评汇总表`, responsible: s.branch.name }, [specPart(register.spec), specPart(tally.spec)]));
  }
  return items;
}
