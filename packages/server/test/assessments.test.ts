import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, type World } from './fixtures.js';
import { apiClient } from './apiClient.js';

/**
 * Issue 7 §6 (检查考核, REQ-4): the 机关党委's annual assessment of branches — a scheme per year (default: every clause,
 * 100 points), self-assessment by the branch's 支委, scores from the year's findings or by assessors (never for their
 * own branch), totals, grades and ranks stored at publishing and never recomputed, nominations with reasons.
 */
let w: World;
const TABLES = ['assessments', 'assessment_items', 'assessment_scores', 'assessment_submissions', 'assessment_results', 'assessment_nominations', 'attachments', 'files'] as const;
const { call, ok, refused, auditOf } = apiClient(() => w, TABLES);
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n').toString('base64');

let branchC: string;
let id: string;
/** the test scheme's item ids: I1 ROLE-1 (40, assessor), I2 ROLE-2 (30, assessor), I3 VEN-1 (20, assessor), I4 LIFE-1 (10, findings) */
const I: Record<'I1' | 'I2' | 'I3' | 'I4', string> = { I1: '', I2: '', I3: '', I4: '' };
const A = () => `/api/assessments/${id}`;
const sheetUrl = (branchId: string) => `${A()}/branches/${branchId}`;
const itemUrl = (branchId: string, key: keyof typeof I) => `${sheetUrl(branchId)}/items/${I[key]}`;

type Line = { item: { id: string; clause: string; points: number; method: string }; fromFindings: null | { score: number; met: number; judged: number; reasons: string[] }; selfScore: number | null; score: number | null; note: string | null; effective: number | null; reason: string | null; evidence: { id: string; fileName: string }[] };
const lineOf = (sheet: { lines: Line[] }, key: keyof typeof I) => sheet.lines.find((l) => l.item.id === I[key])!;
const heldAssembly = (branchId: string, heldOn: string) =>
  w.database.db.insertInto('meetings').values({ id: crypto.randomUUID(), organ_id: w.organId, branch_id: branchId, kind: 'assembly', status: 'held', held_on: heldOn, title: '党员大会' }).execute();

beforeAll(async () => {
  w = await buildWorld();
  // a third branch, and an assessor who is on branch A's roster (郑一, spare1)
  const admin = await w.login('admin');
  const c = await w.app.inject({ method: 'POST', url: '/api/branches', headers: { cookie: admin }, payload: { fullName: '中共测试机关第三党支部', shortName: '第三党支部', kind: 'single', unitIds: [] } });
  branchC = c.json().id;
  const spare1 = await w.database.db.selectFrom('accounts').select('id').where('username', '=', 'spare1').executeTakeFirstOrThrow();
  await w.database.db.insertInto('account_roles').values({ account_id: spare1.id, role: 'assessor' }).execute();
  // branch A held its 党员大会 in Q2 only: LIFE-1 met 1 of the 3 closed quarters
  await heldAssembly(w.branchA, '2026-05-10');
});
afterAll(async () => {
  await w.close();
});

