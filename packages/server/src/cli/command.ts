import type { ParseArgsConfig } from 'node:util';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface Command {
  /** e.g. `serve`, `admin create` */
  name: string;
  summary: string;
  usage: string;
  options: OptionSpec;
  run(flags: Record<string, string | boolean | undefined>, positionals: string[]): Promise<number>;
}

/** Flags every command takes (contracts §1). */
export const COMMON_OPTIONS: OptionSpec = {
  help: { type: 'boolean', short: 'h' },
  data: { type: 'string' },
  'as-of': { type: 'string' },
  organ: { type: 'string' },
  as: { type: 'string' },
  json: { type: 'boolean' },
};

export const COMMON_HELP = `通用选项：
  --data DIR        内嵌数据库目录（默认 ./data，或环境变量 ZHIBU_DATA_DIR）；设置 DATABASE_URL 时使用 PostgreSQL
  --as-of 日期      以该日期为"今天"（YYYY-MM-DD，或环境变量 ZHIBU_TODAY），默认北京时间的今天
  --organ 名称      数据库中有多个机关时指定其一
  --as 用户名       以该账号的名义记入审计（默认 cli:<系统用户>）
  --json            以 JSON 输出结果
  -h, --help        显示帮助`;
