import type { Migration } from 'kysely';
import * as foundation from './20261124_0001_foundation.js';
import * as filesImports from './20261124_0002_files_imports.js';
import * as auditHashPerChain from './20261125_0001_audit_hash_per_chain.js';
import * as committeesCheck from './20261126_0001_committees_check.js';
import * as meetings from './20261127_0001_meetings.js';
import * as lifeRecords from './20261128_0001_life_records.js';
import * as electionMeeting from './20261129_0001_election_meeting.js';
import * as memberManagement from './20261130_0001_member_management.js';
import * as venuesCases from './20261201_0001_venues_cases.js';
import * as archives from './20261201_0004_archives.js';
import * as assessment from './20261201_0005_assessment.js';

/** Every migration, in order. Frozen: add new files, never edit landed ones. */
export const migrations: Record<string, Migration> = {
  '20261124_0001_foundation': foundation,
  '20261124_0002_files_imports': filesImports,
  '20261125_0001_audit_hash_per_chain': auditHashPerChain,
  '20261126_0001_committees_check': committeesCheck,
  '20261127_0001_meetings': meetings,
  '20261128_0001_life_records': lifeRecords,
  '20261129_0001_election_meeting': electionMeeting,
  '20261130_0001_member_management': memberManagement,
  '20261201_0001_venues_cases': venuesCases,
  '20261201_0004_archives': archives,
  '20261201_0005_assessment': assessment,
};
