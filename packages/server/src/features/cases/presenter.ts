import type { CaseCard } from '@zhibu/schemas';
import type { CaseRow } from './repository.js';

export const toCard = (c: CaseRow): CaseCard => ({
  id: c.id,
  branch: { id: c.branch_id, name: c.branch_name },
  title: c.title,
  summary: c.summary,
  tags: c.tags,
  clauses: c.clauses,
  status: c.status,
  returnReason: c.return_reason,
  promoted: c.promoted,
  submittedOn: c.submitted_on,
  publishedOn: c.published_on,
  updatedAt: c.updated_at.toISOString(),
});