describe('the year’s scheme (draft)', () => {
  it('the organ admin creates the year with the default scheme: every clause, 100 points, default grades', async () => {
    const a = ok(await call('admin', 'POST', '/api/assessments', { year: 2026 }));
    id = a.id;
    expect(a).toMatchObject({ year: 2026, title: '2026年度党支部标准化建设检查考核', status: 'draft', totalPoints: 100, items: 36, publishedAt: null });
    expect(a.grades.map((g: { grade: string; min: number }) => `${g.grade}≥${g.min}`)).toEqual(['好≥90', '较好≥80', '一般≥60', '差≥0']);
    expect(a.schemeItems.find((i: Line['item']) => i.clause === 'LIFE-5')).toMatchObject({ standard: 'LIFE', standardLabel: '组织生活标准化', clauseTitle: '主题党日', points: 3.5, method: 'findings' });
    expect(a.schemeItems.find((i: Line['item']) => i.clause === 'ROLE-3')).toMatchObject({ method: 'assessor', points: 3 });
    expect(a.abilities).toMatchObject({ manage: true, score: false, selfAssessBranches: [] });
    expect((await auditOf(id)).map((e) => e.action)).toEqual(['assessment.created']);
  });

  it('one per year; only the organ admin creates; a member has no part in it; a branch sees no draft', async () => {
    await refused(409, /该年度的考核已存在/, 'admin', 'POST', '/api/assessments', { year: 2026 });
    await refused(403, /只有机关党委管理员/, 'secretarya', 'POST', '/api/assessments', { year: 2025 });
    await refused(403, /只有机关党委管理员/, 'assessor', 'POST', '/api/assessments', { year: 2025 });
    await refused(403, /只有机关党委、考核人员和党支部委员/, 'membera', 'GET', '/api/assessments');
    await refused(403, /只有机关党委、考核人员和党支部委员/, 'membera', 'GET', A());
    expect(ok(await call('secretarya', 'GET', '/api/assessments')).items).toEqual([]);
    await refused(404, /检查考核不存在/, 'secretarya', 'GET', A());
    await refused(404, /检查考核不存在/, 'secretarya', 'GET', sheetUrl(w.branchA));
    expect(ok(await call('assessor', 'GET', '/api/assessments')).items.map((c: { year: number }) => c.year)).toEqual([2026]);
  });

  it('the organ admin replaces the scheme: a kept id keeps its row, the rest go; a bad scheme changes nothing', async () => {
    const before = ok(await call('admin', 'GET', A()));
    const role1 = before.schemeItems.find((i: Line['item']) => i.clause === 'ROLE-1').id;
    const item = (standard: string, clause: string, title: string, points: number, method: string, keep?: string) => ({ ...(keep ? { id: keep } : {}), standard, clause, title, points, method });
    const scheme = {
      title: '2026年度党支部标准化建设检查考核（试行）',
      items: [item('ROLE', 'ROLE-1', '宣传党的主张', 40, 'assessor', role1), item('ROLE', 'ROLE-2', '贯彻党的决定', 30, 'assessor'), item('VEN', 'VEN-1', '党员活动室', 20, 'assessor'), item('LIFE', 'LIFE-1', '党员大会', 10, 'findings')],
      grades: before.grades,
    };
    await refused(400, /条款「XYZ-1」不存在/, 'admin', 'PUT', `${A()}/scheme`, { ...scheme, items: [...scheme.items, item('ROLE', 'XYZ-1', '未知', 1, 'assessor')] });
    await refused(400, /条款「ROLE-4」没有达标检查规则，只能由考核人员评分/, 'admin', 'PUT', `${A()}/scheme`, { ...scheme, items: [...scheme.items, item('ROLE', 'ROLE-4', '团结群众', 1, 'findings')] });
    await refused(400, /最低等次的分数线应为0/, 'admin', 'PUT', `${A()}/scheme`, { ...scheme, grades: [{ grade: '合格', min: 60 }] });
    await refused(400, /不属于本次考核/, 'admin', 'PUT', `${A()}/scheme`, { ...scheme, items: [item('ROLE', 'ROLE-1', 'x', 100, 'assessor', crypto.randomUUID())] });
    await refused(403, /只有机关党委管理员/, 'assessor', 'PUT', `${A()}/scheme`, scheme);
    const a = ok(await call('admin', 'PUT', `${A()}/scheme`, scheme));
    expect(a).toMatchObject({ title: '2026年度党支部标准化建设检查考核（试行）', totalPoints: 100, items: 4 });
    expect(a.schemeItems[0].id).toBe(role1);
    [I.I1, I.I2, I.I3, I.I4] = a.schemeItems.map((i: Line['item']) => i.id);
    expect(a.schemeItems.map((i: Line['item']) => `${i.clause} ${i.points} ${i.method}`)).toEqual(['ROLE-1 40 assessor', 'ROLE-2 30 assessor', 'VEN-1 20 assessor', 'LIFE-1 10 findings']);
    expect(await w.database.db.selectFrom('assessment_items').select('id').where('assessment_id', '=', id).execute()).toHaveLength(4);
  });

  it('opening fixes the scheme; branches now see it, the organ admin and assessors see each branch’s progress', async () => {
    await refused(403, /只有机关党委管理员/, 'assessor', 'POST', `${A()}/open`);
    const a = ok(await call('admin', 'POST', `${A()}/open`));
    expect(a.status).toBe('open');
    await refused(409, /考核已开始，指标不能再修改/, 'admin', 'PUT', `${A()}/scheme`, { title: 'x', items: [{ standard: 'ROLE', clause: 'ROLE-1', title: 'x', points: 100, method: 'assessor' }], grades: [{ grade: '合格', min: 0 }] });
    await refused(409, /不能重复开始/, 'admin', 'POST', `${A()}/open`);
    expect(a.branches.map((b: { branch: { name: string }; scored: number; toScore: number; submitted: boolean; ownBranch: boolean }) => `${b.branch.name} ${b.scored}/${b.toScore} ${b.submitted} ${b.ownBranch}`)).toEqual([
      '第一党支部 0/3 false false',
      '第三党支部 0/3 false false',
      '第二党支部 0/3 false false',
    ]);
    const mine = ok(await call('spare1', 'GET', A()));
    expect(mine.branches.find((b: { branch: { id: string } }) => b.branch.id === w.branchA).ownBranch).toBe(true);
    const sec = ok(await call('secretarya', 'GET', A()));
    expect(sec).toMatchObject({ branches: [], abilities: { manage: false, score: false, selfAssessBranches: [{ id: w.branchA, name: '第一党支部' }] } });
    expect(ok(await call('secretarya', 'GET', '/api/assessments')).items.map((c: { status: string }) => c.status)).toEqual(['open']);
  });
});

