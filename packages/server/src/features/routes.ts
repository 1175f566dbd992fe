import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/open.js';
import { authRoutes } from './auth/routes.js';
import { organRoutes } from './organ/routes.js';
import { branchRoutes } from './branches/routes.js';
import { personRoutes } from './persons/routes.js';
import { accountRoutes } from './accounts/routes.js';
import { attachmentRoutes } from './attachments/routes.js';
import { importRoutes } from './imports/routes.js';
import { jobRoutes } from './jobs/routes.js';
import { committeeRoutes } from './committees/routes.js';
import { electionRoutes } from './elections/routes.js';
import { checkRoutes } from './check/routes.js';
import { meetingRoutes } from './meetings/routes.js';
import { talkRoutes } from './talks/routes.js';
import { transferRoutes } from './transfers/routes.js';
import { workAssignmentRoutes } from './workAssignments/routes.js';
import { lifeMeetingRoutes } from './lifeMeetings/routes.js';
import { reportRoutes } from './reports/routes.js';
import { appraisalRoutes } from './appraisals/routes.js';
import { recordBookRoutes } from './recordBooks/routes.js';
import { meetingPlanRoutes } from './meetingPlan/routes.js';
import { myLifeRoutes } from './myLife/routes.js';
import { developmentRoutes } from './developments/routes.js';
import { workdayRoutes } from './workdays/routes.js';
import { duesRoutes } from './dues/routes.js';
import { fundRoutes } from './funds/routes.js';
import { careRoutes } from './care/routes.js';
import { educationRoutes } from './education/routes.js';
import { caseRoutes } from './cases/routes.js';
import { venueRoutes } from './venues/routes.js';
import { chatGroupRoutes } from './chatGroups/routes.js';
import { archiveRoutes } from './archives/routes.js';
import { assessmentRoutes } from './assessments/routes.js';
import { dashboardRoutes } from './dashboard/routes.js';

export interface FeatureDeps {
  database: Database;
  secureCookies: boolean;
  today: () => string;
}

/** Every feature's routes; each feature folder owns its own (style.md 1). */
export async function registerFeatureRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  await app.register(async (scope) => {
    await authRoutes(scope, deps);
    await organRoutes(scope, deps);
    await branchRoutes(scope, deps);
    await personRoutes(scope, deps);
    await accountRoutes(scope, deps);
    await attachmentRoutes(scope, deps);
    await importRoutes(scope, deps);
    await jobRoutes(scope, deps);
    await committeeRoutes(scope, deps);
    await electionRoutes(scope, deps);
    await checkRoutes(scope, deps);
    await meetingRoutes(scope, deps);
    await talkRoutes(scope, deps);
    await transferRoutes(scope, deps);
    await workAssignmentRoutes(scope, deps);
    await lifeMeetingRoutes(scope, deps);
    await reportRoutes(scope, deps);
    await appraisalRoutes(scope, deps);
    await recordBookRoutes(scope, deps);
    await meetingPlanRoutes(scope, deps);
    await myLifeRoutes(scope, deps);
    await developmentRoutes(scope, deps);
    await workdayRoutes(scope, deps);
    await duesRoutes(scope, deps);
    await fundRoutes(scope, deps);
    await careRoutes(scope, deps);
    await educationRoutes(scope, deps);
    await caseRoutes(scope, deps);
    await venueRoutes(scope, deps);
    await chatGroupRoutes(scope, deps);
    await archiveRoutes(scope, deps);
    await assessmentRoutes(scope, deps);
    await dashboardRoutes(scope, deps);
  });
}
