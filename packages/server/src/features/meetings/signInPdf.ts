import { MEETING_KIND_LABELS } from '@zhibu/schemas';
import type { Ctx } from '../../context.js';
import { chineseDate, keyValue, paragraph, renderPdf, table } from '../../documents/index.js';
import { getMeeting } from './service.js';

/**
 * The 签到表 printed before a meeting (issue 5 §2): the roster of its date (the group's members for a 党小组会,
 * otherwise the branch's 党员) with a blank to sign, the guests already invited below them, and 应到 at the bottom.
 */
export async function signInPdf(ctx: Ctx, id: string): Promise<{ fileName: string; pdf: Buffer }> {
  const m = await getMeeting(ctx, id);
  const kind = MEETING_KIND_LABELS[m.kind];
  const time = m.startTime ? `${m.startTime}${m.endTime ? `—${m.endTime}` : ''}` : '';
  const members = m.attendance.filter((a) => !a.guest);
  const guests = m.attendance.filter((a) => a.guest);
  const rows = [
    ...members.map((a, i) => [i + 1, a.name, '', a.status === 'onLeave' ? `请假${a.reason ? `（${a.reason}）` : ''}` : '']),
    ...guests.map((a, i) => [members.length + i + 1, a.name, '', '列席']),
  ];
  const pdf = await renderPdf({
    // 「…党支部」+「支部党员大会」would say 支部 twice
    title: `${m.branchName}${m.groupName ?? ''}${kind.replace(/^支部/, '')}签到表`,
    subtitle: m.title ?? m.topic ?? undefined,
    blocks: [
      keyValue([
        ['会议类型', kind],
        ['日期', chineseDate(m.heldOn)],
        ['时间', time],
        ['地点', m.place ?? ''],
        ['主持人', m.host?.name ?? ''],
        ['记录人', m.recorder?.name ?? ''],
      ]),
      table(
        [
          { header: '序号', width: 40, align: 'center' },
          { header: '姓名', width: 110, align: 'center' },
          { header: '签到', width: '*', align: 'center' },
          { header: '备注', width: 130, align: 'center' },
        ],
        rows,
        { emptyMark: '' },
      ),
      paragraph(`应到 ${m.counts.expected} 人\u3000\u3000实到\u3000\u3000\u3000人\u3000\u3000请假\u3000\u3000\u3000人\u3000\u3000缺席\u3000\u3000\u3000人${guests.length ? `\u3000\u3000列席 ${guests.length} 人` : ''}`),
    ],
  });
  return { fileName: `${m.branchName}${kind}签到表-${m.heldOn}.pdf`, pdf };
}