describe('the score sheet while open', () => {
  it('a findings item is scored live from the year’s findings: LIFE-1 met in 1 of 3 quarters → 10 × 1/3 = 3.3, with the reasons', async () => {
    const s = ok(await call('secretarya', 'GET', sheetUrl(w.branchA)));
    expect(s.branch).toEqual({ id: w.branchA, name: '第一党支部' });
    const l = lineOf(s, 'I4');
    expect(l.fromFindings).toMatchObject({ score: 3.3, met: 1, judged: 3 });
    expect(l.fromFindings!.reasons.map((r) => r.slice(0, 7))).toEqual(['2026-Q1', '2026-Q3']);
    expect(l).toMatchObject({ effective: 3.3, score: null });
    expect(l.reason).toContain('2026年第一季度没有召开支部党员大会的记录');
    expect(lineOf(s, 'I1')).toMatchObject({ fromFindings: null, effective: null, reason: null });
    expect(s).toMatchObject({ provisionalTotal: 3.3, selfTotal: 0, submission: null, result: null, abilities: { selfAssess: true, score: false } });
    expect(ok(await call('assessor', 'GET', sheetUrl(w.branchA))).abilities).toEqual({ selfAssess: false, score: true });
    expect(ok(await call('spare1', 'GET', sheetUrl(w.branchA))).abilities).toEqual({ selfAssess: false, score: false });
    expect(ok(await call('spare1', 'GET', sheetUrl(w.branchB))).abilities).toEqual({ selfAssess: false, score: true });
  });

  it('a branch reads only its own sheet', async () => {
    await refused(404, /党支部不存在/, 'secretaryb', 'GET', sheetUrl(w.branchA));
    await refused(403, /只有机关党委、考核人员和党支部委员/, 'membera', 'GET', sheetUrl(w.branchA));
    await refused(404, /党支部不存在/, 'admin', 'GET', sheetUrl(crypto.randomUUID()));
  });
});

