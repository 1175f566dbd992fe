import fs from 'node:fs';
import path from 'node:path';
import { ARCHIVE_CATEGORIES, type ArchiveCategoryKey } from '@zhibu/domain';
import type { Command } from '../command.js';
import { cliCtx, openFromFlags, resolveBranch } from '../context.js';
import { err, EXIT, out, UsageError } from '../io.js';
import { fileStoreFor } from '../../features/attachments/store.js';
import { bindYear } from '../../features/archives/service.js';

export const archiveCommand: Command = {
  name: 'archive',
  summary: '合订台账：把一个支部某年度的各类档案装订成册（PDF，另附目录 .docx/.xlsx）',
  usage: `用法：npx zhibu archive --branch 支部名称 --year 年份 --out 目录 [--category 类目]
  每个按年合订的类目（LED-2…LED-7）写一个 PDF（封面、卷内目录、逐件材料，页号从第一件起编），
  文件名如 LED-4-组织生活档案.pdf，目录另存为 LED-4-组织生活档案-目录.docx / .xlsx；
  花名册、组织关系介绍信、党费收缴登记表、发展党员全程记实表、会议记录及其附件、谈心谈话、民主评议表、
  经费台账及票据等由系统记录生成，上传的纸质材料排在同类记录之后。
  另写会议记录本 LED-1-会议记录本.pdf（已封存的取封存时的文件）、每个党小组的 LED-1-会议记录本-<组名>.pdf，
  以及全体党员的党费证 LED-8-党费证.pdf。--category 只装订一个类目（organization、members、life、
  education、excellence、funds、recordBooks、duesCards）。每次装订都留痕。`,
  options: { branch: { type: 'string' }, year: { type: 'string' }, out: { type: 'string' }, category: { type: 'string' } },
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
      const only = flags.category as string | undefined;
      if (only && !ARCHIVE_CATEGORIES.some((c) => c.key === only)) throw new UsageError(`没有这个档案类别：${only}`);
      const keys = only ? [only as ArchiveCategoryKey] : ARCHIVE_CATEGORIES.map((c) => c.key);
      const bound = await bindYear(ctx, fileStoreFor(database), { id: branch.id, name: branch.full_name }, Number(yearText), keys);
      for (const b of bound) {
        const c = ARCHIVE_CATEGORIES.find((x) => x.key === b.category)!;
        for (const f of b.files) {
          const p = path.join(dir, f.fileName);
          fs.writeFileSync(p, f.bytes);
          out(p);
        }
        err(`${c.clause} ${c.name}：${b.items} ${c.boundYearly ? '件' : c.key === 'recordBooks' ? '本' : '人'}，${b.pages} 页`);
      }
      return EXIT.ok;
    } finally {
      await database.close();
    }
  },
};
