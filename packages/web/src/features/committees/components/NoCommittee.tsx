import { Button, Card, Empty, Space, Typography } from 'antd';
import type { BranchCommittees } from '../api';
import type { CommitteeDialog } from './CommitteeDialogs';

/** No term on record: what the branch must have (ORG-2) and the two ways to get it on record. */
export function NoCommittee({ data, onOpen }: { data: BranchCommittees; onOpen: (d: CommitteeDialog) => void }) {
  const { committeeRequired, fullMemberCount, abilities } = data;
  return (
    <Card size="small" className="cm-term">
      <Empty
        description={
          <div className="cm-empty">
            <Typography.Text strong>尚未录入本支部的支委会（书记）信息</Typography.Text>
            <Typography.Paragraph className="cm-empty-rule">
              {committeeRequired
                ? `本支部有正式党员${fullMemberCount}名，应当设立支部委员会（一般3至5人，为奇数），由党员大会选举产生，书记、副书记报机关党委批准。`
                : `本支部正式党员${fullMemberCount}名，人数较少，可不设支部委员会，只设书记1名（必要时设副书记1名），由党员大会选举产生，报机关党委批准。`}
            </Typography.Paragraph>
            <Typography.Paragraph type="secondary">
              现任班子已在启用本系统前选出的，请“录入现任班子”；需要新选举的，请“发起换届选举”。
            </Typography.Paragraph>
          </div>
        }
      >
        {(abilities.record || abilities.elect) && (
          <Space wrap>
            {abilities.record && <Button type="primary" onClick={() => onOpen({ kind: 'record' })}>录入现任班子</Button>}
            {abilities.elect && <Button onClick={() => onOpen({ kind: 'election', electionKind: 'general' })}>发起换届选举</Button>}
          </Space>
        )}
      </Empty>
    </Card>
  );
}
