import type { Me } from '@zhibu/schemas';
import { canSeeMatrix, officerBranches } from '../check/access';

/** Who reaches which dashboard, for menus and redirects only; the server decides every request. */
export const canSeeOrganDashboard = canSeeMatrix;
/** A branch's 支委 read their own branch's dashboard. */
export const dashboardBranches = officerBranches;

/** A path with the year in the address when it is not this year (as `useYear` reads it). */
export const withYear = (path: string, year: number, me: Me) => (year === Number(me.today.slice(0, 4)) ? path : `${path}${path.includes('?') ? '&' : '?'}year=${year}`);
