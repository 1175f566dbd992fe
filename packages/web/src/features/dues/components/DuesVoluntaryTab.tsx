import { Table, Tag } from 'antd';
import { DUES_METHOD_LABELS } from '@zhibu/schemas';
import { yuan, type DuesGrid } from '../api';

/** 自愿多交: the year's voluntary payments; 1000 yuan or more goes whole to the Central Committee. */
export function DuesVoluntaryTab({ g }: { g: DuesGrid }) {
  return (
    <Table
      size="small"
      rowKey="id"
      dataSource={g.voluntary ?? []}
      pagination={false}
      locale={{ emptyText: '本年度没有自愿多交的党费' }}
      columns={[
        { title: '姓名', key: 'n', render: (_, r) => r.person.name },
        { title: '金额（元）', key: 'a', align: 'right', render: (_, r) => yuan(r.amountFen) },
        { title: '交纳日期', dataIndex: 'paidOn' },
        { title: '方式', key: 'm', render: (_, r) => DUES_METHOD_LABELS[r.method] },
        { title: '', key: 'c', render: (_, r) => (r.centralRemittance ? <Tag color="red">全额上缴中央</Tag> : null) },
      ]}
    />
  );
}