describe('self-assessment', () => {
  const self = (submit: boolean, over: object = {}) => ({
    items: [
      { itemId: I.I1, score: 40, note: '' },
      { itemId: I.I2, score: 28, note: '个别部署落实不及时' },
      { itemId: I.I3, score: 20, note: '' },
      ...(submit ? [{ itemId: I.I4, score: 5, note: '' }] : []),
    ],
    summary: '全年按标准化要求开展工作',
    submit,
    ...over,
  });

  it('the 书记 or a 支委 saves a draft, then submits the whole; after that it is read-only', async () => {
    const s = ok(await call('puba', 'PUT', `${sheetUrl(w.branchA)}/self`, self(false)));
    expect(lineOf(s, 'I2')).toMatchObject({ selfScore: 28 });
    expect(s).toMatchObject({ selfTotal: 88, submission: null });
    await refused(400, /提交自评前请为每一项填写自评得分（尚有1项未填）/, 'secretarya', 'PUT', `${sheetUrl(w.branchA)}/self`, { ...self(false), submit: true });
    await refused(400, /「宣传党的主张」得分不能超过该项分值（40分）/, 'secretarya', 'PUT', `${sheetUrl(w.branchA)}/self`, self(false, { items: [{ itemId: I.I1, score: 41, note: '' }] }));
    await refused(400, /不属于本次考核/, 'secretarya', 'PUT', `${sheetUrl(w.branchA)}/self`, self(false, { items: [{ itemId: crypto.randomUUID(), score: 1, note: '' }] }));
    const done = ok(await call('secretarya', 'PUT', `${sheetUrl(w.branchA)}/self`, self(true)));
    expect(done.submission).toMatchObject({ summary: '全年按标准化要求开展工作', submittedBy: '张三' });
    expect(done).toMatchObject({ selfTotal: 93, abilities: { selfAssess: false } });
    await refused(409, /本支部的自评已提交，不能修改/, 'orga', 'PUT', `${sheetUrl(w.branchA)}/self`, self(true));
    expect((await auditOf(id)).map((e) => e.action)).toEqual(['assessment.created', 'assessment.schemeSaved', 'assessment.opened', 'assessment.selfSaved', 'assessment.selfSubmitted']);
  });

  it('only the branch’s own 支委 write it: not a member, not another branch, not the organ admin', async () => {
    await refused(403, /只有机关党委、考核人员和党支部委员/, 'membera', 'PUT', `${sheetUrl(w.branchB)}/self`, self(false));
    await refused(404, /党支部不存在/, 'secretaryb', 'PUT', `${sheetUrl(w.branchA)}/self`, self(false));
    await refused(403, /只有本支部的书记、支委可以填写自评/, 'admin', 'PUT', `${sheetUrl(w.branchB)}/self`, self(false));
  });
});

describe('scoring by assessors', () => {
  it('refuses a score above the item’s points, a deduction without its reason, a findings override without a note — nothing saved', async () => {
    await refused(400, /得分不能超过该项分值（40分）/, 'assessor', 'PUT', itemUrl(w.branchA, 'I1'), { score: 41, note: '' });
    await refused(400, /得分不能超过该项分值（10分）/, 'assessor', 'PUT', itemUrl(w.branchA, 'I4'), { score: 10.5, note: '核实' });
    await refused(400, /扣分须写明理由/, 'assessor', 'PUT', itemUrl(w.branchA, 'I2'), { score: 27.5, note: ' ' });
    await refused(400, /改动按达标检查结果计算的得分须写明理由/, 'assessor', 'PUT', itemUrl(w.branchA, 'I4'), { score: 10, note: '' });
    await refused(400, /分值最多保留一位小数/, 'assessor', 'PUT', itemUrl(w.branchA, 'I2'), { score: 27.55, note: '理由' });
    await refused(400, /文件内容与扩展名不符/, 'assessor', 'PUT', itemUrl(w.branchA, 'I2'), { score: 27.5, note: '理由', evidence: [{ fileName: 'scan.pdf', contentBase64: PNG }] });
    await refused(400, /清除评分时不能上传证明材料/, 'assessor', 'PUT', itemUrl(w.branchA, 'I2'), { score: null, evidence: [{ fileName: 'scan.pdf', contentBase64: PDF }] });
    await refused(404, /考核指标不存在/, 'assessor', 'PUT', `${sheetUrl(w.branchA)}/items/${crypto.randomUUID()}`, { score: 1, note: '理由' });
  });

  it('an assessor never scores their own branch (on its roster): 403, nothing saved; another branch they may', async () => {
    await refused(403, /不能为本人所在党支部评分/, 'spare1', 'PUT', itemUrl(w.branchA, 'I1'), { score: 40, note: '' });
    await refused(403, /不能为本人所在党支部评分/, 'spare1', 'PUT', itemUrl(w.branchA, 'I2'), { score: 50, note: '' });
    const s = ok(await call('spare1', 'PUT', itemUrl(w.branchB, 'I1'), { score: 40, note: '' }));
    expect(lineOf(s, 'I1')).toMatchObject({ score: 40, effective: 40, scoredBy: '郑一' } as object);
  });

  it('a branch user cannot score, a member has no part, another branch’s 书记 sees nothing', async () => {
    await refused(403, /只有机关党委管理员和考核人员可以评分/, 'secretarya', 'PUT', itemUrl(w.branchA, 'I1'), { score: 40, note: '' });
    await refused(403, /只有机关党委管理员和考核人员可以评分/, 'secretaryb', 'PUT', itemUrl(w.branchA, 'I1'), { score: 40, note: '' });
    await refused(403, /只有机关党委、考核人员和党支部委员/, 'membera', 'PUT', itemUrl(w.branchA, 'I1'), { score: 40, note: '' });
  });

  it('a deduction with its reason and evidence (PDF, image) carried in the request; the branch reads them', async () => {
    const s = ok(await call('assessor', 'PUT', itemUrl(w.branchA, 'I2'), { score: 27.5, note: '两项决定落实滞后', evidence: [{ fileName: '督查通报.pdf', contentBase64: PDF }, { fileName: '现场.png', contentBase64: PNG }] }));
    const l = lineOf(s, 'I2');
    expect(l).toMatchObject({ score: 27.5, note: '两项决定落实滞后', effective: 27.5, reason: '两项决定落实滞后', selfScore: 28 });
    expect(l.evidence.map((e) => e.fileName)).toEqual(['督查通报.pdf', '现场.png']);
    const dl = await call('secretarya', 'GET', `/api/attachments/${l.evidence[0]!.id}/content`);
    expect(dl.statusCode).toBe(200);
    expect((await call('secretaryb', 'GET', `/api/attachments/${l.evidence[0]!.id}/content`)).statusCode).toBe(404);
    // the generic upload never adds evidence
    expect((await call('assessor', 'POST', `/api/attachments?entityType=assessmentScore&entityId=${crypto.randomUUID()}`)).statusCode).not.toBe(200);
  });

  it('a null score clears the assessor’s score, its note and evidence; the self-assessment stays', async () => {
    ok(await call('admin', 'PUT', itemUrl(w.branchA, 'I1'), { score: 35, note: '临时', evidence: [{ fileName: 'x.pdf', contentBase64: PDF }] }));
    const s = ok(await call('admin', 'PUT', itemUrl(w.branchA, 'I1'), { score: null }));
    expect(lineOf(s, 'I1')).toMatchObject({ score: null, note: null, effective: null, selfScore: 40, evidence: [] });
  });

  it('publishing is refused while a branch’s assessor items are unscored, naming them; nothing stored', async () => {
    await refused(403, /只有机关党委管理员/, 'secretarya', 'POST', `${A()}/publish`);
    await refused(403, /只有机关党委管理员/, 'assessor', 'POST', `${A()}/publish`);
    await refused(409, /尚有3个支部的评分未完成：第一党支部（2项）、第三党支部（3项）、第二党支部（2项）/, 'admin', 'POST', `${A()}/publish`);
    await refused(409, /考核结果尚未公布/, 'admin', 'GET', `${A()}/results`);
  });
});

