import Ajv2020, { type ErrorObject } from 'ajv/dist/2020.js';
import { AppError } from '../errors.js';
import { carriedColumns, type Column } from './columns.js';
import { SECTIONS } from './sections.js';
import { BUNDLE_VERSION, FORMAT } from './versions.js';

/**
 * The JSON Schema (draft 2020-12) of bundle.json, derived from the database's own columns, so it cannot drift from
 * what export writes. docs/bundle.schema.json is this, written out (`npx tsx packages/server/src/bundle/writeSchema.ts`);
 * a test fails when it is stale. Import validates every bundle against it after upgrading it to the current version.
 */
const PATTERNS = {
  uuid: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$',
  date: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
  timestamp: '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,6})?Z$',
  numeric: '^-?[0-9]+(\\.[0-9]+)?$',
} as const;
const PATTERN_LABELS: Record<string, string> = { [PATTERNS.uuid]: 'UUID', [PATTERNS.date]: 'YYYY-MM-DD 日期', [PATTERNS.timestamp]: 'ISO 8601 UTC 时间', [PATTERNS.numeric]: '十进制数' };

type JsonSchema = Record<string, unknown>;

function typeSchema(c: Column): JsonSchema {
  switch (c.type) {
    case 'uuid':
      return { type: 'string', pattern: PATTERNS.uuid };
    case 'text':
    case 'varchar':
    case 'bpchar':
      return { type: 'string' };
    case 'date':
      return { type: 'string', pattern: PATTERNS.date };
    case 'timestamptz':
      return { type: 'string', pattern: PATTERNS.timestamp };
    case 'bool':
      return { type: 'boolean' };
    case 'int2':
    case 'int4':
    case 'int8':
      return { type: 'integer' };
    case 'float4':
    case 'float8':
      return { type: 'number' };
    case 'numeric':
      return { type: 'string', pattern: PATTERNS.numeric };
    case 'json':
    case 'jsonb':
      return c.nullable ? {} : { not: { type: 'null' } };
    case '_text':
      return { type: 'array', items: { type: 'string' } };
    default:
      throw new Error(`bundle: column ${c.name} has type ${c.type}, which bundle/schema.ts does not map yet`);
  }
}

function columnSchema(c: Column): JsonSchema {
  const t = typeSchema(c);
  if (!c.nullable || !('type' in t)) return t;
  return { ...t, type: [t.type as string, 'null'] };
}

/** The schema of bundle.json for the database described by `tables` (from describeTables). */
export function bundleSchema(tables: Map<string, Column[]>): JsonSchema {
  const defs: Record<string, JsonSchema> = {};
  const properties: Record<string, JsonSchema> = {
    format: { const: FORMAT },
    version: { const: BUNDLE_VERSION },
    exportedAt: { type: 'string', pattern: PATTERNS.timestamp },
    kind: { enum: ['export', 'backup'], description: 'export: no secrets; backup: with password hashes and sessions' },
  };
  const required = ['format', 'version', 'exportedAt', 'kind'];
  for (const s of SECTIONS) {
    const columns = tables.get(s.table);
    if (!columns) throw new Error(`bundle: table ${s.table} is not in the database`);
    const carried = carriedColumns(s, columns, true);
    defs[s.name] = {
      type: 'object',
      description: `a row of table ${s.table}${s.secret ? ' (backup only)' : ''}`,
      properties: Object.fromEntries(carried.map((c) => [c.field, columnSchema(c)])),
      required: carried.filter((c) => !s.secretColumns?.includes(c.name)).map((c) => c.field),
      additionalProperties: false,
    };
    properties[s.name] = { type: 'array', items: { $ref: `#/$defs/${s.name}` } };
    if (!s.secret) required.push(s.name);
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: '支部标准化数据包 bundle.json',
    description: 'Every table as an array of rows (camelCase column names), sorted by key; the audit log as `audit`, in log order. See docs/bundle.md.',
    type: 'object',
    properties,
    required,
    additionalProperties: false,
    $defs: defs,
  };
}

const TYPE_NAMES: Record<string, string> = { string: '字符串', integer: '整数', number: '数字', boolean: '布尔值', array: '数组', object: '对象', null: 'null' };

function describeError(e: ErrorObject): string {
  const at = e.instancePath || '（顶层）';
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return `${at} 缺少字段 ${String(p.missingProperty)}`;
    case 'additionalProperties':
      return `${at} 有未知字段 ${String(p.additionalProperty)}`;
    case 'type':
      return `${at} 应为${String(p.type).split(',').map((t) => TYPE_NAMES[t] ?? t).join('或')}`;
    case 'pattern':
      return `${at} 应为${PATTERN_LABELS[String(p.pattern)] ?? `匹配 ${String(p.pattern)} 的字符串`}`;
    case 'const':
      return `${at} 应为 ${JSON.stringify(p.allowedValue)}`;
    case 'enum':
      return `${at} 应为 ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join('、')} 之一`;
    case 'not':
      return `${at} 不能为 null`;
    default:
      return `${at} ${e.message ?? e.keyword}`;
  }
}

/** Validates an upgraded bundle.json; refuses with the first problems, in Chinese. */
export function validateBundle(json: unknown, tables: Map<string, Column[]>): void {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  const validate = ajv.compile(bundleSchema(tables));
  if (validate(json)) return;
  const errors = validate.errors ?? [];
  const shown = errors.slice(0, 10).map(describeError);
  const more = errors.length > shown.length ? `\n  ……另有 ${errors.length - shown.length} 处` : '';
  throw new AppError('VALIDATION', `bundle.json 不符合数据包格式（docs/bundle.schema.json），未导入任何数据：\n  ${shown.join('\n  ')}${more}`);
}
