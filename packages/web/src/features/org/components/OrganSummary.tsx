import { Card, Statistic } from 'antd';
import { ApartmentOutlined } from '@ant-design/icons';
import type { Branch } from '@zhibu/schemas';

/** The root of the tree: the 机关党委 with totals over the branches the viewer sees. */
export function OrganSummary({ organName, branches, totals }: { organName: string; branches: Branch[]; totals: boolean }) {
  const active = branches.filter((b) => b.status === 'active');
  const sum = (f: (b: Branch) => number) => active.reduce((n, b) => n + f(b), 0);
  return (
    <Card className="organ-card" size="small">
      <div className={totals ? 'organ-head' : 'organ-head organ-head-only'}>
        <ApartmentOutlined aria-hidden className="organ-icon" />
        <div>
          <div className="organ-name">{organName}</div>
          <div className="organ-sub">机关党委</div>
        </div>
      </div>
      {totals && (
        <div className="branch-stats">
          <Statistic title="党支部" value={active.length} suffix="个" />
          <Statistic title="正式党员" value={sum((b) => b.fullMemberCount)} suffix="名" styles={{ content: { color: '#c8102e', fontWeight: 600 } }} />
          <Statistic title="党员（含预备）" value={sum((b) => b.memberCount)} suffix="名" />
          <Statistic title="党小组" value={sum((b) => b.groups.filter((g) => !g.dissolvedOn).length)} suffix="个" />
        </div>
      )}
    </Card>
  );
}