describe('publishing: a hand-computed table', () => {
  /*
   * Scheme: I1 ROLE-1 40 (assessor), I2 ROLE-2 30 (assessor), I3 VEN-1 20 (assessor), I4 LIFE-1 10 (findings).
   * LIFE-1 (党员大会 each quarter; Q4 still open on 2026-11-24): 第一 held one in Q2 → 1/3 → 10 × 1/3 = 3.3;
   * 第二 and 第三 held none → 0/3 → 0; 第三's I4 is overridden by the assessor to 3.3 with a note.
   *
   * Branch   I1   I2    I3    I4          total  grade  rank
   * 第一     40   27.5  20    3.3 (find.) 90.8   好      1
   * 第二     40   30    15.5  0   (find.) 85.5   较好    2
   * 第三     40   28    14.2  3.3 (over.) 85.5   较好    2     (the tie shares rank 2; 第二 listed before 第三)
   */
  it('scores every branch, publishes, and stores totals, grades and ranks as the table says', async () => {
    ok(await call('assessor', 'PUT', itemUrl(w.branchA, 'I1'), { score: 40 }));
    ok(await call('assessor', 'PUT', itemUrl(w.branchA, 'I3'), { score: 20 }));
    ok(await call('assessor', 'PUT', itemUrl(w.branchB, 'I2'), { score: 30 }));
    ok(await call('admin', 'PUT', itemUrl(w.branchB, 'I3'), { score: 15.5, note: '个性展板未更新' }));
    ok(await call('assessor', 'PUT', itemUrl(branchC, 'I1'), { score: 40 }));
    ok(await call('assessor', 'PUT', itemUrl(branchC, 'I2'), { score: 28, note: '部署任务完成不及时' }));
    ok(await call('assessor', 'PUT', itemUrl(branchC, 'I3'), { score: 14.2, note: '无党员活动室，借用会议室' }));
    ok(await call('assessor', 'PUT', itemUrl(branchC, 'I4'), { score: 3.3, note: '第二季度党员大会记录在纸质本上，已核实' }));
    const r = ok(await call('admin', 'POST', `${A()}/publish`));
    expect(r.assessment).toMatchObject({ status: 'published' });
    expect(r.of).toBe(3);
    expect(r.rows.map((x: { rank: number; branch: { name: string }; total: number; grade: string }) => [x.rank, x.branch.name, x.total, x.grade])).toEqual([
      [1, '第一党支部', 90.8, '好'],
      [2, '第二党支部', 85.5, '较好'],
      [2, '第三党支部', 85.5, '较好'],
    ]);
    expect(r.rows[0].byStandard).toEqual([
      { standard: 'ROLE', points: 70, score: 67.5 },
      { standard: 'VEN', points: 20, score: 20 },
      { standard: 'LIFE', points: 10, score: 3.3 },
    ]);
    expect((await auditOf(id)).at(-1)).toMatchObject({ action: 'assessment.published', actor: 'user:admin' });
  });

  it('the branch sees its total, grade, rank of all and the reason for every lost point', async () => {
    const s = ok(await call('secretarya', 'GET', sheetUrl(w.branchA)));
    expect(s.result).toEqual({ total: 90.8, grade: '好', rank: 1, of: 3 });
    expect(lineOf(s, 'I2')).toMatchObject({ effective: 27.5, reason: '两项决定落实滞后' });
    expect(lineOf(s, 'I4').effective).toBe(3.3);
    expect(lineOf(s, 'I4').reason).toMatch(/^2026-Q1 .*第一季度.*；2026-Q3 .*第三季度/);
    expect(lineOf(s, 'I1')).toMatchObject({ effective: 40, reason: null });
    expect(s.abilities).toEqual({ selfAssess: false, score: false });
    const c = ok(await call('admin', 'GET', sheetUrl(branchC)));
    expect(lineOf(c, 'I4')).toMatchObject({ effective: 3.3, reason: '第二季度党员大会记录在纸质本上，已核实' });
    // results: the branch its own row, `of` all; assessors all rows; members nothing
    const mine = ok(await call('secretarya', 'GET', `${A()}/results`));
    expect(mine.rows.map((x: { branch: { name: string } }) => x.branch.name)).toEqual(['第一党支部']);
    expect(mine.of).toBe(3);
    expect(ok(await call('assessor', 'GET', `${A()}/results`)).rows).toHaveLength(3);
    await refused(403, /只有机关党委、考核人员和党支部委员/, 'membera', 'GET', `${A()}/results`);
  });

  it('after publishing nothing is scored or self-assessed again', async () => {
    await refused(409, /考核结果已公布，不能再评分/, 'assessor', 'PUT', itemUrl(w.branchB, 'I1'), { score: 39, note: '复核' });
    await refused(409, /考核结果已公布，自评不能修改/, 'secretaryb', 'PUT', `${sheetUrl(w.branchB)}/self`, { items: [], submit: false });
    await refused(409, /只有进行中的考核可以公布结果/, 'admin', 'POST', `${A()}/publish`);
  });

  it('stored as published, never recomputed: records entered later change the check, not the result', async () => {
    await heldAssembly(w.branchA, '2026-02-10');
    await heldAssembly(w.branchA, '2026-08-10');
    await heldAssembly(w.branchB, '2026-08-10');
    const s = ok(await call('secretarya', 'GET', sheetUrl(w.branchA)));
    expect(s.result).toEqual({ total: 90.8, grade: '好', rank: 1, of: 3 });
    expect(lineOf(s, 'I4').effective).toBe(3.3);
    expect(lineOf(s, 'I4').reason).toMatch(/第一季度/);
    const r = ok(await call('assessor', 'GET', `${A()}/results`));
    expect(r.rows.map((x: { total: number }) => x.total)).toEqual([90.8, 85.5, 85.5]);
    // the dashboard's series reads the same stored rows
    const { assessmentSeries } = await import('../src/features/assessments/repository.js');
    expect(await assessmentSeries(w.database.db, w.organId, w.branchA)).toEqual([{ year: 2026, branchId: w.branchA, total: 90.8, grade: '好', rank: 1 }]);
    expect((await assessmentSeries(w.database.db, w.organId)).map((x) => x.rank)).toEqual([1, 2, 2]);
    // a new year's assessment of the same clause judges the records as they are now
    const next = ok(await call('admin', 'POST', '/api/assessments', { year: 2027 }));
    expect(next.status).toBe('draft');
  });
});

