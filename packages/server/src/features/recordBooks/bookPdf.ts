import { MEETING_KIND_LABELS, TALK_FORM_LABELS, TALK_KIND_LABELS, TALK_PURPOSE_LABELS, type Meeting } from '@zhibu/schemas';
import type { Ctx } from '../../context.js';
import { chineseDate, heading, keyValue, mergePdfs, paragraph, signatures, table, type Block, type DocSpec } from '../../documents/index.js';
import { attendanceLines, countsOf, type AttendanceLine } from '../meetings/presenter.js';
import { attendanceOf, meetingsOfBranch, personsOf, rosterSpans, type MeetingRow } from '../meetings/repository.js';
import { talksOfYear, type TalkLine } from './repository.js';
import { bookGroupOf } from './guard.js';
import { stampPageFooters } from './pageStamp.js';
import { renderSections } from '../../documents/sections.js';
import { themeDayDuesText, themeDayPaidOf } from '../dues/service.js';

/**
 * LED-1: the year's meeting record book as one printable PDF — a cover, the catalog (目录) with each record's first
 * page, then every held meeting of the book in date order as a record page (forms.md §1) and, in the branch's book,
 * the year's talks as a 汇总台账 (forms.md §8). Numbered through "第 N 页 / 共 M 页".
 */
export interface BookData {
  branchName: string;
  groupName: string | null;
  year: number;
  keeper: string | null;
  meetings: MeetingRow[];
  lines: Map<string, AttendanceLine[]>;
  names: Map<string, { name: string }>;
  talks: TalkLine[] | null;
  /** LIFE-5: per 主题党日, the 党员 present and how many had the month's 党费 paid by the day (from the payments). */
  dues: Map<string, { present: number; paid: number }>;
}

type Db = Ctx['db'];

/** Loads the book's facts set-based: the year's meetings, their attendance and the roster in one query each. */
export async function loadBook(db: Db, organId: string, b: { id: string; full_name: string }, group: { id: string; name: string; leader_person_id: string | null } | null, year: number, asOf: string): Promise<BookData> {
  const groupId = group?.id ?? null;
  const keeperId = group ? group.leader_person_id : await organizationMember(db, b.id, asOf < `${year}-12-31` ? asOf : `${year}-12-31`);
  const d = await loadMeetingRecords(db, organId, b, year, { book: groupId, talks: !groupId, extraPersons: keeperId ? [keeperId] : [] });
  return { ...d, groupName: group?.name ?? null, keeper: keeperId ? (d.names.get(keeperId)?.name ?? null) : null };
}

/**
 * The held meetings of a branch's year with what their record pages need — of one book (`book`: a group's id, or
 * null for the branch's own), or of every book (`'all'`, the archive's 组织生活档案) — set-based.
 */
export async function loadMeetingRecords(
  db: Db,
  organId: string,
  b: { id: string; full_name: string },
  year: number,
  opts: { book: string | null | 'all'; talks: boolean; extraPersons?: string[] },
): Promise<BookData> {
  const meetings = (await meetingsOfBranch(db, b.id, { year })).filter((m) => m.status === 'held' && (opts.book === 'all' || bookGroupOf(m) === opts.book));
  const [spans, recorded, talks, dues] = await Promise.all([
    rosterSpans(db, b.id, `${year}-01-01`, `${year}-12-31`),
    attendanceOf(db, meetings.map((m) => m.id)),
    opts.talks ? talksOfYear(db, b.id, year) : null,
    themeDayPaidOf(db, meetings.filter((m) => m.kind === 'themeDay')),
  ]);
  const ids = meetings.flatMap((m) => [m.host_person_id, m.recorder_person_id, m.lecturer_person_id]).concat(opts.extraPersons ?? []);
  const names = await personsOf(db, organId, [...new Set(ids.filter((x): x is string => !!x))]);
  return {
    branchName: b.full_name,
    groupName: null,
    year,
    keeper: null,
    meetings,
    lines: new Map(meetings.map((m) => [m.id, attendanceLines(m, spans, recorded)])),
    names,
    talks,
    dues: new Map([...dues].map(([id, x]) => [id, { present: x.present.length, paid: x.paid.length }])),
  };
}

