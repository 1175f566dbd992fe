import { parseArgs } from 'node:util';
import { AppError } from '../errors.js';
import { COMMON_HELP, COMMON_OPTIONS, type Command } from './command.js';
import { err, EXIT, out, UsageError } from './io.js';
import { serveCommand } from './commands/serve.js';
import { initCommand } from './commands/init.js';
import { demoCommand } from './commands/demo.js';
import { adminCreateCommand } from './commands/adminCreate.js';
import { usersCreateCommand } from './commands/usersCreate.js';
import { auditVerifyCommand } from './commands/auditVerify.js';
import { exportCommand } from './commands/export.js';
import { importCommand } from './commands/import.js';
import { backupCommand } from './commands/backup.js';
import { restoreCommand } from './commands/restore.js';
import { checkCommand } from './commands/check.js';
import { archiveCommand } from './commands/archive.js';

const COMMANDS: Command[] = [
  serveCommand,
  initCommand,
  demoCommand,
  adminCreateCommand,
  usersCreateCommand,
  auditVerifyCommand,
  importCommand,
  exportCommand,
  backupCommand,
  restoreCommand,
  checkCommand,
  archiveCommand,
];

function topHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    '支部标准化 zhibu —— 党支部标准化建设平台命令行',
    '',
    '用法：npx zhibu <命令> [选项]',
    '',
    '命令：',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    COMMON_HELP,
    '',
    '每个命令都可加 --help 查看详细用法。退出码：0 成功；1 输入被拒绝；2 用法错误；其他为内部错误。',
  ].join('\n');
}

/** Runs one CLI invocation and returns the exit code of contracts §1. */
export async function main(argv: string[]): Promise<number> {
  const words = argv.filter((a) => !a.startsWith('-'));
  const cmd =
    COMMANDS.find((c) => c.name.includes(' ') && words.slice(0, 2).join(' ') === c.name) ??
    COMMANDS.find((c) => !c.name.includes(' ') && words[0] === c.name);
  if (!cmd) {
    if (argv.length === 0 || argv.includes('--help') || argv.includes('-h') || words[0] === 'help') {
      out(topHelp());
      return argv.length === 0 ? EXIT.usage : EXIT.ok;
    }
    err(`未知命令：${words.join(' ') || argv.join(' ')}\n\n${topHelp()}`);
    return EXIT.usage;
  }
  const rest = [...argv];
  for (const w of cmd.name.split(' ')) rest.splice(rest.indexOf(w), 1);
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: { ...COMMON_OPTIONS, ...cmd.options }, allowPositionals: true, strict: true });
  } catch (e) {
    err(`用法错误：${(e as Error).message}\n\n${cmd.usage}\n\n${COMMON_HELP}`);
    return EXIT.usage;
  }
  if (parsed.values.help) {
    out(`${cmd.usage}\n\n${COMMON_HELP}`);
    return EXIT.ok;
  }
  try {
    return await cmd.run(parsed.values as Record<string, string | boolean | undefined>, parsed.positionals);
  } catch (e) {
    if (e instanceof UsageError) {
      err(`用法错误：${e.message}\n\n${cmd.usage}`);
      return EXIT.usage;
    }
    if (e instanceof AppError && e.code !== 'INTERNAL') {
      err(`错误：${e.message}`);
      return EXIT.refused;
    }
    err(`内部错误：${(e as Error).stack ?? String(e)}`);
    return EXIT.internal;
  }
}
