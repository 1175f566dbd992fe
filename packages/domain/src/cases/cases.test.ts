import { describe, expect, it } from 'vitest';
import type { Viewer } from '../access/roles.js';
import { CASE_STATUSES, canReadCase, caseActorOf, caseParagraphs, caseProblems, caseStep, containsPattern, normalizeCase, writesBranchCases, type CaseContent } from './cases.js';

const viewer = (o: Partial<Viewer> = {}): Viewer => ({ accountId: 'a', organId: 'o', personId: 'me', organRoles: [], branchRoles: {}, ledGroups: [], ...o });
const admin = { organAdmin: true, branchOfficer: false };
const officer = { organAdmin: false, branchOfficer: true };
const nobody = { organAdmin: false, branchOfficer: false };

describe('REQ-4 case life (state machine)', () => {
  it('REQ-4: draft → submitted → returned → submitted → published → promoted', () => {
    expect(caseStep('draft', 'submit', officer)).toEqual({ ok: true, to: 'submitted' });
    expect(caseStep('submitted', 'return', admin, { reason: '请补充成效数据' })).toEqual({ ok: true, to: 'returned' });
    expect(caseStep('returned', 'edit', officer)).toEqual({ ok: true, to: 'returned' });
    expect(caseStep('returned', 'submit', officer)).toEqual({ ok: true, to: 'submitted' });
    expect(caseStep('submitted', 'publish', admin)).toEqual({ ok: true, to: 'published' });
    expect(caseStep('published', 'promote', admin)).toEqual({ ok: true, to: 'published' });
  });
  it('REQ-4: a branch user cannot publish, return or promote (forbidden, whatever the status)', () => {
    for (const s of CASE_STATUSES) {
      for (const a of ['publish', 'return', 'promote'] as const) {
        const r = caseStep(s, a, officer, { reason: '理由充分' });
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.kind).toBe('forbidden');
      }
    }
    const r = caseStep('submitted', 'publish', officer);
    expect(r).toMatchObject({ ok: false, kind: 'forbidden', message: expect.stringContaining('只有机关党委可以发布') });
  });
  it('REQ-4: someone outside the branch committee cannot edit or submit', () => {
    expect(caseStep('draft', 'edit', nobody)).toMatchObject({ ok: false, kind: 'forbidden' });
    expect(caseStep('draft', 'submit', nobody)).toMatchObject({ ok: false, kind: 'forbidden' });
    expect(caseStep('draft', 'submit', admin)).toEqual({ ok: true, to: 'submitted' });
  });
  it.each([
    ['submitted', 'edit', '已提交审核，不能修改'],
    ['published', 'edit', '已发布的经验不能修改'],
    ['published', 'submit', '无需再次提交'],
    ['submitted', 'submit', '等待机关党委审核'],
    ['draft', 'publish', '尚未提交审核，不能发布'],
    ['returned', 'publish', '尚未提交审核，不能发布'],
    ['published', 'publish', '经验已发布'],
    ['draft', 'promote', '只有已发布的经验可以推广'],
    ['submitted', 'promote', '只有已发布的经验可以推广'],
    ['draft', 'return', '草稿尚未提交审核'],
    ['returned', 'return', '经验已退回'],
  ] as const)('REQ-4: %s + %s is a conflict (%s)', (status, action, msg) => {
    const r = caseStep(status, action, admin, { reason: '理由充分' });
    expect(r).toMatchObject({ ok: false, kind: 'conflict' });
    if (!r.ok) expect(r.message).toContain(msg);
  });
  it('REQ-4: returning needs a reason, also when taking a published case back', () => {
    expect(caseStep('submitted', 'return', admin)).toMatchObject({ ok: false, kind: 'invalid', message: '请填写退回原因' });
    expect(caseStep('submitted', 'return', admin, { reason: '  ' })).toMatchObject({ ok: false, kind: 'invalid' });
    expect(caseStep('published', 'return', admin, { reason: 'x'.repeat(501) })).toMatchObject({ ok: false, kind: 'invalid', message: expect.stringContaining('500') });
    expect(caseStep('published', 'return', admin, { reason: '涉及内部数据，暂不公开' })).toEqual({ ok: true, to: 'returned' });
  });
});