describe('nominations', () => {
  it('the organ admin nominates 先进党支部 and 优秀党务工作者 with reasons, after publishing', async () => {
    ok(await call('admin', 'POST', `${A()}/nominations`, { kind: 'advancedBranch', branchId: w.branchA, reason: '考核总分第一，组织生活规范' }));
    const r = ok(await call('admin', 'POST', `${A()}/nominations`, { kind: 'excellentWorker', branchId: w.branchA, personId: w.persons.secretaryA, reason: '抓党建责任落实到位' }));
    expect(r.nominations.map((n: { kind: string; branch: { name: string }; person: { name: string } | null; reason: string }) => `${n.kind} ${n.branch.name} ${n.person?.name ?? '-'} ${n.reason}`)).toEqual([
      'advancedBranch 第一党支部 - 考核总分第一，组织生活规范',
      'excellentWorker 第一党支部 张三 抓党建责任落实到位',
    ]);
  });

  it('refuses a worker not of that branch, a person for a branch nomination, a repeat, and anyone but the organ admin', async () => {
    await refused(400, /优秀党务工作者须为该党支部的现有党员/, 'admin', 'POST', `${A()}/nominations`, { kind: 'excellentWorker', branchId: w.branchA, personId: w.persons.memberB, reason: '理由充分' });
    await refused(400, /优秀党务工作者须为该党支部的现有党员/, 'admin', 'POST', `${A()}/nominations`, { kind: 'excellentWorker', branchId: w.branchA, personId: w.persons.activistA, reason: '理由充分' });
    await refused(400, /请选择推荐的优秀党务工作者/, 'admin', 'POST', `${A()}/nominations`, { kind: 'excellentWorker', branchId: w.branchA, reason: '理由充分' });
    await refused(400, /推荐先进党支部不需要选择人员/, 'admin', 'POST', `${A()}/nominations`, { kind: 'advancedBranch', branchId: w.branchB, personId: w.persons.secretaryB, reason: '理由充分' });
    await refused(409, /已推荐该党支部为先进党支部/, 'admin', 'POST', `${A()}/nominations`, { kind: 'advancedBranch', branchId: w.branchA, reason: '再次推荐' });
    await refused(400, /请写明推荐理由/, 'admin', 'POST', `${A()}/nominations`, { kind: 'advancedBranch', branchId: w.branchB, reason: '' });
    await refused(403, /只有机关党委管理员/, 'secretarya', 'POST', `${A()}/nominations`, { kind: 'advancedBranch', branchId: w.branchA, reason: '自荐理由' });
    await refused(403, /只有机关党委管理员/, 'assessor', 'POST', `${A()}/nominations`, { kind: 'advancedBranch', branchId: w.branchB, reason: '推荐理由' });
  });

  it('a branch sees its own nominations only; the organ admin withdraws one', async () => {
    expect(ok(await call('secretaryb', 'GET', `${A()}/results`))).toMatchObject({ rows: [{ branch: { name: '第二党支部' }, rank: 2 }], nominations: [] });
    const all = ok(await call('admin', 'GET', `${A()}/results`));
    const nid = all.nominations[1].id;
    await refused(403, /只有机关党委管理员/, 'secretarya', 'DELETE', `${A()}/nominations/${nid}`);
    await refused(404, /推荐不存在/, 'admin', 'DELETE', `${A()}/nominations/${crypto.randomUUID()}`);
    const r = ok(await call('admin', 'DELETE', `${A()}/nominations/${nid}`));
    expect(r.nominations).toHaveLength(1);
    expect((await auditOf(nid)).map((e) => e.action)).toEqual(['assessment.nominated', 'assessment.nominationRemoved']);
  });

  it('nominations wait for the results', async () => {
    const next = ok(await call('admin', 'GET', '/api/assessments')).items.find((c: { year: number }) => c.year === 2027);
    await refused(409, /考核结果公布后才能推荐评选/, 'admin', 'POST', `/api/assessments/${next.id}/nominations`, { kind: 'advancedBranch', branchId: w.branchA, reason: '提前推荐' });
  });
});

