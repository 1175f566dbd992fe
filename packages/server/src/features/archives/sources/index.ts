import type { ArchiveCategoryKey } from '@zhibu/domain';
import { fundItems } from './funds.js';
import { lifeItems } from './life.js';
import { memberItems } from './members.js';
import { organizationItems } from './organization.js';
import type { RecordItem, SourceCtx } from './common.js';

export type { RecordItem, SourceCtx } from './common.js';

/** The items a yearly category takes from records (LED-2, 3, 4, 7); the others hold uploads only. */
const LOADERS: Partial<Record<ArchiveCategoryKey, (s: SourceCtx) => Promise<RecordItem[]>>> = {
  organization: organizationItems,
  members: memberItems,
  life: lifeItems,
  funds: fundItems,
};

export async function recordItems(s: SourceCtx, category: ArchiveCategoryKey): Promise<RecordItem[]> {
  return (await LOADERS[category]?.(s)) ?? [];
}
