import { App, Button, Popconfirm, Table } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { errorMessage } from '../../../api/client';
import { deleteExemption, type Exemption } from '../api';

/** The 机关党委's exemptions; each can be withdrawn (the rule then judges those periods again). */
export function ExemptionList({ items, onChanged }: { items: Exemption[]; onChanged: () => void }) {
  const { message } = App.useApp();
  const remove = async (e: Exemption) => {
    try {
      await deleteExemption(e.id);
      void message.success('已删除豁免');
      onChanged();
    } catch (err) {
      void message.error(errorMessage(err));
    }
  };
  return (
    <Table<Exemption>
      rowKey="id"
      size="small"
      dataSource={items}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: '暂无豁免' }}
      columns={[
        { title: '党支部', dataIndex: 'branch' },
        {
          title: '规则',
          key: 'rule',
          render: (_, e) => (
            <span>
              <code className="check-rule-id">{e.rule}</code> {e.ruleTitle}
            </span>
          ),
        },
        { title: '期间', key: 'span', render: (_, e) => `${e.fromOn} 至 ${e.toOn}` },
        { title: '理由', dataIndex: 'reason', render: (r: string) => <span className="check-exemption-reason">{r}</span> },
        {
          title: '操作',
          key: 'actions',
          render: (_, e) => (
            <Popconfirm
              title="删除这项豁免？"
              description="删除后，该期间将重新按规则判断。"
              okText="删除"
              okButtonProps={{ danger: true }}
              cancelText="取消"
              onConfirm={() => remove(e)}
            >
              <Button size="small" danger icon={<DeleteOutlined aria-hidden />} aria-label={`删除${e.branch}的豁免：${e.ruleTitle}`}>
                删除
              </Button>
            </Popconfirm>
          ),
        },
      ]}
    />
  );
}
