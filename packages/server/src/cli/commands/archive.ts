import fs from 'node:fs';
import path from 'node:path';
import { ARCHIVE_CATEGORIES, archiveFileName } from '@zhibu/domain';
import type { Command } from '../command.js';
import { cliCtx, openFromFlags, resolveBranch } from '../context.js';
import { err, EXIT, out, UsageError } from '../io.js';
import { fileStoreFor } from '../../features/attachments/store.js';
import { bindYear } from '../../features/archives/service.js';

export const archiveCommand: Command = {
  name: 'archive',
  summary: '合订台账：把一个支部某年度的各类档案装订成册（PDF，另附目录 .docx/.xlsx）',
  usage: `用法：npx zhibu archive --branch 支部名称 --year 年份 --out 目录
  每个按年合订的类目（LED-2…LED-7）写一个 PDF（封面、卷内目录、逐件材料，页号从第一件起编），
  文件名如 LED-4-组织生活档案.pdf，目录另存为 LED-4-组织生活档案-目录.docx / .xlsx；每次装订都留痕。`,
  options: { branch: { type: 'string' }, year: { type: 'string' }, out: { type: 'string' } },
  async run(flags) {
    const name = flags.branch as string | undefined;
    const yearText = flags.year as string | undefined;
    const dir = flags.out as string | undefined;
    if (!name || !yearText || !dir) throw new UsageError('需要 --branch、--year 和 --out');
    if (!/^\d{4}$/.test(yearText)) throw new UsageError(`--year 应为四位年份：${yearText}`);
    const database = await openFromFlags(flags);
    try {
      const ctx = await cliCtx(database, flags);
      const branch = await resolveBranch(ctx, name);
      fs.mkdirSync(dir, { recursive: true });
      const keys = ARCHIVE_CATEGORIES.filter((c) => c.boundYearly).map((c) => c.key);
      const bound = await bindYear(ctx, fileStoreFor(database), { id: branch.id, name: branch.full_name }, Number(yearText), keys);
      for (const b of bound) {
        const c = ARCHIVE_CATEGORIES.find((x) => x.key === b.category)!;
        const files: [string, Buffer][] = [
          [archiveFileName(c), b.pdf],
          [archiveFileName({ clause: c.clause, name: `${c.name}-目录` }, 'docx'), b.docx],
          [archiveFileName({ clause: c.clause, name: `${c.name}-目录` }, 'xlsx'), b.xlsx],
        ];
        for (const [file, bytes] of files) {
          const p = path.join(dir, file);
          fs.writeFileSync(p, bytes);
          out(p);
        }
        err(`${c.clause} ${c.name}：${b.items} 件，${b.pages} 页`);
      }
      return EXIT.ok;
    } finally {
      await database.close();
    }
  },
};
