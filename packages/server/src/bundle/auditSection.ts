import type { Kysely } from 'kysely';
import type { DB } from '../db/types.js';
import { carriedColumns, dynamic, rowToDb, type Column } from './columns.js';
import { rowsByKey } from './plan.js';
import type { Section } from './sections.js';

type Row = Record<string, unknown>;

export interface AuditImport {
  /** entries written */
  entries: number;
  /** chains of the bundle whose every entry the database already holds (the bundle came from here), not written again */
  present: string[];
  /** the chains written, by their name in this database */
  chains: string[];
}

/** The chain a merged bundle's entries are kept under: apart from the target's, named after the bundle. */
export const importedChainName = (bundleSha: string, chain: string) => `import:${bundleSha.slice(0, 12)}:${chain}`;

/**
 * Writes the bundle's audit entries in their order (`seq` is assigned anew, the order is kept).
 * Into an empty database they keep their chain names, so the chains continue there. Merged into a non-empty one,
 * each source chain is written whole under `rename(chain)`: an entry's hash does not cover its chain's name, so the
 * copy verifies on its own from its first entry. A chain whose every entry is already here is not copied again,
 * which makes importing the same bundle twice, or a bundle of this database, change nothing.
 */
export async function writeAuditSection(db: Kysely<DB>, section: Section, columns: Column[], entries: Row[], rename?: (chain: string) => string): Promise<AuditImport> {
  const carried = carriedColumns(section, columns, true);
  let rows = entries;
  const present: string[] = [];
  if (rename && entries.length) {
    const known = await rowsByKey(db, section.table, ['hash'], entries.map((e) => [String(e.hash)]));
    const chains = new Map<string, boolean>();
    for (const e of entries) chains.set(String(e.chain), (chains.get(String(e.chain)) ?? true) && known.has(String(e.hash)));
    for (const [chain, all] of chains) if (all) present.push(chain);
    rows = entries.filter((e) => !chains.get(String(e.chain))).map((e) => ({ ...e, chain: rename(String(e.chain)) }));
  }
  const values = rows.map((e) => rowToDb(e, carried));
  for (let i = 0; i < values.length; i += 500) await dynamic(db).insertInto(section.table).values(values.slice(i, i + 500)).execute();
  return { entries: values.length, present: present.sort(), chains: [...new Set(values.map((r) => String(r.chain)))].sort() };
}
