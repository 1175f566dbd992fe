import { Button, Tag, Typography } from 'antd';
import { CheckCircleOutlined, ClockCircleOutlined } from '@ant-design/icons';
import { MEMBER_ORIGIN_LABELS } from '@zhibu/schemas';
import type { CommitteeMember } from '../api';
import { byRole, needsApproval, roleColor } from './committeeUtils';

/** 书记、副书记: 已批准 with date and 文号, or 待批准 (R-ORG-5). */
export function ApprovalStatus({ member }: { member: CommitteeMember }) {
  if (!needsApproval(member.role)) return null;
  if (member.approvedOn) {
    return (
      <span className="cm-approval">
        <Tag color="green" icon={<CheckCircleOutlined aria-hidden />}>已批准</Tag>
        <Typography.Text type="secondary">
          {member.approvedOn}
          {member.approvalDocNo ? ` · ${member.approvalDocNo}` : ''}
        </Typography.Text>
      </span>
    );
  }
  return (
    <Tag color="orange" icon={<ClockCircleOutlined aria-hidden />} className="cm-approval">
      待机关党委批准
    </Tag>
  );
}

/** The members of a term, 书记 first, with role, origin, approval and the actions the viewer may take. */
export function MemberList({ members, onVacancy, onApprove }: {
  members: CommitteeMember[];
  /** 出现空缺, when the viewer may record it */
  onVacancy?: (m: CommitteeMember) => void;
  /** 批准任职, for the organ admin */
  onApprove?: (m: CommitteeMember) => void;
}) {
  if (members.length === 0) return <Typography.Text type="warning">班子成员均已离任</Typography.Text>;
  return (
    <ul className="cm-members" aria-label="班子成员">
      {[...members].sort(byRole).map((m) => (
        <li key={m.id} className="cm-member">
          <div className="cm-member-main">
            <Tag color={roleColor(m.role)} className="cm-role">{m.roleLabel}</Tag>
            <span className="cm-member-name">{m.name}</span>
            <Typography.Text type="secondary" className="cm-member-meta">
              {MEMBER_ORIGIN_LABELS[m.origin]} · {m.startOn} 起
            </Typography.Text>
          </div>
          {needsApproval(m.role) && (
            <div className="cm-member-approval">
              <ApprovalStatus member={m} />
            </div>
          )}
          {(onApprove || onVacancy) && (
            <div className="cm-member-actions">
              {onApprove && needsApproval(m.role) && !m.approvedOn && (
                <Button size="small" type="primary" onClick={() => onApprove(m)}>批准任职</Button>
              )}
              {onVacancy && (
                <Button size="small" type="text" className="cm-muted-btn" onClick={() => onVacancy(m)} aria-label={`${m.name}离任，出现空缺`}>
                  出现空缺
                </Button>
              )}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
