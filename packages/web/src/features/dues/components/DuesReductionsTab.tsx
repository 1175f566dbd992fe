import { App, Button, Popconfirm, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { errorMessage } from '../../../api/client';
import { deleteReduction, monthCn, yuan, type DuesGrid } from '../api';

interface Props {
  branchId: string;
  g: DuesGrid;
  write: boolean;
  onAdd: () => void;
  onChanged: () => void;
}

/** 减免: the year's approved reductions and exemptions. */
export function DuesReductionsTab({ branchId: id, g, write, onAdd, onChanged: reload }: Props) {
  const { message } = App.useApp();
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {write && (
        <Button icon={<PlusOutlined aria-hidden />} onClick={() => onAdd()}>
          登记减免
        </Button>
      )}
      <Table
        size="small"
        rowKey="id"
        dataSource={g.reductions ?? []}
        pagination={false}
        scroll={{ x: 700 }}
        locale={{ emptyText: '本年度没有减交或免交' }}
        columns={[
          { title: '姓名', key: 'n', width: 80, render: (_, r) => r.person.name },
          { title: '起止', key: 'm', width: 170, render: (_, r) => `${monthCn(r.fromMonth)}—${monthCn(r.toMonth)}` },
          { title: '每月交纳', key: 'a', width: 90, render: (_, r) => (r.amountFen === 0 ? <Tag>免交</Tag> : `${yuan(r.amountFen)} 元`) },
          { title: '原因', dataIndex: 'reason' },
          { title: '批准', key: 'ap', render: (_, r) => `${r.approvalRef}（${r.approvedOn}；支部研究 ${r.branchDecidedOn}）` },
          {
            title: '',
            key: 'op',
            width: 70,
            render: (_, r) =>
              write ? (
                <Popconfirm
                  title="删除这条减免记录？"
                  okText="删除"
                  cancelText="取消"
                  onConfirm={() =>
                    deleteReduction(id, r.id)
                      .then(reload)
                      .catch((e: unknown) => message.error(errorMessage(e)))
                  }
                >
                  <Button size="small" type="link" danger>
                    删除
                  </Button>
                </Popconfirm>
              ) : null,
          },
        ]}
      />
    </Space>
  );
}
