import { Alert, App, Button, Modal, Table, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import type { IssuedPassword } from '@zhibu/schemas';
import { PrintSlips } from './PrintSlips';

interface Props {
  title: string;
  organName: string;
  items: IssuedPassword[];
  /** e.g. "已有账号的 3 人未重复开通" */
  note?: string;
  onClose: () => void;
}

/** One-time passwords, shown once, with printable slips. */
export function IssuedPasswordsModal({ title, organName, items, note, onClose }: Props) {
  const { modal } = App.useApp();
  const confirmClose = () => {
    modal.confirm({
      title: '确认已记录或打印？',
      content: '关闭后将无法再次查看这些初始密码，只能重置密码。',
      okText: '已记录，关闭',
      cancelText: '返回',
      onOk: onClose,
    });
  };
  return (
    <Modal
      open
      title={title}
      onCancel={confirmClose}
      mask={{ closable: false }}
      width={640}
      footer={[
        <Button key="print" icon={<PrinterOutlined aria-hidden />} onClick={() => window.print()} disabled={items.length === 0}>
          打印账号条
        </Button>,
        <Button key="close" type="primary" onClick={confirmClose}>
          完成
        </Button>,
      ]}
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 12 }}
        title="初始密码只显示这一次"
        description="请立即打印账号条或妥善记录后交给本人；本人首次登录时须修改密码。"
      />
      {note && <Typography.Paragraph type="secondary">{note}</Typography.Paragraph>}
      <Table<IssuedPassword>
        size="small"
        rowKey="username"
        pagination={false}
        dataSource={items}
        scroll={{ x: 'max-content', y: 360 }}
        columns={[
          { title: '姓名', dataIndex: 'name', render: (n: string | null) => n ?? '—' },
          { title: '用户名', dataIndex: 'username', render: (u: string) => <Typography.Text code>{u}</Typography.Text> },
          {
            title: '初始密码',
            dataIndex: 'password',
            render: (p: string) => (
              <Typography.Text code copyable={{ text: p, tooltips: ['复制', '已复制'] }}>
                {p}
              </Typography.Text>
            ),
          },
        ]}
        locale={{ emptyText: '没有新开通的账号' }}
      />
      <PrintSlips organName={organName} items={items} />
    </Modal>
  );
}
