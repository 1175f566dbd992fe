import { App, Button, Space, Table, Tag, Typography } from 'antd';
import { errorMessage } from '../../../api/client';
import { cardPath, deletePayment, monthCn, monthShort, yuan, type DuesGrid, type DuesMemberYear } from '../api';
import { DuesCell } from './DuesCell';
import { useIsMobile } from '../../../lib/useIsMobile';

interface Props {
  branchId: string;
  g: DuesGrid;
  write: boolean;
  onPay: (personId: string) => void;
  onChanged: () => void;
  download: (path: string, name: string) => void;
}

/** 收缴情况: members × months; an officer clicks a paid month to correct (delete) it, with a reason. */
export function DuesGridTab({ branchId: id, g, write, onPay, onChanged: reload, download }: Props) {
  const { message, modal } = App.useApp();
  const mobile = useIsMobile();
  const removePayment = (memberName: string, month: string, paymentId: string) => {
    let reason = '';
    modal.confirm({
      title: `删除${memberName}${monthCn(month)}的交费记录？`,
      content: (
        <div>
          <p>用于更正登记错误，删除原因记入审计日志。</p>
          <input aria-label="删除原因" className="ant-input" placeholder="删除原因（必填）" onChange={(e) => (reason = e.target.value)} />
        </div>
      ),
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          await deletePayment(id, paymentId, reason);
          message.success('已删除');
          reload();
        } catch (e) {
          message.error(errorMessage(e));
          throw e;
        }
      },
    });
  };

  const monthColumns = g.months.map((m, i) => ({
    title: monthShort(m.month),
    key: m.month,
    width: 60,
    align: 'center' as const,
    onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' as const } }),
    render: (_: unknown, r: DuesMemberYear) => {
      const c = r.months[i]!;
      const cell = <DuesCell cell={c} />;
      return write && c.paymentId ? (
        <span role="button" tabIndex={0} style={{ cursor: 'pointer' }} onClick={() => removePayment(r.person.name, c.month, c.paymentId!)} onKeyDown={(e) => e.key === 'Enter' && removePayment(r.person.name, c.month, c.paymentId!)}>
          {cell}
        </span>
      ) : (
        cell
      );
    },
  }));

  return (
    <Table<DuesMemberYear>
      size="small"
      rowKey={(r) => r.person.id}
      dataSource={g.members ?? []}
      pagination={false}
      scroll={{ x: 1460 }}
      columns={[
        { title: '姓名', key: 'name', fixed: 'left', width: 80, render: (_, r) => r.person.name },
        { title: '类别', key: 'cat', width: 80, render: (_, r) => r.categoryLabel ?? <Tag color="orange">未登记</Tag> },
        { title: '基数（元）', key: 'base', width: 90, align: 'right', render: (_, r) => (r.baseFen === null ? '—' : yuan(r.baseFen)) },
        { title: '比例', key: 'rate', width: 56, align: 'center', render: (_, r) => r.rate ?? '—' },
        { title: '月应交', key: 'due', width: 70, align: 'right', render: (_, r) => yuan(r.monthlyDueFen) },
        ...monthColumns,
        { title: '应交', key: 'd', width: 80, align: 'right', render: (_, r) => yuan(r.dueFen) },
        { title: '实交', key: 'p', width: 80, align: 'right', render: (_, r) => yuan(r.paidFen) },
        {
          title: '欠交',
          key: 'a',
          width: 64,
          align: 'center',
          render: (_, r) => (r.arrears.length ? <Typography.Text type="danger">{r.arrears.length}个月</Typography.Text> : '—'),
        },
        {
          title: '操作',
          key: 'op',
          ...(mobile ? {} : { fixed: 'right' as const }),
          width: 120,
          render: (_, r) => (
            <Space size={0}>
              {write && (
                <Button size="small" type="link" onClick={() => onPay(r.person.id)}>
                  交费
                </Button>
              )}
              <Button size="small" type="link" onClick={() => download(cardPath(r.person.id), `党费证-${r.person.name}.pdf`)}>
                党费证
              </Button>
            </Space>
          ),
        },
      ]}
      summary={() => (
        <>
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>每月应交</Table.Summary.Cell>
            <Table.Summary.Cell index={1} colSpan={4} />
            {g.months.map((m, i) => (
              <Table.Summary.Cell key={m.month} index={5 + i} align="center" className="dues-sum">
                {yuan(m.dueFen)}
              </Table.Summary.Cell>
            ))}
            <Table.Summary.Cell index={17} align="right">
              {yuan(g.dueFen)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={18} colSpan={2} />
            <Table.Summary.Cell index={20} />
          </Table.Summary.Row>
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>每月实交</Table.Summary.Cell>
            <Table.Summary.Cell index={1} colSpan={4} />
            {g.months.map((m, i) => (
              <Table.Summary.Cell key={m.month} index={5 + i} align="center" className="dues-sum">
                {yuan(m.paidFen)}
              </Table.Summary.Cell>
            ))}
            <Table.Summary.Cell index={17} />
            <Table.Summary.Cell index={18} align="right">
              {yuan(g.paidFen)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={19} />
            <Table.Summary.Cell index={20} />
          </Table.Summary.Row>
        </>
      )}
    />
  );
}
