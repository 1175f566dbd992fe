import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { ROUTE_ALLOWLIST } from '../src/http/allowlist.js';
import { buildWorld, type World } from './fixtures.js';

/**
 * contracts §4: every route outside the allowlist is scoped. Walked as an anonymous user and as users of another
 * branch, each answers 401/403/404 (or, for a list, a 200 that holds nothing of the other branch) and changes nothing.
 * A route in neither the allowlist nor this walk fails the test, so a new route cannot slip through unchecked.
 */
type Sample = { query?: string; body?: unknown; listing?: boolean; contentType?: string };

let w: World;
let samples: Record<string, (ids: Ids) => Sample>;
interface Ids {
  branchA: string;
  groupA1: string;
  memberA: string;
  accountA: string;
  postA: string;
  attachmentA: string;
  jobA: string;
  committeeA?: string;
  committeeMemberA?: string;
  vacancyA?: string;
  electionA?: string;
  meetingA?: string;
  lifeMeetingA?: string;
  talkA?: string;
  selfInspectionA?: string;
  criticismA?: string;
  rectificationA?: string;
  reportA?: string;
  memberReportA?: string;
  developmentA?: string;
  noticeA?: string;
  recordBookA?: string;
  appraisalA?: string;
  exemptionA: string;
  venuePlanA?: string;
  hardshipA?: string;
  archiveUploadA?: string;
  transferA?: string;
  workAssignmentA?: string;
  caseA?: string;
  venueA?: string;
  assessmentA?: string;
}
let ids: Ids;
/** a 1×1 PNG (活动阵地 photos are content-checked as images) */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
let markers: string[];

