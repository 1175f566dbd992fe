import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, type World } from './fixtures.js';
import { apiClient } from './apiClient.js';
import { pdfPagesText } from '../src/documents/testTools.js';

/**
 * LED-1 (issue 5 §9): a year's record book closes only after the year, with nothing left planned in it; closing
 * freezes its PDF (cover, catalog with page numbers, one record per meeting, the talks' 汇总台账) and makes its
 * records read-only; it is handed over once. Today is 2026-11-24: the 2025 books may close, the 2026 ones not yet.
 */
let w: World;
const p = (key: string) => w.persons[key]!;
const ids: Record<string, string> = {};
const { call, ok, refused, state, cookieOf } = apiClient(() => w, ['meetings', 'meeting_attendance', 'record_books', 'files', 'attachments']);

const FULL_A = ['secretaryA', 'orgA', 'pubA', 'leaderA1', 'memberA', 'spare1', 'spare2', 'spare3'];
const base = { startTime: '14:00', endTime: '16:00', place: '三楼会议室', hostPersonId: '', recorderPersonId: '' };

async function heldMeeting(body: Record<string, unknown>, entries?: object[], user = 'secretarya'): Promise<string> {
  const m = ok(await call(user, 'POST', `/api/branches/${w.branchA}/meetings`, { ...base, hostPersonId: p('secretaryA'), recorderPersonId: p('orgA'), ...body }));
  const list = entries ?? (m.attendance as { personId: string }[]).map((a) => ({ personId: a.personId, status: 'present' }));
  ok(await call(user, 'PUT', `/api/meetings/${m.id}/attendance`, { entries: list }));
  ok(await call(user, 'POST', `/api/meetings/${m.id}/hold`));
  return m.id as string;
}

beforeAll(async () => {
  w = await buildWorld();
  ids.assembly = await heldMeeting(
    { kind: 'assembly', heldOn: '2025-03-10', title: '2025年第一季度党员大会', agenda: ['学习党章', '讨论年度工作计划'], minutes: '书记传达上级精神，党员逐一发言。', resolutions: ['通过年度工作计划'] },
    [
      ...FULL_A.filter((k) => k !== 'spare2' && k !== 'spare3').map((k) => ({ personId: p(k), status: 'present' })),
      { personId: p('spare2'), status: 'onLeave', reason: '出差' },
      { personId: p('spare3'), status: 'absent' },
      { personId: p('activistA'), status: 'present', guest: true },
    ],
  );
  ids.lecture = await heldMeeting({ kind: 'partyLecture', heldOn: '2025-06-20', lecturerName: '张三', topic: '学习贯彻党的二十大精神', agenda: ['讲党课'] });
  ids.themeDay = await heldMeeting({
    kind: 'themeDay',
    heldOn: '2025-09-12',
    title: '九月主题党日',
    agenda: ['重温入党誓词'],
    themeDay: { recitedConstitution: true, studied: true, studyMaterial: '党章', paidDues: true, duesNote: null, forms: ['红色教育'] },
  });
  // LIFE-5: the book prints 交纳当月党费 from the payments — two paid September by the day, one only after it
  const pay = (key: string, paidOn: string) => ({
    id: crypto.randomUUID(),
    organ_id: w.organId,
    branch_id: w.branchA,
    person_id: p(key),
    kind: 'monthly' as const,
    month: '2025-09',
    due_fen: 1000,
    amount_fen: 1000,
    paid_on: paidOn,
    method: 'cash' as const,
  });
  await w.database.db.insertInto('dues_payments').values([pay('secretaryA', '2025-09-05'), pay('memberA', '2025-09-12'), pay('spare1', '2025-09-20')]).execute();
  ids.group = await heldMeeting({ kind: 'groupMeeting', groupId: w.groupA1, heldOn: '2025-04-08', hostPersonId: p('leaderA1'), recorderPersonId: p('memberA'), agenda: ['学习讨论'] });
  ids.planned = ok(await call('secretarya', 'POST', `/api/branches/${w.branchA}/meetings`, { kind: 'assembly', heldOn: '2025-12-20', title: '年终党员大会' })).id;
  await w.database.db
    .insertInto('talks')
    .values({ id: crypto.randomUUID(), organ_id: w.organId, branch_id: w.branchA, talked_on: '2025-05-06', place: '书记办公室', talker_person_id: p('secretaryA'), talkee_person_id: p('memberA'), topics: '谈工作和思想情况', problems: '学习不够系统', follow_up: '制定学习计划' })
    .execute();
});
afterAll(async () => {
  await w.close();
});

