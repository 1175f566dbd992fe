import type { Kysely } from 'kysely';
import type { Viewer } from '@zhibu/domain';
import type { DB } from './db/types.js';

/** What a service needs to act for someone: the database, who acts, and the date judged by. */
export interface Ctx {
  db: Kysely<DB>;
  viewer: Viewer;
  /** the audit actor: `user:<username>` or `cli:<system user>` */
  actor: string;
  /** "today" in Asia/Shanghai, or the `--as-of` date */
  today: string;
}
