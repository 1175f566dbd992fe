import { Collapse, Tag, Typography } from 'antd';
import { COMMITTEE_KIND_LABELS } from '@zhibu/schemas';
import type { Committee } from '../api';
import { byRole, roleColor } from './committeeUtils';

/** Past terms, collapsed: dates and who held which post. */
export function CommitteeHistory({ history }: { history: Committee[] }) {
  if (history.length === 0) return null;
  const sorted = [...history].sort((a, b) => (a.startOn < b.startOn ? 1 : -1));
  return (
    <Collapse
      className="cm-history"
      size="small"
      items={sorted.map((c, i) => ({
        key: c.id,
        label: (
          <span>
            第{history.length - i}届 {COMMITTEE_KIND_LABELS[c.kind]}
            <Typography.Text type="secondary">（{c.startOn} 至 {c.endedOn ?? c.extendedEndOn}）</Typography.Text>
          </span>
        ),
        children: (
          <div className="tag-wrap">
            {[...c.members].sort(byRole).map((m) => (
              <Tag key={m.id} color={roleColor(m.role)}>
                {m.roleLabel} {m.name}
                {m.endOn && c.endedOn && m.endOn < c.endedOn ? `（${m.endOn} 离任）` : ''}
              </Tag>
            ))}
          </div>
        ),
      }))}
    />
  );
}
