import { Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useApi } from '../../../lib/useApi';
import { CATEGORY_LABELS, myDevelopmentPath, STAGE_NAMES, type Development } from '../api';
import { DeadlineTags } from './DeadlineTags';

/**
 * 我的入党材料: the person's own development file, read only. Shown when they have one, or — with a hint — when
 * they are an 入党申请人 / 入党积极分子 / 发展对象 whose branch has not opened it yet.
 */
export function MyDevelopmentCard({ inDevelopment = false }: { inDevelopment?: boolean }) {
  const mine = useApi<{ file: Development | null }>(myDevelopmentPath);
  const f = mine.data?.file;
  if (!f) {
    if (!inDevelopment || !mine.data) return null;
    return (
      <Card title="我的入党材料" size="small">
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="支部尚未为您建立发展党员档案，如有疑问请联系支部组织委员。" />
      </Card>
    );
  }
  return (
    <Card title="我的入党材料" size="small">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Tag>{CATEGORY_LABELS[f.person.category] ?? f.person.category}</Tag>
          <span>
            第{f.stage}阶段 {STAGE_NAMES[f.stage - 1]}
          </span>
          {f.next.length > 0 && <Typography.Text type="secondary">下一步：{f.next.map((n) => f.stepDefs.find((d) => d.no === n)?.name).join(' / ')}</Typography.Text>}
        </Space>
        <DeadlineTags items={f.deadlines} all />
        <List
          size="small"
          dataSource={f.steps}
          renderItem={(s) => (
            <List.Item>
              {s.doneOn} 第{s.step}步 {s.name}
            </List.Item>
          )}
        />
      </Space>
    </Card>
  );
}
