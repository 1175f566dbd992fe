import type { Me } from '@zhibu/schemas';
import { AuditOutlined, BookOutlined, CommentOutlined, FileTextOutlined, InboxOutlined } from '@ant-design/icons';
import type { MenuEntry } from '../../layout/menuTypes';
import { isOrganAdmin } from '../../lib/access';
import { officerBranches } from '../check/access';

/**
 * The rest of 组织生活 for the branches where the account holds a committee post (谈心谈话, 民主评议, 工作报告,
 * 会议记录本), and the organ admin's inbox of branch reports. Members reach their part through 我的.
 */
export function lifeMenuEntries(me: Me): MenuEntry[] {
  const own = officerBranches(me);
  const prefix = (name: string) => (own.length > 1 ? name : '');
  const out: MenuEntry[] = [];
  for (const b of own) {
    const p = prefix(b.branchName);
    out.push(
      { key: `/branches/${b.branchId}/talks`, label: `${p}谈心谈话`, icon: <CommentOutlined aria-hidden /> },
      { key: `/branches/${b.branchId}/appraisals`, label: `${p}民主评议`, icon: <AuditOutlined aria-hidden /> },
      { key: `/branches/${b.branchId}/reports`, label: `${p}工作报告`, icon: <FileTextOutlined aria-hidden /> },
      { key: `/branches/${b.branchId}/record-books`, label: `${p}会议记录本`, icon: <BookOutlined aria-hidden /> },
    );
  }
  if (isOrganAdmin(me)) out.push({ key: '/reports/inbox', label: '工作报告收件', icon: <InboxOutlined aria-hidden /> });
  return out;
}