describe('the data bundle (version 8)', () => {
  it('carries the assessment with its scores, evidence, stored results and nominations: export → import → the same bundle', async () => {
    const { writeBundle } = await import('../src/bundle/export.js');
    const { importBundle } = await import('../src/bundle/import.js');
    const { freshDatabase } = await import('./testDb.js');
    const { bundleJsonOf, comparable, tempDir } = await import('./bundleSupport.js');
    const t = tempDir();
    const copy = await freshDatabase();
    try {
      await writeBundle(w.database, t.file('a.zip'), 'export');
      const a = await bundleJsonOf(t.file('a.zip'));
      expect(a.version).toBe(8);
      expect((a.assessments as unknown[]).length).toBe(2);
      expect((a.assessmentResults as { total: string; items: { reason: string | null }[] }[]).map((r) => r.total).sort()).toEqual(['85.5', '85.5', '90.8']);
      expect((a.assessmentNominations as unknown[]).length).toBe(1);
      await importBundle(copy, t.file('a.zip'), { actor: 'test:import', mode: 'import' });
      await writeBundle(copy, t.file('b.zip'), 'export');
      expect(comparable(await bundleJsonOf(t.file('b.zip')))).toEqual(comparable(a));
    } finally {
      await copy.close();
      t.remove();
    }
  });
});