describe('record books (LED-1)', () => {
  it('lists the branch book and one per group, with their entries', async () => {
    const { items } = ok(await call('secretarya', 'GET', `/api/branches/${w.branchA}/record-books?year=2025`));
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ groupId: null, entryCount: 4, closed: false, abilities: { close: true } });
    expect(items[1]).toMatchObject({ groupId: w.groupA1, groupName: '第一党小组', entryCount: 1, closed: false });
    // the current year may not close yet
    const now = ok(await call('secretarya', 'GET', `/api/branches/${w.branchA}/record-books?year=2026`));
    expect(now.items[0].abilities.close).toBe(false);
    // a 党小组长 reads their group's book only
    const leader = ok(await call('leadera1', 'GET', `/api/branches/${w.branchA}/record-books?year=2025`));
    expect(leader.items.map((b: { groupId: string | null }) => b.groupId)).toEqual([null, w.groupA1]); // also a 党员 of the branch
    expect((await call('secretaryb', 'GET', `/api/branches/${w.branchA}/record-books?year=2025`)).statusCode).toBe(404);
  });

  it('refuses to close before the year ends, with meetings still planned, or for someone else', async () => {
    const url = `/api/branches/${w.branchA}/record-books/close`;
    await refused(400, /2026 年度尚未结束/, 'secretarya', 'POST', url, { year: 2026, closedOn: '2026-11-24' });
    await refused(400, /须在 2025 年度结束之后/, 'secretarya', 'POST', url, { year: 2025, closedOn: '2025-12-31' });
    await refused(400, /不能晚于今天/, 'secretarya', 'POST', url, { year: 2025, closedOn: '2026-12-01' });
    await refused(400, /还有 1 次计划中的会议.*2025-12-20 支部党员大会（年终党员大会）/, 'secretarya', 'POST', url, { year: 2025, closedOn: '2026-01-05' });
    await refused(403, /只有机关党委管理员、本支部书记/, 'membera', 'POST', url, { year: 2025, closedOn: '2026-01-05' });
    await refused(403, /只有机关党委管理员、本支部书记/, 'pubA'.toLowerCase(), 'POST', url, { year: 2025, closedOn: '2026-01-05' });
    await refused(404, /党支部/, 'secretaryb', 'POST', url, { year: 2025, closedOn: '2026-01-05' });
  });

  it('closes the book: its PDF is frozen with a cover, a catalog with page numbers and every record', async () => {
    ok(await call('secretarya', 'POST', `/api/meetings/${ids.planned}/cancel`));
    const closed = ok(await call('secretarya', 'POST', `/api/branches/${w.branchA}/record-books/close`, { year: 2025, closedOn: '2026-01-05' }));
    expect(closed).toMatchObject({ groupId: null, closed: true, closedOn: '2026-01-05', closedBy: '张三', entryCount: 4, abilities: { close: false, handOver: true } });
    ids.book = closed.id;
    await refused(409, /已于 2026-01-05 封存/, 'secretarya', 'POST', `/api/branches/${w.branchA}/record-books/close`, { year: 2025, closedOn: '2026-01-06' });
    const row = await w.database.db.selectFrom('record_books').selectAll().where('id', '=', ids.book!).executeTakeFirstOrThrow();
    expect(row.file_sha256).toMatch(/^[0-9a-f]{64}$/);
    const audit = await w.database.db.selectFrom('audit_log').select('action').where('entity_id', '=', ids.book!).execute();
    expect(audit.map((a) => a.action)).toEqual(['recordBook.closed']);

    const res = await call('membera', 'GET', `/api/record-books/${ids.book}/file.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.rawPayload;
    if (process.env.BOOK_PDF_OUT) writeFileSync(process.env.BOOK_PDF_OUT, pdf);
    const pages = await pdfPagesText(pdf);
    const total = pages.length;
    pages.forEach((text, i) => expect(text.replace(/\s+/g, '')).toContain(`第${i + 1}页/共${total}页`));
    expect(pages[0]).toContain('中共测试机关第一党支部会议记录本');
    expect(pages[0]).toMatch(/起止日期：\s*2025年3月10日至2025年9月12日/);
    expect(pages[0]).toContain('保管人');
    expect(pages[0]).toContain('李四'); // the 组织委员 keeps it
    // the catalog: one line per record in date order, each with the page it starts on
    const catalog = pages[1]!;
    expect(catalog).toContain('目录');
    const expected: Array<[string, string, string]> = [
      ['2025-03-10', '支部党员大会', '支部党员大会记录'],
      ['2025-05-06起', '谈心谈话', '谈心谈话汇总台账'],
      ['2025-06-20', '党课', '党课记录'],
      ['2025-09-12', '主题党日', '主题党日记录'],
    ];
    const lines = catalog.split('\n');
    const pageOf = (date: string) => {
      const line = lines.find((l) => l.includes(date));
      expect(line, date).toBeTruthy();
      return Number(line!.trim().split(/\s+/).at(-1));
    };
    const order = expected.filter(([d]) => !d.endsWith('起')).map(([d]) => pageOf(d));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const [date, kind, heading] of expected) {
      const n = pageOf(date);
      expect(lines.find((l) => l.includes(date))).toContain(kind);
      expect(pages[n - 1], `${heading} on page ${n}`).toContain(heading);
    }
    // the group's 党小组会 is in the group's book, not the branch's
    expect(pages.join('\n')).not.toContain('2025-04-08');
    const assembly = pages[pageOf('2025-03-10') - 1]!;
    expect(assembly).toContain('中共测试机关第一党支部 2025 年度');
    expect(assembly).toMatch(/时间：\s*2025年3月10日 14:00—16:00/);
    expect(assembly).toMatch(/应到：\s*8\s*人/);
    expect(assembly).toMatch(/实到：\s*6\s*人/);
    expect(assembly).toContain('冯二（出差）');
    expect(assembly).toMatch(/缺席：\s*1 人：陈三/);
    expect(assembly).toMatch(/列席：\s*孙八/);
    expect(assembly).toContain('通过年度工作计划');
    expect(pages[pageOf('2025-06-20') - 1]).toContain('学习贯彻党的二十大精神');
    expect(pages[pageOf('2025-09-12') - 1]).toMatch(/重温入党誓词：\s*是/);
    // the derived line, not the old stored tick (which said 是): 8 present, 2 paid by the day (the third paid later)
    const themeDay = pages[pageOf('2025-09-12') - 1]!.replace(/\s+/g, '');
    expect(themeDay).toContain('交纳当月党费：出席党员8人中2人已交本月党费');
    expect(themeDay).not.toContain('交纳党费：是');
    expect(pages[pageOf('2025-05-06') - 1]).toContain('学习不够系统');
  });

  it('refuses every edit to a record of the closed book with 409, and saves nothing', async () => {
    const closedMsg = /2025 年度党支部会议记录本已于 2026-01-05 封存，其中的记录不能再修改/;
    await refused(409, closedMsg, 'secretarya', 'PATCH', `/api/meetings/${ids.assembly}`, { place: '别处' });
    await refused(409, closedMsg, 'admin', 'PUT', `/api/meetings/${ids.assembly}/attendance`, { entries: FULL_A.map((k) => ({ personId: p(k), status: 'present' })) });
    await refused(409, closedMsg, 'secretarya', 'POST', `/api/branches/${w.branchA}/meetings`, { kind: 'assembly', heldOn: '2025-07-01', title: '补登' });
    const now = ok(await call('secretarya', 'POST', `/api/branches/${w.branchA}/meetings`, { kind: 'assembly', heldOn: '2026-12-01', title: '年底党员大会' }));
    await refused(409, closedMsg, 'secretarya', 'PATCH', `/api/meetings/${now.id}`, { heldOn: '2025-11-30' });
    const cookie = await cookieOf('secretarya');
    const before = await state();
    const up = await w.app.inject({
      method: 'POST',
      url: `/api/attachments?entityType=meeting&entityId=${ids.assembly}&slot=minutes`,
      headers: { cookie, 'content-type': 'application/octet-stream', 'x-file-name': 'minutes.pdf' },
      payload: Buffer.from('%PDF-1.4\n%%EOF\n'),
    });
    expect(up.statusCode).toBe(409);
    expect(up.json().error.message).toMatch(closedMsg);
    expect(await state()).toBe(before);
    expect(ok(await call('secretarya', 'GET', `/api/meetings/${ids.lecture}`)).abilities).toMatchObject({ edit: false, submit: true });
    // submitting to the 机关党委 is not an edit of the record
    expect(ok(await call('secretarya', 'POST', `/api/meetings/${ids.assembly}/submit`)).reviewStatus).toBe('submitted');
    // the group's book is still open
    expect(ok(await call('leadera1', 'PATCH', `/api/meetings/${ids.group}`, { place: '小组活动室' })).place).toBe('小组活动室');
  });

  it('hands the book over once', async () => {
    const url = `/api/record-books/${ids.book}/hand-over`;
    await refused(400, /不能早于封存日期/, 'secretarya', 'POST', url, { handedTo: '机关档案室', handedOverOn: '2026-01-04' });
    await refused(400, /请填写接收人/, 'secretarya', 'POST', url, { handedTo: ' ', handedOverOn: '2026-01-10' });
    await refused(403, /只有机关党委管理员/, 'membera', 'POST', url, { handedTo: '机关档案室', handedOverOn: '2026-01-10' });
    const handed = ok(await call('secretarya', 'POST', url, { handedTo: '机关档案室', handedOverOn: '2026-01-10' }));
    expect(handed).toMatchObject({ id: ids.book, handedTo: '机关档案室', handedOverOn: '2026-01-10', abilities: { handOver: false } });
    await refused(409, /已于 2026-01-10 移交给机关档案室/, 'secretarya', 'POST', url, { handedTo: '别人', handedOverOn: '2026-01-11' });
  });

  it('a 党小组长 closes the group’s book; its PDF holds the 党小组会 only', async () => {
    const closed = ok(await call('leadera1', 'POST', `/api/branches/${w.branchA}/record-books/close`, { year: 2025, groupId: w.groupA1, closedOn: '2026-01-08' }));
    expect(closed).toMatchObject({ groupId: w.groupA1, closed: true, entryCount: 1 });
    const pages = await pdfPagesText((await call('leadera1', 'GET', `/api/record-books/${closed.id}/file.pdf`)).rawPayload);
    expect(pages[0]).toContain('第一党小组会议记录本');
    expect(pages[1]).toContain('2025-04-08');
    expect(pages.join('\n')).not.toContain('2025-03-10');
    await refused(409, /2025 年度党小组会议记录本已于 2026-01-08 封存/, 'leadera1', 'PATCH', `/api/meetings/${ids.group}`, { place: '别处' });
  });

  it('renders the live book on demand, for readers only', async () => {
    const res = await call('membera', 'GET', `/api/branches/${w.branchA}/record-books/book.pdf?year=2026`);
    expect(res.statusCode).toBe(200);
    const pages = await pdfPagesText(res.rawPayload);
    expect(pages[1]).toContain('本年度没有已召开的会议记录');
    expect((await call('memberb', 'GET', `/api/branches/${w.branchA}/record-books/book.pdf?year=2025`)).statusCode).toBe(404);
  });
});
