import { Descriptions, Tag, Typography } from 'antd';
import type { Election } from '../api';
import { roleColor } from './committeeUtils';
import { BRANCH_ROLE_LABELS } from '../../../lib/labels';

/** The recorded result, read only: attendance and quorum, each nominee's votes, the elected and their posts. */
export function ResultSummary({ election: e }: { election: Election }) {
  if (!e.heldOn) return <Typography.Text type="secondary">尚未录入选举结果</Typography.Text>;
  const absent = e.voters.filter((v) => v.attendance === 'absent').map((v) => v.name);
  const excluded = e.voters.filter((v) => v.attendance === 'excluded').map((v) => v.name);
  const nominees = [...e.nominees].sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0));
  return (
    <div className="el-summary">
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 4 }}
        items={[
          { key: 'held', label: '选举日期', children: e.heldOn },
          { key: 'expected', label: '应到会', children: `${e.expected}人` },
          { key: 'present', label: '实到会', children: `${e.present}人` },
          {
            key: 'quorum',
            label: '到会人数',
            children: e.quorumMet ? <Tag color="green">超过五分之四，有效</Tag> : <Tag color="red">未超过五分之四（须{e.quorumNeeded}人）</Tag>,
          },
          ...(absent.length ? [{ key: 'absent', label: '缺席', children: absent.join('、') }] : []),
          ...(excluded.length ? [{ key: 'excluded', label: '不计入应到', children: excluded.join('、') }] : []),
        ]}
      />
      <ul className="el-tally el-tally-readonly" aria-label="选举结果">
        {nominees.map((n) => (
          <li key={n.id} className="el-tally-row">
            <span className="el-tally-name">{n.name}</span>
            <span className="el-tally-votes">{n.votes ?? '—'} 票</span>
            {n.elected ? <Tag color="red">当选</Tag> : <Tag>未当选</Tag>}
            {n.elected && n.role && <Tag color={roleColor(n.role)}>{BRANCH_ROLE_LABELS[n.role]}</Tag>}
          </li>
        ))}
      </ul>
    </div>
  );
}