describe('the API documentation', () => {
  it('lists the assessment routes (their zod schemas convert to OpenAPI)', async () => {
    const doc = ok(await call(null, 'GET', '/api/openapi.json'));
    for (const path of ['/api/assessments', '/api/assessments/{id}/scheme', '/api/assessments/{id}/branches/{branchId}', '/api/assessments/{id}/branches/{branchId}/items/{itemId}', '/api/assessments/{id}/nominations/{nid}']) {
      expect(doc.paths[path], path).toBeDefined();
    }
  });
});

describe('the demo’s 检查考核 (issue 7)', () => {
  it('last year published for every branch with reasons and two nominations; this year open, the first branch submitted', async () => {
    const { freshDatabase } = await import('./testDb.js');
    const { loadDemo } = await import('../src/demo/load.js');
    const database = await freshDatabase();
    try {
      await loadDemo(database.db, '2026-11-24', 'test:demo');
      const db = database.db;
      const all = await db.selectFrom('assessments').select(['id', 'year', 'status', 'published_at']).orderBy('year').execute();
      expect(all.map((a) => `${a.year} ${a.status}`)).toEqual(['2025 published', '2026 open']);
      const [last, cur] = all as [(typeof all)[number], (typeof all)[number]];
      const branches = await db.selectFrom('branches').select(['id', 'short_name']).where('status', '=', 'active').orderBy('full_name').execute();
      const results = await db.selectFrom('assessment_results').selectAll().where('assessment_id', '=', last.id).orderBy('rank').execute();
      expect(results.map((r) => r.branch_id).sort()).toEqual(branches.map((b) => b.id).sort());
      expect(results[0]!.rank).toBe(1);
      for (const r of results) {
        expect(Number(r.total)).toBeCloseTo(r.items.reduce((s, i) => s + i.score, 0), 5);
        // every lost point has its reason
        for (const i of r.items) if (i.score < i.points) expect(i.reason, `${r.branch_id} ${i.clause}`).toBeTruthy();
      }
      const notes = await db.selectFrom('assessment_scores').select('note').where('assessment_id', '=', last.id).where('note', 'is not', null).execute();
      expect(notes.length).toBeGreaterThanOrEqual(3);
      const nominations = await db.selectFrom('assessment_nominations').select(['kind', 'branch_id']).where('assessment_id', '=', last.id).orderBy('kind').execute();
      expect(nominations).toEqual([
        { kind: 'advancedBranch', branch_id: results[0]!.branch_id },
        { kind: 'excellentWorker', branch_id: results[0]!.branch_id },
      ]);
      const subs = await db.selectFrom('assessment_submissions as s').innerJoin('branches as b', 'b.id', 's.branch_id').select('b.short_name').where('s.assessment_id', '=', cur.id).execute();
      expect(subs.map((s) => s.short_name)).toEqual(['办公厅第一党支部']);
      const scored = await db.selectFrom('assessment_scores').select('note').where('assessment_id', '=', cur.id).where('score', 'is not', null).execute();
      expect(scored.length).toBeGreaterThanOrEqual(2);
    } finally {
      await database.close();
    }
  });
});
