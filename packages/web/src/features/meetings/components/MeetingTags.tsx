import { Tag } from 'antd';
import { MEETING_STATUS_LABELS, REVIEW_STATUS_LABELS } from '@zhibu/schemas';
import type { MeetingListItem } from '../api';
import { lateText } from '../meetingUtils';

const STATUS_COLOR = { planned: 'blue', held: 'green', cancelled: 'default' } as const;
const REVIEW_COLOR = { none: 'default', submitted: 'processing', returned: 'red', spotChecked: 'purple' } as const;

/**
 * Status, 补录 (never hidden) and the 机关党委's review of one meeting. Given `today`, a plan whose date has passed
 * reads 计划未召开 (as on the year grid) rather than as a plan still to come.
 */
export function MeetingTags({ m, recordedAt, today }: { m: Pick<MeetingListItem, 'status' | 'late' | 'reviewStatus'> & { heldOn?: string }; recordedAt?: string | null; today?: string }) {
  const overdue = m.status === 'planned' && !!today && !!m.heldOn && m.heldOn < today;
  return (
    <>
      {overdue ? <Tag color="orange">计划未召开</Tag> : <Tag color={STATUS_COLOR[m.status]}>{MEETING_STATUS_LABELS[m.status]}</Tag>}
      {m.late && <Tag color="orange">{lateText(recordedAt)}</Tag>}
      {m.reviewStatus !== 'none' && <Tag color={REVIEW_COLOR[m.reviewStatus]}>{REVIEW_STATUS_LABELS[m.reviewStatus]}</Tag>}
    </>
  );
}
