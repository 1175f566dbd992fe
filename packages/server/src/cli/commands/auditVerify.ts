import type { Command } from '../command.js';
import { openFromFlags } from '../context.js';
import { err, EXIT, out } from '../io.js';
import { verifyAudit } from '../../audit/audit.js';

export const auditVerifyCommand: Command = {
  name: 'audit verify',
  summary: '校验审计记录的哈希链，发现被修改或删除的记录',
  usage: '用法：npx zhibu audit verify [--json]\n  链完整时退出码为 0；发现问题时逐条列出并以退出码 1 结束。',
  options: {},
  async run(flags) {
    const database = await openFromFlags(flags);
    try {
      const r = await verifyAudit(database.db);
      if (flags.json) out(JSON.stringify({ ok: r.problems.length === 0, ...r }));
      else if (r.problems.length === 0) out(`审计链完整：${r.chains} 条链，共 ${r.entries} 条记录。`);
      else {
        out(`审计链被破坏：发现 ${r.problems.length} 处问题（共 ${r.entries} 条记录）。`);
        for (const p of r.problems) out(`  链 ${p.chain} 第 ${p.seq} 条：${p.problem}`);
      }
      if (r.problems.length) err('请立即保全数据库并报告安全管理员。');
      return r.problems.length ? EXIT.refused : EXIT.ok;
    } finally {
      await database.close();
    }
  },
};