beforeAll(async () => {
  w = await buildWorld();
  const db = w.database.db;
  const accountA = await db.selectFrom('accounts').select('id').where('username', '=', 'membera').executeTakeFirstOrThrow();
  const postA = await db.selectFrom('branch_posts').select('id').where('person_id', '=', w.persons.secretaryA!).executeTakeFirstOrThrow();
  const sec = await w.login('secretarya');
  const up = await w.app.inject({
    method: 'POST',
    url: `/api/attachments?entityType=person&entityId=${w.persons.memberA}`,
    headers: { cookie: sec, 'content-type': 'application/octet-stream', 'x-file-name': 'a.pdf' },
    payload: Buffer.from('%PDF-1.4\n%%EOF\n'),
  });
  const admin = await w.login('admin');
  const job = await w.app.inject({ method: 'POST', url: '/api/imports/roster/preview', headers: { cookie: admin, 'content-type': 'application/octet-stream' }, payload: Buffer.from('PK') });
  const jobA = job.json().jobId as string;
  // let the background job settle, so that its own progress writes are not mistaken for a change by the walk
  for (let i = 0; i < 100; i++) {
    const j = await db.selectFrom('jobs').select('status').where('id', '=', jobA).executeTakeFirstOrThrow();
    if (j.status !== 'running') break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const ex = await w.app.inject({ method: 'POST', url: '/api/check/exemptions', headers: { cookie: admin }, payload: { branchId: w.branchA, rule: 'ORG-4.group-composition', fromOn: '2026-01-01', toOn: '2026-12-31', reason: '党小组调整中' } });
  if (ex.statusCode !== 200) throw new Error(ex.body);
  const exemptionA = (await db.selectFrom('rule_exemptions').select('id').where('branch_id', '=', w.branchA).executeTakeFirstOrThrow()).id;
  ids = { branchA: w.branchA, groupA1: w.groupA1, memberA: w.persons.memberA!, accountA: accountA.id, postA: postA.id, attachmentA: up.json().id, jobA, exemptionA };
  // branch A's committee term, one of its posts, an open vacancy and a draft election (issue 4 §5–6)
  const term = await w.app.inject({
    method: 'POST',
    url: `/api/branches/${w.branchA}/committees`,
    headers: { cookie: admin },
    payload: { kind: 'committee', startOn: '2025-01-01', termYears: 3, members: [{ personId: w.persons.secretaryA, role: 'secretary' }, { personId: w.persons.orgA, role: 'organizationMember' }, { personId: w.persons.pubA, role: 'publicityMember' }] },
  });
  if (term.statusCode !== 200) throw new Error(term.body);
  const committeeA = term.json().id as string;
  const rowOf = (key: string) => (term.json().members as { id: string; personId: string }[]).find((m) => m.personId === w.persons[key])?.id;
  const vac = await w.app.inject({ method: 'POST', url: `/api/committees/${committeeA}/vacancies`, headers: { cookie: admin }, payload: { memberId: rowOf('pubA'), arisenOn: '2026-10-01', reason: '调离本单位' } });
  const el = await w.app.inject({
    method: 'POST',
    url: `/api/branches/${w.branchA}/elections`,
    headers: { cookie: admin },
    payload: { kind: 'general', committeeKind: 'committee', seats: 3, termYears: 3, plannedOn: '2027-12-01', nomineeIds: ['secretaryA', 'orgA', 'memberA', 'spare1'].map((k) => w.persons[k]) },
  });
  if (el.statusCode !== 200) throw new Error(el.body);
  Object.assign(ids, { committeeA, committeeMemberA: rowOf('orgA'), vacancyA: vac.json().vacancies[0].id as string, electionA: el.json().id as string });
  // a planned 党员大会 of branch A (issue 5)
  const mt = await w.app.inject({ method: 'POST', url: `/api/branches/${w.branchA}/meetings`, headers: { cookie: admin }, payload: { kind: 'assembly', heldOn: '2026-11-20', hostPersonId: w.persons.secretaryA, recorderPersonId: w.persons.orgA, agenda: ['学习党章'] } });
  if (mt.statusCode !== 200) throw new Error(mt.body);
  ids.meetingA = mt.json().id as string;
  // branch A's 2026 民主评议党员, online ballot (issue 5 §7)
  const ap = await w.app.inject({ method: 'POST', url: `/api/branches/${w.branchA}/appraisals`, headers: { cookie: admin }, payload: { year: 2026, startedOn: '2026-11-20', ballotMode: 'online' } });
  if (ap.statusCode !== 200) throw new Error(ap.body);
  ids.appraisalA = ap.json().id as string;
  // branch A's 组织生活会 with its parts, a talk, a report and a 党员汇报 (issue 5 §5, §6, §8)
  const post = async (url: string, payload: object) => {
    const res = await w.app.inject({ method: 'POST', url, headers: { cookie: admin }, payload });
    if (res.statusCode !== 200) throw new Error(res.body);
    return res.json();
  };
  const lm = await post(`/api/branches/${w.branchA}/meetings`, { kind: 'lifeMeeting', heldOn: '2026-11-10', agenda: ['对照检查'] });
  ids.lifeMeetingA = lm.id as string;
  ids.talkA = (await post(`/api/branches/${w.branchA}/talks`, { purpose: 'beforeLifeMeeting', talkedOn: '2026-11-05', talkerPersonId: w.persons.secretaryA, talkeePersonId: w.persons.memberA, topics: '会前谈心', lifeMeetingId: lm.id })).id;
  ids.selfInspectionA = (await post(`/api/meetings/${lm.id}/self-inspections`, { personId: w.persons.secretaryA, summary: '对照检查' })).selfInspections[0].id;
  ids.criticismA = (await post(`/api/meetings/${lm.id}/criticisms`, { targetPersonId: w.persons.secretaryA, criticPersonId: w.persons.memberA, opinion: '调研不够' })).criticisms[0].id;
  ids.rectificationA = (await post(`/api/meetings/${lm.id}/rectifications`, { source: 'criticism', problem: '调研不够', measure: '走访科室', ownerName: '张三', deadline: '2026-12-31' })).rectifications[0].id;
  ids.reportA = (await post(`/api/branches/${w.branchA}/reports`, { year: 2026, kind: 'toOrgan', title: '年度工作报告', body: '正文' })).id;
  ids.memberReportA = (await post(`/api/branches/${w.branchA}/member-reports`, { personId: w.persons.memberA, year: 2026, reportedOn: '2026-11-18', audience: 'group' })).id;
  // branch A's venue plan and hardship record (issue 6 items 6, 10)
  ids.venuePlanA = (await post(`/api/branches/${w.branchA}/venue-plans`, { year: 2026, title: '活动室租用', amountFen: 10000 })).id;
  ids.archiveUploadA = (await post(`/api/branches/${w.branchA}/archives/uploads`, { year: 2026, category: 'education', kind: 'plan', title: '学习方案', file: { fileName: 'a.png', contentBase64: PNG } })).id;
  ids.hardshipA = (await post(`/api/branches/${w.branchA}/hardships`, { personId: w.persons.memberA, kind: 'illness', details: '住院治疗', sinceOn: '2026-05-01' })).id;
  // branch A's relation transfer and assigned work (issue 6 items 7, 8)
  ids.transferA = (await post(`/api/branches/${w.branchA}/transfers`, { direction: 'out', kind: 'temporary', personId: w.persons.memberA, issuedOn: '2026-11-20', otherOrg: '某县驻村工作队', effectiveOn: '2026-11-20' })).id;
  ids.workAssignmentA = (await post(`/api/branches/${w.branchA}/work-assignments`, { personId: w.persons.memberA, title: '联系困难群众', assignedOn: '2026-11-01', dueOn: '2026-11-30' })).id;
  // a draft case of branch A (典型经验库, REQ-4)
  ids.caseA = (await post(`/api/branches/${w.branchA}/cases`, { title: '第一党支部经验草稿', summary: '摘要', body: '正文', tags: ['学习'], clauses: ['LIFE-5'] })).id;
  // branch A's activity room with its flag ticked (VEN-1) and its WeChat group (VEN-3)
  ids.venueA = (await post(`/api/branches/${w.branchA}/venues`, { kind: 'activityRoom', name: '第一党支部活动室' })).id;
  await w.app.inject({ method: 'PUT', url: `/api/venues/${ids.venueA}/items/flag`, headers: { cookie: admin }, payload: { photos: [{ fileName: 'flag.png', contentBase64: PNG }] } });
  await w.app.inject({ method: 'PUT', url: `/api/branches/${w.branchA}/chat-group`, headers: { cookie: admin }, payload: { name: '第一党支部', managerPersonId: w.persons.secretaryA, listedOn: '2026-11-20', members: '张三\n李四' } });
  // the organ's 2026 assessment, a draft (检查考核, REQ-4): a branch user sees no draft
  ids.assessmentA = (await post('/api/assessments', { year: 2026 })).id;
  // branch A's closed 2025 record book (LED-1), inserted as closing would leave it
  ids.recordBookA = crypto.randomUUID();
  await db.insertInto('record_books').values({ id: ids.recordBookA, organ_id: w.organId, branch_id: w.branchA, group_id: null, year: 2025, closed_on: '2026-01-05', closed_by: '张三', file_sha256: null }).execute();
  // a development file of branch A with a 公示 (issue 6 §1)
  const dev = await post(`/api/branches/${w.branchA}/developments`, { person: { name: '申请甲', idNumber: '110101199603030013' }, appliedOn: '2026-11-02' });
  ids.developmentA = dev.id as string;
  ids.noticeA = (await post(`/api/developments/${dev.id}/notices`, { stage: 'activist', startOn: '2026-11-09', endOn: '2026-11-13' })).notices[0].id as string;
  const aPeople = await db.selectFrom('persons').select(['id', 'name', 'id_number']).where('id', 'in', [...['secretaryA', 'orgA', 'pubA', 'leaderA1', 'memberA', 'activistA'].map((k) => w.persons[k]!), dev.person.id as string]).execute();
  markers = [w.branchA, '第一党支部', ...aPeople.flatMap((p) => [p.id, p.name, p.id_number])];
  samples = {
    'GET /api/organ': () => ({ listing: true }),
    'PATCH /api/organ': () => ({ body: { sessionIdleMinutes: 60 } }),
    'GET /api/units': () => ({ listing: true }),
    'POST /api/units': () => ({ body: { name: '新委室' } }),
    'GET /api/branches': () => ({ listing: true }),
    'POST /api/branches': () => ({ body: { fullName: '中共测试机关第三党支部', shortName: '第三党支部', kind: 'single', unitIds: [] } }),
    'GET /api/branches/:id': () => ({}),
    'PATCH /api/branches/:id': () => ({ body: { shortName: '改名党支部' } }),
    'POST /api/branches/:id/dissolve': () => ({ body: { effectiveOn: '2026-11-24', reason: '机构调整' } }),
    'POST /api/branches/:id/groups': () => ({ body: { name: '新党小组' } }),
    'PATCH /api/groups/:id': () => ({ body: { name: '改名小组' } }),
    'POST /api/branches/:id/posts': (i) => ({ body: { personId: i.memberA, role: 'committeeMember', startOn: '2026-01-01' } }),
    'POST /api/posts/:id/end': () => ({ body: { endOn: '2026-11-01' } }),
    'GET /api/persons': (i) => ({ query: `branchId=${i.branchA}&q=zs`, listing: true }),
    'POST /api/persons': (i) => ({ body: { name: '新人', idNumber: '11010519491231002X', category: 'full', branchId: i.branchA } }),
    'GET /api/persons/:id': () => ({}),
    'PATCH /api/persons/:id': () => ({ body: { phone: '13900000000' } }),
    'POST /api/persons/:id/move': (i) => ({ body: { branchId: i.branchA, effectiveOn: '2026-11-24' } }),
    'GET /api/persons/:id/history': () => ({}),
    'GET /api/accounts': (i) => ({ query: `branchId=${i.branchA}` }),
    'POST /api/accounts': () => ({ body: { username: 'intruder', organRoles: ['organAdmin'] } }),
    'POST /api/branches/:id/accounts': () => ({}),
    'POST /api/accounts/:id/reset-password': () => ({}),
    'POST /api/accounts/:id/unlock': () => ({}),
    'GET /api/attachments': (i) => ({ query: `entityType=person&entityId=${i.memberA}` }),
    'POST /api/attachments': (i) => ({ query: `entityType=person&entityId=${i.memberA}`, body: Buffer.from('%PDF-1.4\n%%EOF\n'), contentType: 'application/octet-stream' }),
    'GET /api/attachments/:id/content': () => ({}),
    'DELETE /api/attachments/:id': () => ({}),
    'GET /api/imports/roster/template': () => ({}),
    'POST /api/imports/roster/preview': () => ({ body: Buffer.from('PK'), contentType: 'application/octet-stream' }),
    'POST /api/imports/roster/apply': () => ({ body: Buffer.from('PK'), contentType: 'application/octet-stream' }),
    'GET /api/exports/roster.xlsx': (i) => ({ query: `branchId=${i.branchA}`, listing: true }),
    'GET /api/exports/roster.pdf': (i) => ({ query: `branchId=${i.branchA}` }),
    'GET /api/jobs/:id': () => ({}),
    'GET /api/branches/:id/committees': () => ({}),
    'POST /api/branches/:id/committees': (i) => ({ body: { kind: 'committee', startOn: '2026-11-01', termYears: 3, members: [{ personId: i.memberA, role: 'secretary' }] } }),
    'POST /api/committees/:id/vacancies': (i) => ({ body: { memberId: i.committeeMemberA, arisenOn: '2026-11-01', reason: '调离本单位' } }),
    'POST /api/vacancies/:id/fill': (i) => ({ body: { personId: i.memberA, on: '2026-11-20' } }),
    'POST /api/committees/:id/extensions': () => ({ body: { months: 6, reason: '工作需要', approvedOn: '2026-11-01' } }),
    'POST /api/committees/:id/appointments': (i) => ({ body: { personId: i.memberA, role: 'secretary', on: '2026-11-20', reason: '工作调整' } }),
    'PATCH /api/committee-members/:id/approval': () => ({ body: { approvedOn: '2026-11-20' } }),
    'GET /api/elections': (i) => ({ query: `branchId=${i.branchA}`, listing: true }),
    'POST /api/branches/:id/elections': (i) => ({ body: { kind: 'general', committeeKind: 'committee', seats: 3, termYears: 3, plannedOn: '2027-12-01', nomineeIds: [i.memberA] } }),
    'GET /api/elections/:id': () => ({}),
    'PATCH /api/elections/:id': () => ({ body: { note: '改备注' } }),
    'POST /api/elections/:id/early-approval': () => ({ body: { approvedOn: '2026-11-20' } }),
    'PUT /api/elections/:id/result': (i) => ({ body: { heldOn: '2026-11-20', attendance: [{ personId: i.memberA, attendance: 'present' }], tallies: [], roles: [] } }),
    'PUT /api/elections/:id/roles': (i) => ({ body: { roles: [{ personId: i.memberA, role: 'secretary' }] } }),
    'POST /api/elections/:id/submit': () => ({}),
    'POST /api/elections/:id/decision': () => ({ body: { decision: 'approve', decidedOn: '2026-11-20' } }),
    'GET /api/elections/:id/report.pdf': () => ({}),
    'POST /api/elections/:id/meeting': (i) => ({ body: { hostPersonId: i.memberA } }),
    'GET /api/branches/:id/check': () => ({}),
    'GET /api/check/matrix': () => ({}),
    'GET /api/check/matrix.xlsx': () => ({}),
    'GET /api/dashboard': (i) => ({ query: `branchId=${i.branchA}&year=2026` }),
    'GET /api/todos': () => ({ listing: true }),
    'GET /api/check/settings': () => ({}),
    'POST /api/check/params': () => ({ body: { key: 'org.minFullMembers', value: 1, effectiveFrom: '2026-01-01' } }),
    'POST /api/check/exemptions': (i) => ({ body: { branchId: i.branchA, rule: 'ORG-1.min-full-members', fromOn: '2026-01-01', toOn: '2026-12-31', reason: '越权豁免' } }),
    'DELETE /api/check/exemptions/:id': () => ({}),
    'POST /api/branches/:id/calendar-feed': () => ({}),
    'GET /api/branches/:id/meetings': () => ({ listing: true }),
    'POST /api/branches/:id/meetings': (i) => ({ body: { kind: 'assembly', heldOn: '2026-11-20', hostPersonId: i.memberA, agenda: ['越权'] } }),
    'GET /api/meetings/:id': () => ({}),
    'PATCH /api/meetings/:id': () => ({ body: { place: '别处' } }),
    'PUT /api/meetings/:id/attendance': (i) => ({ body: { entries: [{ personId: i.memberA, status: 'present' }] } }),
    'POST /api/meetings/:id/hold': () => ({}),
    'POST /api/meetings/:id/cancel': () => ({}),
    'POST /api/meetings/:id/submit': () => ({}),
    'POST /api/meetings/:id/review': () => ({ body: { action: 'spotCheck', note: '越权抽查' } }),
    'GET /api/meetings/:id/sign-in.pdf': () => ({}),
    'GET /api/branches/:id/appraisals': () => ({ query: 'year=2026', listing: true }),
    'POST /api/branches/:id/appraisals': () => ({ body: { year: 2025, startedOn: '2026-01-10' } }),
    'GET /api/appraisals/:id': () => ({}),
    'PATCH /api/appraisals/:id': () => ({ body: { ballotMode: 'paper' } }),
    'PUT /api/appraisals/:id/self-reviews/:personId': () => ({ body: { text: '越权填写的个人自评内容很长' } }),
    'PUT /api/appraisals/:id/peer-reviews': () => ({ body: { on: '2026-11-21', entries: [] } }),
    'POST /api/appraisals/:id/advance': () => ({ body: { to: 'peerReview' } }),
    'PUT /api/appraisals/:id/tallies': () => ({ body: { on: '2026-11-21', ballotsIssued: 1, ballotsReturned: 1, entries: [] } }),
    'POST /api/appraisals/:id/ballot/open': () => ({}),
    'POST /api/appraisals/:id/ballot/close': () => ({}),
    'POST /api/appraisals/:id/ballot': (i) => ({ body: { votes: [{ personId: i.memberA, grade: 'excellent' }] } }),
    'PUT /api/appraisals/:id/grades': () => ({ body: { gradedOn: '2026-11-22', entries: [] } }),
    'GET /api/appraisals/:id/register.pdf': () => ({}),
    'GET /api/appraisals/:id/ballot-sheet.pdf': () => ({}),
    'GET /api/appraisals/:id/tally.pdf': () => ({}),
    'GET /api/branches/:id/talks': () => ({ listing: true }),
    'POST /api/branches/:id/talks': (i) => ({ body: { purpose: 'routine', talkedOn: '2026-11-20', talkerPersonId: i.memberA, talkeePersonId: i.memberA, topics: '越权登记' } }),
    'GET /api/talks/:id': () => ({}),
    'PATCH /api/talks/:id': () => ({ body: { place: '别处' } }),
    'DELETE /api/talks/:id': () => ({}),
    'GET /api/branches/:id/talk-coverage': () => ({ query: 'year=2026' }),
    'GET /api/meetings/:id/life-meeting': () => ({}),
    'PUT /api/meetings/:id/life-meeting/preparation': () => ({ body: { theme: '越权' } }),
    'POST /api/meetings/:id/self-inspections': (i) => ({ body: { personId: i.memberA } }),
    'PATCH /api/self-inspections/:id': () => ({ body: { summary: '越权' } }),
    'DELETE /api/self-inspections/:id': () => ({}),
    'POST /api/meetings/:id/criticisms': (i) => ({ body: { targetPersonId: i.memberA, criticPersonId: i.memberA, opinion: '越权意见' } }),
    'PATCH /api/criticisms/:id': () => ({ body: { response: '越权' } }),
    'DELETE /api/criticisms/:id': () => ({}),
    'POST /api/meetings/:id/rectifications': () => ({ body: { source: 'other', problem: '越权问题', measure: '越权措施', ownerName: '某某', deadline: '2026-12-31' } }),
    'PATCH /api/rectifications/:id': () => ({ body: { status: 'carriedOver', carryReason: '越权' } }),
    'DELETE /api/rectifications/:id': () => ({}),
    'GET /api/branches/:id/rectifications': () => ({ listing: true }),
    'GET /api/branches/:id/reports': () => ({ listing: true }),
    'POST /api/branches/:id/reports': () => ({ body: { year: 2025, kind: 'toOrgan', title: '越权报告' } }),
    'PATCH /api/reports/:id': () => ({ body: { title: '越权改题' } }),
    'POST /api/reports/:id/submit': () => ({}),
    'POST /api/reports/:id/review': () => ({ body: { action: 'return', note: '越权退回' } }),
    'GET /api/organ/reports': () => ({ listing: true }),
    'GET /api/branches/:id/member-reports': () => ({ listing: true }),
    'POST /api/branches/:id/member-reports': (i) => ({ body: { personId: i.memberA, year: 2025, reportedOn: '2025-12-01', audience: 'branch' } }),
    'PATCH /api/member-reports/:id': () => ({ body: { content: '越权' } }),
    'DELETE /api/member-reports/:id': () => ({}),
    'GET /api/branches/:id/record-books': () => ({ query: 'year=2025' }),
    'GET /api/branches/:id/record-books/book.pdf': () => ({ query: 'year=2025' }),
    'POST /api/branches/:id/record-books/close': (i) => ({ body: { year: 2025, groupId: i.groupA1, closedOn: '2026-01-10' } }),
    'POST /api/record-books/:id/hand-over': () => ({ body: { handedTo: '档案室', handedOverOn: '2026-01-20' } }),
    'GET /api/record-books/:id/file.pdf': () => ({}),
    'GET /api/branches/:id/meeting-plan/draft': () => ({ query: 'year=2026' }),
    'POST /api/branches/:id/meeting-plan': () => ({ body: { items: [{ kind: 'assembly', heldOn: '2026-12-15' }] } }),
    // 党费 (issue 6 §4–5)
    'GET /api/branches/:id/dues': () => ({ query: 'year=2026' }),
    'PUT /api/branches/:id/dues/bases': (i) => ({ body: { personId: i.memberA, fromMonth: '2026-01', category: 'onJob', base: '6000.00' } }),
    'DELETE /api/branches/:id/dues/bases/:itemId': () => ({}),
    'GET /api/branches/:id/dues/bases/template.xlsx': () => ({ query: 'year=2026' }),
    'POST /api/branches/:id/dues/bases/import': () => ({ query: 'year=2026', body: Buffer.from('PK'), contentType: 'application/octet-stream' }),
    'POST /api/branches/:id/dues/reductions': (i) => ({ body: { personId: i.memberA, fromMonth: '2026-01', toMonth: '2026-03', amount: '0', reason: '越权', branchDecidedOn: '2026-01-05', approvalRef: '越权', approvedOn: '2026-01-10' } }),
    'DELETE /api/branches/:id/dues/reductions/:itemId': () => ({}),
    'POST /api/branches/:id/dues/payments': (i) => ({ body: { personId: i.memberA, months: ['2026-11'], paidOn: '2026-11-20', method: 'cash' } }),
    'POST /api/branches/:id/dues/voluntary': (i) => ({ body: { personId: i.memberA, amount: '100', paidOn: '2026-11-20', method: 'cash' } }),
    'DELETE /api/branches/:id/dues/payments/:itemId': () => ({ query: 'reason=越权' }),
    'GET /api/branches/:id/dues/sheet.pdf': () => ({ query: 'month=2026-11' }),
    'GET /api/branches/:id/dues/ledger.xlsx': () => ({ query: 'year=2026' }),
    'GET /api/persons/:id/dues-card.pdf': () => ({}),
    'GET /api/meetings/:id/dues': () => ({}),
    'GET /api/branches/:id/developments': () => ({}),
    'POST /api/branches/:id/developments': (i) => ({ body: { personId: i.memberA, appliedOn: '2026-11-20' } }),
    'GET /api/developments/:id': () => ({}),
    'POST /api/developments/:id/steps/check': () => ({ body: { step: 2, doneOn: '2026-11-20', actor: '越权' } }),
    'POST /api/developments/:id/steps': () => ({ body: { step: 2, doneOn: '2026-11-20', actor: '越权' } }),
    'POST /api/developments/:id/evaluations': () => ({ body: { kind: 'memberRecommendation', heldOn: '2026-11-20', participantCount: 5, favourableCount: 5 } }),
    'POST /api/developments/:id/notices': () => ({ body: { stage: 'activist', startOn: '2026-11-16', endOn: '2026-11-20' } }),
    'PATCH /api/public-notices/:id': () => ({ body: { outcome: 'objectionUpheld' } }),
    'POST /api/developments/:id/stop': () => ({ body: { stoppedOn: '2026-11-20', reason: '越权终止' } }),
    'GET /api/developments/:id/record.pdf': () => ({}),
    'GET /api/workdays': () => ({}),
    'PUT /api/workdays': () => ({ body: { items: [{ day: '2026-11-25', isWorkday: false }] } }),
    'GET /api/branches/:id/funds': () => ({}),
    'POST /api/branches/:id/fund-expenses': () => ({ body: { occurredOn: '2026-11-20', amountFen: 100, title: '越权支出', useCategory: 'other', activityReport: '越权登记的活动书面报告内容', receipts: [{ fileName: 'a.pdf', contentBase64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64') }] } }),
    'GET /api/organ/funds/allocations': () => ({ query: 'year=2025' }),
    'POST /api/organ/funds/allocations': (i) => ({ body: { branchId: i.branchA, duesYear: 2025, occurredOn: '2026-11-20', amountFen: 100 } }),
    'GET /api/branches/:id/venue-plans': () => ({}),
    'POST /api/branches/:id/venue-plans': () => ({ body: { year: 2026, title: '越权计划', amountFen: 100 } }),
    'GET /api/organ/venue-plans': () => ({}),
    'POST /api/venue-plans/:id/decide': () => ({ body: { decision: 'approve' } }),
    'GET /api/branches/:id/venues': () => ({}),
    'POST /api/branches/:id/venues': () => ({ body: { kind: 'noticeBoard', name: '越权宣传栏' } }),
    'GET /api/venues/:id': () => ({}),
    'PATCH /api/venues/:id': () => ({ body: { name: '越权修改' } }),
    'DELETE /api/venues/:id': () => ({}),
    'PUT /api/venues/:id/items/:item': () => ({ body: { note: '越权', photos: [{ fileName: 'a.png', contentBase64: PNG }] } }),
    'DELETE /api/venues/:id/items/:item': () => ({}),
    'POST /api/venues/:id/items/:item/confirm': () => ({}),
    'GET /api/branches/:id/chat-group': () => ({}),
    'PUT /api/branches/:id/chat-group': () => ({ body: { name: '越权群', managerPersonId: null, listedOn: '2026-11-20', members: '越权者' } }),
    'GET /api/branches/:id/archives': () => ({ query: 'year=2026' }),
    'POST /api/branches/:id/archives/uploads': () => ({ body: { year: 2026, category: 'education', kind: 'plan', title: '越权上传', file: { fileName: 'a.png', contentBase64: PNG } } }),
    'POST /api/archives/uploads/:id/remove': () => ({ body: { reason: '越权移除' } }),
    'POST /api/branches/:id/archives/bind': () => ({ body: { year: 2026 } }),
    'GET /api/branches/:id/hardships': () => ({}),
    'POST /api/branches/:id/hardships': (i) => ({ body: { personId: i.memberA, kind: 'other', details: '越权登记', sinceOn: '2026-11-01' } }),
    'GET /api/hardships/:id': () => ({}),
    'PATCH /api/hardships/:id': () => ({ body: { details: '越权修改' } }),
    'POST /api/hardships/:id/visits': () => ({ body: { visitedOn: '2026-11-20', kind: 'visit', visitors: '越权者', description: '越权走访' } }),
    'GET /api/branches/:id/education': () => ({}),
    'POST /api/branches/:id/study-notebooks/issue': () => ({ body: { year: 2026, issuedOn: '2026-11-20' } }),
    'POST /api/branches/:id/study-notebooks/untick': (i) => ({ body: { year: 2026, personId: i.memberA } }),
    'POST /api/branches/:id/secretary-trainings': (i) => ({ body: { personId: i.memberA, title: '越权培训', organizer: '某单位', startOn: '2026-11-01', endOn: '2026-11-02' } }),
    'GET /api/persons/:id/talks': () => ({ listing: true }),
    'GET /api/branches/:id/transfers': () => ({ listing: true }),
    'POST /api/branches/:id/transfers': (i) => ({ body: { direction: 'out', kind: 'formal', personId: i.memberA, issuedOn: '2026-11-20', otherOrg: '越权转出', effectiveOn: '2026-11-20' } }),
    'GET /api/transfers/:id': () => ({}),
    'POST /api/transfers/:id/receive': () => ({ body: { receivedOn: '2026-11-21' } }),
    'POST /api/transfers/:id/receipt': () => ({ body: { receiptReturnedOn: '2026-11-22' } }),
    'POST /api/transfers/:id/cancel': () => ({}),
    'GET /api/transfers/:id/letter.pdf': () => ({}),
    'GET /api/branches/:id/work-assignments': () => ({ listing: true }),
    'POST /api/branches/:id/work-assignments': (i) => ({ body: { personId: i.memberA, title: '越权分配', assignedOn: '2026-11-01', dueOn: '2026-11-30' } }),
    'POST /api/work-assignments/:id/done': () => ({ body: { doneOn: '2026-11-20' } }),
    'GET /api/branches/:id/lapse-watch': () => ({}),
    'GET /api/persons/:id/study-records': () => ({}),
    'POST /api/persons/:id/study-records': () => ({ body: { studiedOn: '2026-11-20', title: '越权学习', form: 'self' } }),
    'GET /api/cases': () => ({ listing: true }),
    'GET /api/cases/:id': () => ({}),
    'POST /api/branches/:id/cases': () => ({ body: { title: '越权经验', summary: '摘要', body: '正文' } }),
    'PATCH /api/cases/:id': () => ({ body: { title: '越权修改' } }),
    'POST /api/cases/:id/submit': () => ({}),
    'POST /api/cases/:id/return': () => ({ body: { reason: '越权退回' } }),
    'POST /api/cases/:id/publish': () => ({}),
    'POST /api/cases/:id/promote': () => ({ body: { promoted: true } }),
    // 检查考核 (REQ-4, issue 7 §6)
    'GET /api/assessments': () => ({ listing: true }),
    'POST /api/assessments': () => ({ body: { year: 2024 } }),
    'GET /api/assessments/:id': () => ({}),
    'PUT /api/assessments/:id/scheme': () => ({ body: { title: '越权修改', items: [{ standard: 'ROLE', clause: 'ROLE-1', title: '越权', points: 100, method: 'assessor' }], grades: [{ grade: '合格', min: 0 }] } }),
    'POST /api/assessments/:id/open': () => ({}),
    'POST /api/assessments/:id/publish': () => ({}),
    'GET /api/assessments/:id/branches/:branchId': () => ({}),
    'PUT /api/assessments/:id/branches/:branchId/self': () => ({ body: { items: [], submit: true } }),
    'PUT /api/assessments/:id/branches/:branchId/items/:itemId': () => ({ body: { score: 1, note: '越权评分' } }),
    'GET /api/assessments/:id/results': () => ({}),
    'POST /api/assessments/:id/nominations': (i) => ({ body: { kind: 'advancedBranch', branchId: i.branchA, reason: '越权推荐' } }),
    'DELETE /api/assessments/:id/nominations/:nid': () => ({}),
  };
});
afterAll(async () => {
  await w.close();
});

/** Any record id under a branch's path (an outsider is refused on the branch before the record is looked up). */
const ITEM_ID = '00000000-0000-4000-8000-000000000001';

/** Which of branch A's records a path parameter names. */
function fill(url: string): string {
  const id = url.startsWith('/api/branches/') ? ids.branchA
    : url.startsWith('/api/groups/') ? ids.groupA1
    : url.startsWith('/api/persons/') ? ids.memberA
    : url.startsWith('/api/accounts/') ? ids.accountA
    : url.startsWith('/api/posts/') ? ids.postA
    : url.startsWith('/api/attachments/') ? ids.attachmentA
    : url.startsWith('/api/jobs/') ? ids.jobA
    : url.startsWith('/api/committees/') ? (ids.committeeA ?? '')
    : url.startsWith('/api/committee-members/') ? (ids.committeeMemberA ?? '')
    : url.startsWith('/api/vacancies/') ? (ids.vacancyA ?? '')
    : url.startsWith('/api/elections/') ? (ids.electionA ?? '')
    : url.startsWith('/api/appraisals/') ? (ids.appraisalA ?? '')
    : url.startsWith('/api/check/exemptions/') ? ids.exemptionA
    : /^\/api\/meetings\/:id\/(life-meeting|self-inspections|criticisms|rectifications)/.test(url) ? (ids.lifeMeetingA ?? '')
    : url.startsWith('/api/meetings/') ? (ids.meetingA ?? '')
    : url.startsWith('/api/talks/') ? (ids.talkA ?? '')
    : url.startsWith('/api/self-inspections/') ? (ids.selfInspectionA ?? '')
    : url.startsWith('/api/criticisms/') ? (ids.criticismA ?? '')
    : url.startsWith('/api/rectifications/') ? (ids.rectificationA ?? '')
    : url.startsWith('/api/reports/') ? (ids.reportA ?? '')
    : url.startsWith('/api/member-reports/') ? (ids.memberReportA ?? '')
    : url.startsWith('/api/record-books/') ? (ids.recordBookA ?? '')
    : url.startsWith('/api/venue-plans/') ? (ids.venuePlanA ?? '')
    : url.startsWith('/api/hardships/') ? (ids.hardshipA ?? '')
    : url.startsWith('/api/archives/uploads/') ? (ids.archiveUploadA ?? '')
    : url.startsWith('/api/transfers/') ? (ids.transferA ?? '')
    : url.startsWith('/api/work-assignments/') ? (ids.workAssignmentA ?? '')
    : url.startsWith('/api/developments/') ? (ids.developmentA ?? '')
    : url.startsWith('/api/public-notices/') ? (ids.noticeA ?? '')
    : url.startsWith('/api/cases/') ? (ids.caseA ?? '')
    : url.startsWith('/api/venues/') ? (ids.venueA ?? '')
    : url.startsWith('/api/assessments/') ? (ids.assessmentA ?? '')
    : '';
  // a second path parameter names one of A's members (民主评议's self review)
  // a second path parameter names one of A's members (民主评议's self review); `:itemId` a record under the branch (党费)
  return url.replace(':id', id).replace(':personId', ids.memberA).replace(':itemId', ITEM_ID).replace(':item', 'flag').replace(':branchId', ids.branchA).replace(':nid', ITEM_ID);
}

async function snapshot(): Promise<string> {
  const tables = await sql<{ t: string }>`select table_name as t from information_schema.tables where table_schema = 'public' and table_name not in ('sessions') order by 1`.execute(w.database.db);
  const parts: string[] = [];
  for (const { t } of tables.rows) {
    const r = await sql<{ h: string | null }>`select md5(coalesce(string_agg(x::text, ',' order by x::text), '')) as h from ${sql.table(t)} x`.execute(w.database.db);
    parts.push(`${t}:${r.rows[0]!.h}`);
  }
  return parts.join('\n');
}

describe('route walk (contracts §4)', () => {
  it('every API route is either allowlisted with a reason or walked here', () => {
    const apiRoutes = w.app.zhibuRoutes.filter((r) => r.url.startsWith('/api/'));
    expect(apiRoutes.length).toBeGreaterThan(20);
    const unknown = apiRoutes.map((r) => `${r.method} ${r.url}`).filter((k) => !ROUTE_ALLOWLIST[k] && !samples[k]);
    expect(unknown, 'new routes must join the allowlist (with a reason) or this walk').toEqual([]);
    for (const [k, v] of Object.entries(ROUTE_ALLOWLIST)) expect(v.reason.length, k).toBeGreaterThan(3);
  });

  for (const who of ['anonymous', 'secretaryb', 'memberb'] as const) {
    it(`as ${who}: branch A's records answer 401/403/404 or nothing of A, and nothing changes`, async () => {
      const cookie = who === 'anonymous' ? undefined : await w.login(who);
      const before = await snapshot();
      const failures: string[] = [];
      for (const r of w.app.zhibuRoutes.filter((x) => x.url.startsWith('/api/') && !ROUTE_ALLOWLIST[`${x.method} ${x.url}`])) {
        const s = samples[`${r.method} ${r.url}`]!(ids);
        const url = fill(r.url) + (s.query ? `?${s.query}` : '');
        const headers: Record<string, string> = { ...(cookie ? { cookie } : {}), ...(s.contentType ? { 'content-type': s.contentType } : {}) };
        const res = await w.app.inject({ method: r.method as 'GET', url, headers, ...(s.body !== undefined ? { payload: s.body as object } : {}) });
        const okStatus = who === 'anonymous' ? [401] : [401, 403, 404];
        if (okStatus.includes(res.statusCode)) {
          if (!res.json().error?.message) failures.push(`${r.method} ${url}: no error message`);
          continue;
        }
        if (who !== 'anonymous' && s.listing && res.statusCode === 200) {
          const leaked = markers.filter((m) => res.body.includes(m));
          if (leaked.length) failures.push(`${r.method} ${url}: leaks ${leaked.join(', ')}`);
          continue;
        }
        failures.push(`${r.method} ${url}: ${res.statusCode} ${res.body.slice(0, 120)}`);
      }
      expect(failures).toEqual([]);
      expect(await snapshot()).toBe(before);
    });
  }

  it('an assessor (organ-wide, reads what an assessment needs) sees branches but no one’s personal record', async () => {
    const cookie = await w.login('assessor');
    const person = await w.app.inject({ method: 'GET', url: `/api/persons/${ids.memberA}`, headers: { cookie } });
    expect(person.statusCode).toBe(404);
    const roster = await w.app.inject({ method: 'GET', url: '/api/persons', headers: { cookie } });
    expect(roster.json().items).toEqual([]);
    const branches = await w.app.inject({ method: 'GET', url: '/api/branches', headers: { cookie } });
    expect(branches.json().items.map((b: { shortName: string }) => b.shortName).sort()).toEqual(['第一党支部', '第二党支部']);
  });
});