/** forms.md §1: the 组织委员 keeps the book (the 书记 where there is none). */
async function organizationMember(db: Db, branchId: string, on: string): Promise<string | null> {
  const rows = await db
    .selectFrom('branch_posts')
    .select(['person_id', 'role'])
    .where('branch_id', '=', branchId)
    .where('role', 'in', ['organizationMember', 'secretary'])
    .where('start_on', '<=', on)
    .where((eb) => eb.or([eb('end_on', 'is', null), eb('end_on', '>=', on)]))
    .execute();
  return (rows.find((r) => r.role === 'organizationMember') ?? rows[0])?.person_id ?? null;
}

const BLANK = '＿'.repeat(10);
const names = (ls: AttendanceLine[]) => ls.map((l) => l.name).join('、');
const yesNo = (b: boolean | undefined) => (b ? '是' : '否');

function recordBlocks(m: MeetingRow, lines: AttendanceLine[], people: BookData['names'], dues: BookData['dues']): Block[] {
  const who = (id: string | null) => (id ? (people.get(id)?.name ?? '') : '');
  const members = lines.filter((l) => !l.guest);
  const c = countsOf(lines);
  const onLeave = members.filter((l) => l.status === 'onLeave').map((l) => `${l.name}（${l.reason ?? '未写原因'}）`);
  const time = `${chineseDate(m.held_on)}${m.start_time ? ` ${m.start_time}${m.end_time ? `—${m.end_time}` : ''}` : ''}`;
  const pairs: Array<[string, string]> = [
    ['时间', time],
    ['地点', m.place ?? ''],
    ['主持人', who(m.host_person_id)],
    ['记录人', who(m.recorder_person_id)],
    ['应到', `${c.expected} 人`],
    ['实到', `${c.present} 人`],
  ];
  if (m.kind === 'partyLecture') pairs.push(['主讲人', m.lecturer_name ?? who(m.lecturer_person_id)], ['题目', m.topic ?? '']);
  const blocks: Block[] = [
    keyValue(pairs),
    keyValue(
      [
        ['请假', onLeave.length ? `${onLeave.length} 人：${onLeave.join('、')}` : '无'],
        ['缺席', c.absent ? `${c.absent} 人：${names(members.filter((l) => l.status === 'absent'))}` : '无'],
        ['列席', names(lines.filter((l) => l.guest)) || '无'],
      ],
      1,
    ),
  ];
  const td = m.theme_day as Meeting['themeDay'] | null;
  if (m.kind === 'themeDay' && td) {
    blocks.push(
      keyValue(
        [
          ['重温入党誓词', yesNo(td.recitedConstitution)],
          ['集中学习', `${yesNo(td.studied)}${td.studyMaterial ? `（${td.studyMaterial}）` : ''}`],
          // derived from the 党费 payments (LIFE-5), no longer the stored tick; the old note, if any, kept beside it
          ['交纳当月党费', `${themeDayDuesText(dues.get(m.id) ?? { present: 0, paid: 0 })}${td.duesNote ? `（${td.duesNote}）` : ''}`],
          ['活动形式', td.forms.join('、') || '无'],
        ],
        2,
      ),
    );
  }
  blocks.push(heading('议题', { level: 3, inCatalog: false }), paragraph(m.agenda.length ? m.agenda.map((a, i) => `${i + 1}. ${a}`).join('\n') : '—', 'left'));
  blocks.push(heading('会议内容／纪要', { level: 3, inCatalog: false }), paragraph(m.minutes?.trim() || '—', 'left'));
  blocks.push(heading('决议', { level: 3, inCatalog: false }), paragraph(m.resolutions.length ? m.resolutions.map((r, i) => `${i + 1}. ${r}`).join('\n') : '无', 'left'));
  blocks.push(signatures('主持人签字', '记录人签字'));
  return blocks;
}

export const topicOf = (m: MeetingRow) => m.title ?? m.topic ?? (m.agenda.join('；') || '—');

export function talksBlock(talks: TalkLine[]): Block {
  return table(
    [
      { header: '序号', width: 24, align: 'center' },
      { header: '谈话时间', width: 62, align: 'center' },
      { header: '地点', width: 60 },
      { header: '谈话人', width: 48, align: 'center' },
      { header: '谈话对象', width: 48, align: 'center' },
      { header: '谈话类型', width: 80 },
      { header: '主要内容', width: '*' },
      { header: '存在问题', width: 110 },
      { header: '整改措施', width: 110 },
      { header: '备注', width: 40 },
    ],
    talks.map((t, i) => [
      i + 1,
      t.talked_on,
      t.place,
      t.talker,
      t.talkee,
      `${TALK_PURPOSE_LABELS[t.purpose]}${t.kind === 'admonition' ? `（${TALK_KIND_LABELS.admonition}）` : ''}，${TALK_FORM_LABELS[t.form]}`,
      t.topics,
      t.problems,
      t.follow_up,
      '',
    ]),
    { fontSize: 9 },
  );
}

