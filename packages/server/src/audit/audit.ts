import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../db/types.js';
import { bulkInsert } from '../db/bulk.js';
import { entryHash, GENESIS, type ChainedFields } from './canonical.js';

const AUDIT_COLUMNS = {
  chain: 'text', organ_id: 'uuid', at: 'timestamptz', actor: 'text', action: 'text', entity_type: 'text', entity_id: 'text',
  before: 'jsonb', after: 'jsonb', prev_hash: 'text', hash: 'text',
};

/** Fields that never reach the audit log (contracts §5). */
const SECRET_KEYS = new Set(['password', 'password_hash', 'passwordHash', 'token', 'token_hash', 'tokenHash']);

function scrub(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return v.map(scrub);
  if (typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, val] of Object.entries(v as Record<string, unknown>)) {
      if (!SECRET_KEYS.has(k) && val !== undefined) out[k] = scrub(val);
    }
    return out;
  }
  return v;
}

export interface AuditEvent {
  organId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/**
 * Appends an audit entry in the caller's transaction (style.md 6). The chain of an organ is serialized by an
 * advisory lock, so concurrent writers on PostgreSQL still form one unbroken chain.
 */
export async function recordEvent(trx: Transaction<DB>, actor: string, e: AuditEvent): Promise<void> {
  await recordEvents(trx, actor, [e]);
}

/**
 * Appends many entries of one organ's chain at once (a bulk import audits each person it writes), hashing them in
 * order and inserting in batches.
 */
export async function recordEvents(trx: Transaction<DB>, actor: string, events: AuditEvent[]): Promise<void> {
  if (events.length === 0) return;
  const chain = events[0]!.organId ?? 'system';
  if (events.some((e) => (e.organId ?? 'system') !== chain)) throw new Error('recordEvents: one chain per call');
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`audit:${chain}`}))`.execute(trx);
  const last = await trx
    .selectFrom('audit_log')
    .select(['hash'])
    .where('chain', '=', chain)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  let prevHash = last?.hash ?? GENESIS;
  const at = new Date().toISOString();
  const rows = events.map((e) => {
    const fields: ChainedFields = {
      organId: e.organId,
      at,
      actor,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      before: scrub(e.before),
      after: scrub(e.after),
    };
    const hash = entryHash(prevHash, fields);
    const row = {
      chain,
      organ_id: e.organId,
      at,
      actor,
      action: e.action,
      entity_type: e.entityType,
      entity_id: e.entityId,
      before: fields.before,
      after: fields.after,
      prev_hash: prevHash,
      hash,
    };
    prevHash = hash;
    return row;
  });
  await bulkInsert(trx, 'audit_log', rows, AUDIT_COLUMNS, 2000);
}

export interface ChainProblem {
  chain: string;
  seq: number;
  problem: string;
}

/**
 * Walks every chain in order and recomputes each hash: an edited entry fails its own hash, a deleted one
 * breaks the link of the next entry (or the chain's end no longer matches its successor).
 */
export async function verifyAudit(db: Kysely<DB>): Promise<{ entries: number; chains: number; problems: ChainProblem[] }> {
  const rows = await db.selectFrom('audit_log').selectAll().orderBy('chain').orderBy('seq').execute();
  const problems: ChainProblem[] = [];
  let chain = '';
  let prev = GENESIS;
  let chains = 0;
  for (const r of rows) {
    if (r.chain !== chain) {
      chain = r.chain;
      prev = GENESIS;
      chains++;
    }
    if (r.prev_hash !== prev) {
      problems.push({ chain, seq: r.seq, problem: '与前一条记录的链接断开（前一条被删除或修改）' });
    }
    const fields: ChainedFields = {
      organId: r.organ_id,
      at: r.at.toISOString(),
      actor: r.actor,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      before: r.before ?? null,
      after: r.after ?? null,
    };
    if (entryHash(r.prev_hash, fields) !== r.hash) {
      problems.push({ chain, seq: r.seq, problem: '记录内容与其哈希不符（已被修改）' });
    }
    prev = r.hash;
  }
  return { entries: rows.length, chains, problems };
}
