import { useState } from 'react';
import { Button, Card, Descriptions, Statistic, Tag, Typography } from 'antd';
import { PlusOutlined, RightOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useMe } from '../../auth/MeContext';
import { canSeeCommittee } from '../../committees/access';
import type { Branch } from '@zhibu/schemas';
import { BRANCH_KIND_LABELS } from '../../../lib/labels';
import { orDash } from '../../../lib/dates';
import { BranchActions } from './BranchActions';
import { BranchDialogs, type BranchDialog } from './BranchDialogs';
import { BranchStatus } from './BranchStatus';
import { GroupList } from './GroupList';
import { OfficerList } from './OfficerList';

/** One 党支部 in the tree: names, kind, units, founding, status, counts, officers and 党小组. */
export function BranchCard({ branch, today, onChanged }: { branch: Branch; today: string; onChanged: () => void }) {
  const [dialog, setDialog] = useState<BranchDialog | null>(null);
  const me = useMe();
  const active = branch.status === 'active';
  const saved = () => {
    setDialog(null);
    onChanged();
  };
  return (
    <Card
      className={`branch-card${active ? '' : ' branch-dissolved'}`}
      title={
        <div className="branch-title">
          <span className="branch-short">{branch.shortName}</span>
          <Tag>{BRANCH_KIND_LABELS[branch.kind]}</Tag>
          <BranchStatus branch={branch} />
        </div>
      }
      extra={<BranchActions branch={branch} onOpen={setDialog} />}
      size="small"
    >
      <Typography.Paragraph type="secondary" className="branch-full">
        {branch.fullName}
      </Typography.Paragraph>
      <div className="branch-stats">
        <Statistic title="正式党员" value={branch.fullMemberCount} suffix="名" styles={{ content: { color: '#c8102e', fontWeight: 600 } }} />
        <Statistic title="党员（含预备）" value={branch.memberCount} suffix="名" />
        <Statistic title="党小组" value={branch.groups.filter((g) => !g.dissolvedOn).length} suffix="个" />
      </div>
      <Descriptions
        size="small"
        column={1}
        className="branch-desc"
        items={[
          {
            key: 'units',
            label: '覆盖委室',
            children: branch.units.length ? branch.units.map((u) => <Tag key={u.id}>{u.name}</Tag>) : '—',
          },
          { key: 'founded', label: '成立日期', children: orDash(branch.foundedOn) },
          {
            key: 'officers',
            label: '支部委员',
            children: (
              <div>
                <OfficerList
                  officers={branch.officers}
                  canEnd={branch.abilities.admin && active}
                  linkable={branch.abilities.viewRoster}
                  onEnd={(officer) => setDialog({ kind: 'endPost', officer })}
                />
                {canSeeCommittee(me, branch.id) && (
                  <Link to={`/branches/${branch.id}/committee`} style={{ display: 'inline-block', marginTop: 4 }} aria-label={`${branch.shortName}支部委员会`}>
                    支部委员会 <RightOutlined aria-hidden style={{ fontSize: 10 }} />
                  </Link>
                )}
              </div>
            ),
          },
        ]}
      />
      <div className="branch-groups-head">
        <Typography.Text strong>党小组</Typography.Text>
        {active && branch.abilities.manage && (
          <Button size="small" type="link" icon={<PlusOutlined aria-hidden />} onClick={() => setDialog({ kind: 'group' })}>
            新建党小组
          </Button>
        )}
      </div>
      <GroupList groups={branch.groups} canManage={active && branch.abilities.manage} onEdit={(group) => setDialog({ kind: 'group', group })} />
      <BranchDialogs branch={branch} dialog={dialog} today={today} onClose={() => setDialog(null)} onSaved={saved} />
    </Card>
  );
}
