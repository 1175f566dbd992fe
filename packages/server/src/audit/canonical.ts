import { createHash } from 'node:crypto';

/** JSON with keys sorted at every level, so that the same value always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

export const sha256 = (s: string | Buffer): string => createHash('sha256').update(s).digest('hex');

/**
 * The fields an entry's hash covers. The chain's name is not among them, so that a chain can be carried into
 * another database under another name (a merged bundle import) and still verify on its own.
 */
export interface ChainedFields {
  organId: string | null;
  at: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/** The hash of one audit entry: it covers the previous entry's hash, so an edit or a deletion breaks the chain. */
export function entryHash(prevHash: string, e: ChainedFields): string {
  return sha256(`${prevHash}\n${canonicalJson(e)}`);
}

export const GENESIS = '0'.repeat(64);
