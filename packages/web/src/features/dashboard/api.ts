import type { Dashboard, DashboardBranchRow, DashboardMonth } from '@zhibu/schemas';
import { qs } from '../../api/client';

/** 工作看板 (issue 7 §8): bodies follow the Z… schemas in `dashboard.ts`. */
export type { Dashboard, DashboardBranchRow, DashboardMonth };

export const dashboardPath = (year: number, branchId?: string) => `/api/dashboard${qs({ year, branchId })}`;
