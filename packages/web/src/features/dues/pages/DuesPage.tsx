import { useState } from 'react';
import { useParams } from 'react-router';
import { App, Button, Card, DatePicker, Space, Tabs, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { errorMessage } from '../../../api/client';
import { useMe } from '../../auth/MeContext';
import { YearSelect } from '../../check/components/YearSelect';
import { useYear } from '../../check/useYear';
import { downloadFile } from '../../../lib/files';
import { BranchPicker } from '../../../lib/BranchPicker';
import { PageHeader } from '../../../lib/PageHeader';
import { PageState } from '../../../lib/PageState';
import { useApi } from '../../../lib/useApi';
import { duesPath, ledgerPath, sheetPath, yuan, type DuesGrid, type DuesMemberYear } from '../api';
import { BaseModal } from '../components/BaseModal';
import { DuesBasesTab } from '../components/DuesBasesTab';
import { DuesGridTab } from '../components/DuesGridTab';
import { DuesReductionsTab } from '../components/DuesReductionsTab';
import { DuesVoluntaryTab } from '../components/DuesVoluntaryTab';
import { PaymentModal } from '../components/PaymentModal';
import { ReductionModal } from '../components/ReductionModal';

/** The organ admin without a branch in the address picks one. */

/** 党费收缴 of a branch (MEM-3, LED-3, LED-8): the year grid, bases, reductions, voluntary payments and the papers. */
export default function DuesPage() {
  const { id } = useParams();
  return id ? <BranchDues id={id} /> : <BranchPicker title="党费收缴" page="dues" />;
}

function BranchDues({ id }: { id: string }) {
  const me = useMe();
  const { message } = App.useApp();
  const [year, setYear] = useYear();
  const grid = useApi<DuesGrid>(duesPath(id, year));
  // paying ahead reaches into next year's months
  const next = useApi<DuesGrid>(year === Number(me.today.slice(0, 4)) ? duesPath(id, year + 1) : null);
  const [paying, setPaying] = useState<{ personId?: string } | null>(null);
  const [basing, setBasing] = useState<{ member?: DuesMemberYear } | null>(null);
  const [reducing, setReducing] = useState(false);
  const [sheetMonth, setSheetMonth] = useState<Dayjs>(dayjs(me.today));
  const g = grid.data;
  const write = !!g?.abilities.write;
  const reload = () => {
    grid.reload();
    next.reload();
  };
  const download = (path: string, name: string) => downloadFile(path, name).catch((e: unknown) => message.error(errorMessage(e)));

  return (
    <div>
      <PageHeader
        title="党费收缴"
        sub={g ? `${g.branch.name} · ${year}年` : undefined}
        extra={
          <>
            <YearSelect year={year} onChange={setYear} />
            {write && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setPaying({})}>
                登记交费
              </Button>
            )}
          </>
        }
      />
      <PageState loading={grid.loading && !g} error={grid.error} onRetry={grid.reload}>
        {g && (
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card size="small">
              <Space wrap>
                <span>
                  全年应交 <strong>{yuan(g.dueFen)}</strong> 元，实交 <strong>{yuan(g.paidFen)}</strong> 元
                </span>
                <span className="muted">{'✓ 已交\u3000预 预交\u3000补 补交\u3000'}<Typography.Text type="danger">欠</Typography.Text>{' 欠交\u3000免 免交\u3000· 未到期\u3000— 无需交纳'}</span>
              </Space>
              <Space wrap style={{ marginTop: 8, display: 'flex' }}>
                <DatePicker picker="month" aria-label="登记表月份" value={sheetMonth} onChange={(d) => d && setSheetMonth(d)} allowClear={false} />
                <Button icon={<DownloadOutlined aria-hidden />} onClick={() => download(sheetPath(id, sheetMonth.format('YYYY-MM')), '党费收缴登记表.pdf')}>
                  登记表（PDF）
                </Button>
                <Button icon={<DownloadOutlined aria-hidden />} onClick={() => download(ledgerPath(id, year), `${year}年党费收缴台账.xlsx`)}>
                  {year}年台账（Excel）
                </Button>
              </Space>
            </Card>
            <Tabs
              items={[
                { key: 'grid', label: '收缴情况', children: <DuesGridTab branchId={id} g={g} write={write} onPay={(personId) => setPaying({ personId })} onChanged={reload} download={download} /> },
                {
                  key: 'bases',
                  label: '基数',
                  children: <DuesBasesTab branchId={id} year={year} g={g} write={write} onEdit={(member) => setBasing(member ? { member } : {})} onChanged={reload} download={download} />,
                },
                { key: 'reductions', label: '减免', children: <DuesReductionsTab branchId={id} g={g} write={write} onAdd={() => setReducing(true)} onChanged={reload} /> },
                { key: 'voluntary', label: '自愿多交', children: <DuesVoluntaryTab g={g} /> },
              ]}
            />
          </Space>
        )}
      </PageState>
      {g && paying && (
        <PaymentModal
          open
          branchId={id}
          grid={g}
          {...(next.data ? { next: next.data } : {})}
          today={me.today}
          {...(paying.personId ? { personId: paying.personId } : {})}
          {...(me.person && g.members.some((x) => x.person.id === me.person?.id) ? { collectorId: me.person.id } : {})}
          onClose={() => setPaying(null)}
          onDone={() => {
            setPaying(null);
            message.success('已登记');
            reload();
          }}
        />
      )}
      {g && basing && (
        <BaseModal
          open
          branchId={id}
          year={year}
          members={g.members}
          {...(basing.member ? { member: basing.member } : {})}
          onClose={() => setBasing(null)}
          onDone={() => {
            setBasing(null);
            message.success('已保存');
            reload();
          }}
        />
      )}
      {g && reducing && (
        <ReductionModal
          open
          branchId={id}
          members={g.members}
          onClose={() => setReducing(false)}
          onDone={() => {
            setReducing(false);
            message.success('已登记');
            reload();
          }}
        />
      )}
    </div>
  );
}