describe('REQ-4 who reads and writes cases', () => {
  const b1 = 'b1';
  it.each([
    ['organ admin', viewer({ organRoles: ['organAdmin'], personId: null }), true, true],
    ['书记 of the branch', viewer({ branchRoles: { b1: ['secretary'] } }), true, true],
    ['宣传委员 of the branch', viewer({ branchRoles: { b1: ['publicityMember'] } }), true, true],
    ['党小组长', viewer({ ledGroups: [{ groupId: 'g', branchId: b1 }] }), false, false],
    ['plain member', viewer(), false, false],
    ['书记 of another branch', viewer({ branchRoles: { b2: ['secretary'] } }), false, false],
    ['assessor', viewer({ organRoles: ['assessor'], personId: null }), false, false],
  ] as const)('REQ-4: %s — reads drafts %s, writes %s; everyone reads published', (_w, v, readsDrafts, writes) => {
    expect(canReadCase(v as Viewer, { branchId: b1, status: 'published' })).toBe(true);
    for (const s of ['draft', 'submitted', 'returned'] as const) expect(canReadCase(v as Viewer, { branchId: b1, status: s })).toBe(readsDrafts);
    expect(writesBranchCases(v as Viewer, b1)).toBe(writes);
  });
  it('REQ-4: the actor of a case is computed from the viewer', () => {
    expect(caseActorOf(viewer({ branchRoles: { b1: ['secretary'] } }), 'b1')).toEqual(officer);
    expect(caseActorOf(viewer({ branchRoles: { b1: ['secretary'] } }), 'b2')).toEqual(nobody);
    expect(caseActorOf(viewer({ organRoles: ['organAdmin'] }), 'b1')).toEqual(admin);
  });
});

describe('REQ-4 case content', () => {
  const good: CaseContent = { title: '主题党日与业务工作深度融合', summary: '把主题党日办在项目一线。', body: '一、做法\n\n二、成效', tags: ['主题党日', '业务融合'], clauses: ['LIFE-5', 'REQ-3'] };
  it('REQ-4: a good case has no problems', () => {
    expect(caseProblems(normalizeCase(good))).toEqual([]);
  });
  it('REQ-4: normalizes text, tags and clause ids', () => {
    const n = normalizeCase({ title: '  标题 ', summary: ' 摘要 ', body: '\r\n正文\r\n', tags: [' 学习 ', '学习', '', '实践'], clauses: ['req-3', 'LIFE-5', 'LIFE-5', ' org-4 '] });
    expect(n).toEqual({ title: '标题', summary: '摘要', body: '正文', tags: ['学习', '实践'], clauses: ['ORG-4', 'LIFE-5', 'REQ-3'] });
  });
  it.each([
    ['empty title', { title: '' }, '请填写标题'],
    ['title over 100', { title: '题'.repeat(101) }, '标题不能超过100个字'],
    ['empty summary', { summary: '' }, '请填写摘要'],
    ['summary over 500', { summary: '要'.repeat(501) }, '摘要不能超过500个字'],
    ['empty body', { body: '' }, '请填写正文'],
    ['body over 20000', { body: '文'.repeat(20001) }, '正文不能超过20000个字'],
    ['11 tags', { tags: Array.from({ length: 11 }, (_, i) => `标签${i}`) }, '标签最多10个'],
    ['a long tag', { tags: ['这是一个非常非常非常长的标签'] }, '标签不能超过12个字：这是一个非常非常非常长的标签'],
    ['unknown clause', { clauses: ['LIFE-5', 'LIFE-99', 'XYZ'] }, '未知的条款编号：LIFE-99、XYZ'],
  ] as const)('REQ-4: %s is refused', (_what, patch, msg) => {
    const problems = caseProblems({ ...good, ...patch });
    expect(problems.join('；')).toContain(msg);
    expect(problems).toHaveLength(1);
  });
  it('REQ-4: exactly 100 characters (CJK counted as one) and 10 tags are fine', () => {
    expect(caseProblems({ ...good, title: '题'.repeat(100), tags: Array.from({ length: 10 }, (_, i) => `标签${i}`) })).toEqual([]);
  });
  it('REQ-4: body paragraphs for plain display', () => {
    expect(caseParagraphs('一、做法\r\n\r\n  二、成效  \n三、体会\n\n')).toEqual(['一、做法', '二、成效', '三、体会']);
    expect(caseParagraphs('')).toEqual([]);
  });
  it('REQ-4: search pattern takes %, _ and \\ literally', () => {
    expect(containsPattern('主题党日')).toBe('%主题党日%');
    expect(containsPattern('100%_a\\b')).toBe('%100\\%\\_a\\\\b%');
  });
});