/** One held meeting's record page (forms.md §1), as the book prints it. */
export function meetingRecordSpec(d: BookData, m: MeetingRow, runningHeader: string): DocSpec {
  const kind = MEETING_KIND_LABELS[m.kind];
  return { title: `${m.group_name && m.kind === 'groupMeeting' ? m.group_name : ''}${kind}记录`, subtitle: m.title ?? undefined, runningHeader, pageNumbers: false, blocks: recordBlocks(m, d.lines.get(m.id) ?? [], d.names, d.dues) };
}

export async function renderBook(d: BookData): Promise<Buffer> {
  const owner = `${d.branchName}${d.groupName ?? ''}`;
  const runningHeader = `${owner}\u2002${d.year} 年度`;
  const dates = [...d.meetings.map((m) => m.held_on), ...(d.talks ?? []).map((t) => t.talked_on)].sort();
  const span = dates.length ? `${chineseDate(dates[0]!)}至${chineseDate(dates[dates.length - 1]!)}` : `${chineseDate(`${d.year}-01-01`)}至${chineseDate(`${d.year}-12-31`)}`;
  const coverSpec: DocSpec = {
    title: `${owner}会议记录本`,
    subtitle: `${d.year} 年度`,
    pageNumbers: false,
    fontSize: 14,
    blocks: [
      paragraph('\n\n\n'),
      keyValue(
        [
          ['党支部名称', d.branchName],
          ...(d.groupName ? [['党小组', d.groupName] as [string, string]] : []),
          ['年度', `${d.year} 年`],
          ['起止日期', span],
          ['记录本编号', BLANK],
          ['保管人', d.keeper ?? BLANK],
        ],
        1,
      ),
    ],
  };
  // Every record page in one render (documents/sections.ts): one font set-up for the book instead of one per meeting.
  const parts: Array<{ spec: DocSpec; date: string; kind: string; topic: string }> = d.meetings.map((m) => ({ spec: meetingRecordSpec(d, m, runningHeader), date: m.held_on, kind: MEETING_KIND_LABELS[m.kind], topic: topicOf(m) }));
  if (d.talks?.length) {
    const spec: DocSpec = { title: '谈心谈话汇总台账', subtitle: `${d.year} 年度`, orientation: 'landscape', runningHeader, pageNumbers: false, blocks: [talksBlock(d.talks)] };
    parts.push({ spec, date: `${d.talks[0]!.talked_on}起`, kind: '谈心谈话', topic: `谈心谈话汇总台账（${d.talks.length} 次）` });
  }
  const body = await renderSections(parts.map((p) => p.spec));
  const counts = body.pages.map((p) => p.length);
  // The catalog's own length moves every 页号 after it: render until its page count is stable (once or twice).
  let catalogPages = 1;
  let front: Awaited<ReturnType<typeof renderSections>>;
  for (let round = 0; ; round++) {
    let next = 2 + catalogPages;
    const rows = parts.map((p, i) => {
      const first = next;
      next += counts[i]!;
      return [i + 1, p.date, p.kind, p.topic, first];
    });
    // cover and catalog in one render (documents/sections.ts)
    front = await renderSections([coverSpec, {
      title: '目录',
      runningHeader,
      pageNumbers: false,
      blocks: [
        table(
          [
            { header: '序号', width: 30, align: 'center' },
            { header: '日期', width: 70, align: 'center' },
            { header: '会议类型', width: 100, align: 'center' },
            { header: '主题／议题', width: '*' },
            { header: '页号', width: 36, align: 'center' },
          ],
          rows,
        ),
        ...(rows.length ? [] : [paragraph('本年度没有已召开的会议记录。', 'center')]),
      ],
    }]);
    const n = front.pages[1]!.length;
    if (n === catalogPages || round >= 3) break;
    catalogPages = n;
  }
  return stampPageFooters(await mergePdfs(parts.length ? [front!.pdf, body.pdf] : [front!.pdf]));
}
