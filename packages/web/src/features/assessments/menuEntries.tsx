import type { Me } from '@zhibu/schemas';
import { TrophyOutlined } from '@ant-design/icons';
import type { MenuEntry } from '../../layout/menuTypes';
import { canSeeMatrix, officerBranches } from '../check/access';
import { branchAssessmentPage } from './api';

/**
 * 检查考核 (REQ-4): the 机关党委 and the 考核人员 open the list of years; a 支委 opens their branch's score sheet of
 * the current assessment (self-assessment, scores, result).
 */
export function assessmentMenuEntries(me: Me): MenuEntry[] {
  const icon = <TrophyOutlined aria-hidden />;
  if (canSeeMatrix(me)) return [{ key: '/assessments', label: '检查考核', icon }];
  const own = officerBranches(me);
  return own.map((b) => ({ key: branchAssessmentPage(b.branchId), label: own.length > 1 ? `${b.branchName}检查考核` : '检查考核', icon }));
}
