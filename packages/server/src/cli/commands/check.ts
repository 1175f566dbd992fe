import { contractFinding, FINDING_STATUS_LABELS, FINDING_STATUSES, SEVERITY_LABELS } from '@zhibu/domain';
import type { Command } from '../command.js';
import { cliCtx, openFromFlags, resolveBranch } from '../context.js';
import { err, EXIT, out, UsageError } from '../io.js';
import { textTable } from '../textTable.js';
import { checkFindings, countStatuses } from '../../features/check/service.js';

export const checkCommand: Command = {
  name: 'check',
  summary: '标准化体检：逐条款列出各支部的检查结果',
  usage: `用法：npx zhibu check [--year 年份] [--branch 支部名称] [--as-of 日期] [--json] [--fail-on unmet]
  列出该年度（默认 --as-of 所在年度）已开始的每个期间、每条规则的结果（含“符合”）；连续性规则按 --as-of
  （往年按12月31日）判断。--branch 只看一个支部（不含机关层面的规则）。--json 输出 {"asOf", "findings"}（contracts §2）。
  退出码：0（无论结果如何）；给出 --fail-on unmet 时，有“不符合”则为 1。`,
  options: { year: { type: 'string' }, branch: { type: 'string' }, 'fail-on': { type: 'string' } },
  async run(flags) {
    const yearText = flags.year as string | undefined;
    if (yearText !== undefined && !/^\d{4}$/.test(yearText)) throw new UsageError(`--year 应为四位年份：${yearText}`);
    const failOn = flags['fail-on'] as string | undefined;
    if (failOn !== undefined && failOn !== 'unmet') throw new UsageError(`--fail-on 只支持 unmet：${failOn}`);
    const database = await openFromFlags(flags);
    try {
      const ctx = await cliCtx(database, flags);
      const year = yearText ? Number(yearText) : Number(ctx.today.slice(0, 4));
      const branch = flags.branch ? await resolveBranch(ctx, flags.branch as string) : null;
      const findings = await checkFindings(ctx.db, ctx.viewer.organId, year, ctx.today, branch ? [branch.id] : undefined);
      if (flags.json) {
        out(JSON.stringify({ asOf: ctx.today, findings: findings.map(contractFinding) }, null, 2));
      } else {
        // One block per branch (its name as a heading), so the table stays narrow enough for a terminal.
        const blocks: string[] = [];
        for (const name of [...new Set(findings.map((f) => f.branch))]) {
          const rows = findings
            .filter((f) => f.branch === name)
            .map((f) => [
              f.clause,
              f.rule,
              f.period,
              f.subject?.name ?? '',
              FINDING_STATUS_LABELS[f.status] + (f.severity === 'advisory' ? `（${SEVERITY_LABELS.advisory}）` : ''),
              f.status === 'notApplicable' && f.reason ? f.reason : f.message,
            ]);
          blocks.push(`【${name}】\n${textTable(['条款', '规则', '期间', '对象', '结果', '说明'], rows)}`);
        }
        out(blocks.length ? blocks.join('\n\n') : '（没有检查结果）');
      }
      const counts = countStatuses(findings);
      err(`${ctx.organName} ${year}年度标准化体检（截至${ctx.today}）：` + FINDING_STATUSES.map((s) => `${FINDING_STATUS_LABELS[s]} ${counts[s]}`).join('，'));
      return failOn === 'unmet' && counts.unmet > 0 ? EXIT.refused : EXIT.ok;
    } finally {
      await database.close();
    }
  },
};
