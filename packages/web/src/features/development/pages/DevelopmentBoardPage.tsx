import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Button, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { BranchPicker } from '../../../lib/BranchPicker';
import { PageHeader } from '../../../lib/PageHeader';
import { PageState } from '../../../lib/PageState';
import { useApi } from '../../../lib/useApi';
import { boardPath, CATEGORY_LABELS, type DevBoard } from '../api';
import { DeadlineTags } from '../components/DeadlineTags';
import { OpenFileModal } from '../components/OpenFileModal';
import '../development.css';

/** The organ admin without a branch in the address picks one. */

/** 发展党员看板 (MEM-1): the five stages as columns with counts, each person's next step and due items. */
export default function DevelopmentBoardPage() {
  const { id } = useParams();
  return id ? <Board id={id} /> : <BranchPicker title="发展党员" page="developments" />;
}

function Board({ id }: { id: string }) {
  const board = useApi<DevBoard>(boardPath(id));
  const [opening, setOpening] = useState(false);
  const b = board.data;
  return (
    <div>
      <PageHeader
        title="发展党员"
        sub={b?.branch.name}
        extra={
          b?.abilities.write && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setOpening(true)}>
              建立发展档案
            </Button>
          )
        }
      />
      <PageState loading={board.loading && !b} error={board.error} onRetry={board.reload}>
        {b && (
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <div className="dev-board" aria-label="发展党员看板">
              {b.stages.map((s) => (
                <Card key={s.no} size="small" className="dev-column" title={`${s.no}. ${s.name}（${s.count}）`} aria-label={`第${s.no}阶段`}>
                  {b.files.filter((f) => f.stage === s.no).length === 0 ? (
                    <Typography.Text type="secondary">暂无</Typography.Text>
                  ) : (
                    b.files
                      .filter((f) => f.stage === s.no)
                      .map((f) => (
                        <Card key={f.id} size="small" className="dev-card">
                          <Space orientation="vertical" size={4} style={{ width: '100%' }}>
                            <Space wrap>
                              <Link to={`/developments/${f.id}`}>{f.person.name}</Link>
                              <Tag>{CATEGORY_LABELS[f.category] ?? f.category}</Tag>
                            </Space>
                            <Typography.Text type="secondary">下一步：{f.next.map((n) => `第${n.no}步 ${n.name}`).join(' / ') || '无'}</Typography.Text>
                            <DeadlineTags items={f.deadlines} />
                          </Space>
                        </Card>
                      ))
                  )}
                </Card>
              ))}
            </div>
            {b.closed.length > 0 && (
              <Card size="small" title="已办结或终止">
                <List
                  size="small"
                  dataSource={b.closed}
                  renderItem={(f) => (
                    <List.Item>
                      <Link to={`/developments/${f.id}`}>{f.person.name}</Link>
                      <span>{f.status === 'confirmed' ? '已转正' : '已终止'}</span>
                    </List.Item>
                  )}
                />
              </Card>
            )}
            {b.files.length === 0 && b.closed.length === 0 && <Empty description="本支部还没有发展党员档案" />}
          </Space>
        )}
      </PageState>
      <OpenFileModal branchId={id} open={opening} onClose={() => setOpening(false)} />
    </div>
  );
}
