import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPostgresDatabase } from './testDb.js';

/**
 * `zhibu check` as a user runs it on the demo organ (contracts §1, §2): the readable table, the JSON document, the
 * exit codes; and the demo's deliberate gaps showing `met`, `dueSoon` and `unmet` side by side (issue 4).
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const BIN = path.resolve(here, '../bin/zhibu.mjs');
const backend = inject('backend');
let dir: string;
let databaseUrl = '';
let drop = async () => {};

function zhibu(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args, '--data', dir, '--as-of', '2026-11-24'], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: databaseUrl }, timeout: 90_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
type F = { branch: string; rule: string; status: string; period: string; scope: string; subject?: { name: string }; message: string };
const json = (args: string[]) => {
  const r = zhibu([...args, '--json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as { asOf: string; findings: F[] };
};

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhibu-check-'));
  if (backend === 'postgres') ({ url: databaseUrl, drop } = await createPostgresDatabase());
  const d = zhibu(['demo']);
  if (d.code !== 0) throw new Error(d.stderr);
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await drop();
});

describe(`zhibu check (${backend})`, () => {
  it('--json prints one document in the shape and order of contracts §2', () => {
    const doc = json(['check']);
    expect(doc.asOf).toBe('2026-11-24');
    const f = doc.findings[0]!;
    expect(Object.keys(f)).toEqual(['branch', 'scope', 'rule', 'clause', 'source', 'status', 'severity', 'period', 'message', 'evidence', 'params']);
    const keys = doc.findings.map((x) => `${x.scope === 'organ' ? 1 : 0}|${x.branch}|${x.rule}`);
    expect(doc.findings.filter((x) => x.scope === 'organ').every((x) => x.branch === 'XX市人大常委会机关')).toBe(true);
    expect(keys.indexOf(keys.find((k) => k.startsWith('1|'))!)).toBeGreaterThan(keys.lastIndexOf(keys.filter((k) => k.startsWith('0|')).at(-1)!));
  });

  it('the demo shows met, dueSoon and unmet side by side, each where its deliberate gap is', () => {
    const doc = json(['check']);
    const of = (short: string, rule: string) => doc.findings.filter((x) => x.branch.includes(short) && x.rule === rule);
    expect(of('办公厅第一党支部', 'ORG-3.term')[0]!.status).toBe('dueSoon');
    expect(of('研究室党支部', 'ORG-3.term')[0]!.status).toBe('unmet');
    expect(of('城乡建设环境保护委员会联合党支部', 'ORG-2.committee-size')[0]!.status).toBe('unmet');
    expect(of('法制工作委员会党支部', 'ORG-3.secretary-approved')[0]!.status).toBe('unmet');
    expect(of('预算工作委员会党支部', 'ORG-3.elected')[0]!.status).toBe('unmet');
    const groups = of('离退休干部党支部', 'ORG-4.group-composition');
    expect(groups.find((g) => g.subject?.name === '第四党小组')!.status).toBe('unmet');
    expect(groups.find((g) => g.subject?.name === '第一党小组')!.status).toBe('met');
    expect(of('办公厅第二党支部', 'ORG-3.term')[0]!.status).toBe('met');
    // LIFE (meetings): the demo's four deliberate gaps beside periods met (demo/meetings.ts)
    const at = (short: string, rule: string, period: string) => of(short, rule).filter((x) => x.period === period);
    expect(at('办公厅第二党支部', 'LIFE-5.monthly', '2026-09')[0]!.status).toBe('unmet');
    expect(at('办公厅第二党支部', 'LIFE-5.monthly', '2026-10')[0]!.status).toBe('met');
    expect(at('预算工作委员会党支部', 'LIFE-5.duration', '2026-10')[0]!.status).toBe('unmet');
    expect(at('预算工作委员会党支部', 'LIFE-5.duration', '2026-09')[0]!.status).toBe('met');
    expect(at('法制工作委员会党支部', 'LIFE-1.quarterly', '2026-Q3')[0]!.status).toBe('unmet');
    expect(at('法制工作委员会党支部', 'LIFE-1.quarterly', '2026-Q2')[0]!.status).toBe('met');
    const groupMonth = at('离退休干部党支部', 'LIFE-3.monthly', '2026-10');
    expect(groupMonth.find((g) => g.subject?.name === '第一党小组')!.status).toBe('unmet');
    expect(groupMonth.find((g) => g.subject?.name === '第二党小组')!.status).toBe('met');
    expect(of('', 'LIFE-5.monthly').filter((x) => x.status === 'unmet')).toHaveLength(1);
    // 党费 (demo/dues.ts): a member of 研究室党支部 owes the last three months, so its 主题党日 since September miss
    // "交纳当月党费"; the member of 法制工作委员会党支部 owing four is the one the 六个月预警 already watches
    expect(at('研究室党支部', 'LIFE-5.required-actions', '2026-11')[0]!.message).toContain('出席党员8人中7人已交本月党费');
    expect(at('研究室党支部', 'LIFE-5.required-actions', '2026-08')[0]!.status).toBe('met');
    expect(of('法制工作委员会党支部', 'MEM-3.lapse-watch').find((x) => x.status === 'dueSoon')!.message).toContain('连续3个月未交纳党费');
    // 信息台账 (demo/archives.ts): last year's volumes bound in the first quarter by every branch but one, one late
    expect(of('预算工作委员会党支部', 'LED-4.annual-binding')[0]!.status).toBe('unmet');
    expect(of('财政经济委员会', 'LED-4.annual-binding')[0]!.message).toContain('（逾期，应在2026年3月31日前）');
    expect(of('', 'LED-2.annual-binding').filter((x) => x.status === 'met')).toHaveLength(9);
  });

  it('--branch by short name leaves organ findings out; the table is readable; --fail-on unmet exits 1', () => {
    const doc = json(['check', '--branch', '研究室党支部']);
    expect(new Set(doc.findings.map((f) => f.branch))).toEqual(new Set(['中共XX市人大常委会机关研究室党支部']));
    const t = zhibu(['check', '--branch', '研究室党支部']);
    expect(t.code).toBe(0);
    expect(t.stdout).toMatch(/【中共XX市人大常委会机关研究室党支部】/);
    expect(t.stdout).toMatch(/ORG-3\.term\s+2026-11-24\s+不符合\s+本届任期已于2026年9月24日届满/);
    expect(t.stderr).toMatch(/不符合 \d+/);
    expect(zhibu(['check', '--branch', '研究室党支部', '--fail-on', 'unmet']).code).toBe(1);
    expect(zhibu(['check', '--branch', '代表工作委员会党支部', '--fail-on', 'unmet']).code).toBe(0);
  });

  it('a past year is judged on 31 December, a future year has no periods; bad usage exits 2', () => {
    const past = json(['check', '--year', '2025', '--branch', '研究室党支部']).findings;
    expect(past.filter((f) => f.rule.startsWith('ORG-')).every((f) => f.period === '2025-12-31')).toBe(true);
    expect(past.filter((f) => f.rule === 'LIFE-5.monthly').map((f) => [f.period, f.status])).toHaveLength(12);
    expect(past.filter((f) => f.rule.startsWith('LIFE-')).every((f) => f.period.startsWith('2025') && f.status !== 'pending' && f.status !== 'dueSoon')).toBe(true);
    expect(json(['check', '--year', '2027']).findings).toEqual([]);
    expect(zhibu(['check', '--year', '26']).code).toBe(2);
    expect(zhibu(['check', '--fail-on', 'dueSoon']).code).toBe(2);
    const none = zhibu(['check', '--branch', '不存在党支部']);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/没有名为「不存在党支部」的党支部/);
  });
});

describe(`zhibu archive (${backend})`, () => {
  it('writes one bound PDF per yearly category with its catalogs beside it, the record books and the 党费证, named as contracts §6 says, and prints them', () => {
    const outDir = path.join(dir, 'archive-out');
    const r = zhibu(['archive', '--branch', '办公厅第一党支部', '--year', '2026', '--out', outDir]);
    expect(r.code, r.stderr).toBe(0);
    const names = ['LED-2-组织管理档案', 'LED-3-党员管理档案', 'LED-4-组织生活档案', 'LED-5-集中教育档案', 'LED-6-创先争优档案', 'LED-7-经费保障档案'];
    // the branch's book, then one per 党小组 of the demo branch
    const books = ['LED-1-会议记录本.pdf', 'LED-1-会议记录本-第一党小组.pdf', 'LED-1-会议记录本-第二党小组.pdf', 'LED-1-会议记录本-第三党小组.pdf'];
    const expected = [...books, ...names.flatMap((n) => [`${n}.pdf`, `${n}-目录.docx`, `${n}-目录.xlsx`]), 'LED-8-党费证.pdf'];
    expect(r.stdout.trim().split('\n').map((l) => path.basename(l))).toEqual(expected);
    expect(fs.readdirSync(outDir).sort()).toEqual([...expected].sort());
    for (const f of ['LED-4-组织生活档案.pdf', 'LED-1-会议记录本-第二党小组.pdf', 'LED-8-党费证.pdf']) expect(fs.readFileSync(path.join(outDir, f)).subarray(0, 5).toString()).toBe('%PDF-');
    expect(r.stderr).toContain('LED-5 集中教育档案');
    expect(r.stderr).toMatch(/LED-4 组织生活档案：\d{2,} 件/);
    expect(r.stderr).toMatch(/LED-8 党费证：\d+ 人/);
  });

  it('--category binds one category only; an unknown one is a usage error', () => {
    const outDir = path.join(dir, 'archive-one');
    const r = zhibu(['archive', '--branch', '办公厅第一党支部', '--year', '2026', '--out', outDir, '--category', 'duesCards']);
    expect(r.code, r.stderr).toBe(0);
    expect(fs.readdirSync(outDir)).toEqual(['LED-8-党费证.pdf']);
    const bad = zhibu(['archive', '--branch', '办公厅第一党支部', '--year', '2026', '--out', outDir, '--category', 'secret']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('没有这个档案类别');
  });

  it('bad usage exits 2; an unknown branch is named with the ones that exist', () => {
    expect(zhibu(['archive', '--branch', '办公厅第一党支部', '--year', '2026']).code).toBe(2);
    const r = zhibu(['archive', '--branch', '没有的支部', '--year', '2026', '--out', path.join(dir, 'x')]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('没有名为「没有的支部」的党支部');
  });
});
