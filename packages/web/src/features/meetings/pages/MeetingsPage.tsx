import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { App, Button, Card, Segmented, Select, Space } from 'antd';
import { ArrowLeftOutlined, PlusOutlined, ScheduleOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { Branch } from '@zhibu/schemas';
import { useMe } from '../../auth/MeContext';
import { officerBranches } from '../../check/access';
import { YearSelect } from '../../check/components/YearSelect';
import { useYear } from '../../check/useYear';
import { isOrganAdmin } from '../../../lib/access';
import { PageHeader } from '../../../lib/PageHeader';
import { PageState } from '../../../lib/PageState';
import { useApi } from '../../../lib/useApi';
import { useIsMobile } from '../../../lib/useIsMobile';
import { meetingsPath, type MeetingKind, type MeetingListItem } from '../api';
import { CreateMeetingModal, type CreatePreset } from '../components/CreateMeetingModal';
import { MeetingList } from '../components/MeetingList';
import { YearGrid } from '../components/YearGrid';
import { YearPlanModal } from '../../recordBooks/components/YearPlanModal';
import { KIND_SHORT } from '../meetingUtils';
import '../meetings.css';

const FILTER_KINDS: MeetingKind[] = ['assembly', 'committeeMeeting', 'groupMeeting', 'partyLecture', 'themeDay', 'lifeMeeting', 'appraisalMeeting', 'other'];

/** 三会一课: a branch's year month by month (what was held, where the gaps are) and its meetings, with 登记会议. */
export default function MeetingsPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const navigate = useNavigate();
  const mobile = useIsMobile();
  const { message } = App.useApp();
  const [year, setYear] = useYear();
  const [kind, setKind] = useState<MeetingKind | 'all'>('all');
  const [preset, setPreset] = useState<CreatePreset | null>(null);
  const [planning, setPlanning] = useState(false);
  const branch = useApi<Branch>(`/api/branches/${id}`);
  const list = useApi<{ items: MeetingListItem[] }>(meetingsPath(id, year));
  const items = list.data?.items ?? [];
  const b = branch.data;
  const canCreate = isOrganAdmin(me) || officerBranches(me).some((o) => o.branchId === id);
  const groups = (b?.groups ?? []).filter(
    (g) => (!g.dissolvedOn || g.dissolvedOn >= `${year}-01-01`) && (!g.foundedOn || g.foundedOn <= `${year}-12-31`),
  );
  const currentYear = me.today.startsWith(String(year));

  const openCreate = (k: MeetingKind, groupId: string | null, month?: number) => {
    const inMonth = month !== undefined && currentYear && Number(me.today.slice(5, 7)) === month;
    setPreset({ kind: k, groupId, heldOn: month === undefined || inMonth ? (currentYear ? dayjs(me.today) : null) : null });
  };

  const shown = kind === 'all' ? items : items.filter((m) => m.kind === kind);

  return (
    <div className="mt-page">
      <PageHeader
        title={
          <Space wrap size={4}>
            <Button type="text" icon={<ArrowLeftOutlined aria-hidden />} onClick={() => navigate('/org')} aria-label="返回组织架构" />
            三会一课
          </Space>
        }
        sub={b ? `${b.fullName} · ${year}年` : undefined}
        extra={
          <>
            <YearSelect year={year} onChange={setYear} />
            <Button onClick={() => navigate(`/branches/${id}/check${currentYear ? '' : `?year=${year}`}`)}>标准化体检</Button>
            {canCreate && Number(me.today.slice(0, 4)) <= year && (
              <Button icon={<ScheduleOutlined aria-hidden />} onClick={() => setPlanning(true)}>
                生成年度计划
              </Button>
            )}
            {canCreate && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => openCreate('themeDay', null)}>
                登记会议
              </Button>
            )}
          </>
        }
      />
      <PageState loading={(list.loading && !list.data) || (branch.loading && !b)} error={list.error ?? branch.error} onRetry={() => { list.reload(); branch.reload(); }}>
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Card size="small" title={`${year}年逐月情况`}>
            <YearGrid year={year} today={me.today} items={items} groups={groups} mobile={mobile} onCreate={canCreate ? openCreate : undefined} />
            <div className="mt-legend" aria-hidden>
              <span><span className="mt-mark mt-mark-held">✓</span> 已召开</span>
              <span><span className="mt-mark mt-mark-planned">计划</span> 已登记未召开</span>
              <span><span className="mt-mark mt-mark-overdue">计划未召开</span> 计划日期已过</span>
              <span><span className="mt-mark mt-mark-due">待开</span> 本期尚未召开</span>
              <span><span className="mt-mark mt-mark-gap">未开</span> 期间已过未召开</span>
            </div>
          </Card>
          <Card
            size="small"
            title="会议记录"
            extra={
              mobile ? (
                <Select<MeetingKind | 'all'>
                  aria-label="按类型筛选"
                  value={kind}
                  onChange={setKind}
                  style={{ width: 130 }}
                  options={[{ value: 'all', label: '全部类型' }, ...FILTER_KINDS.map((k) => ({ value: k, label: KIND_SHORT[k] }))]}
                />
              ) : undefined
            }
          >
            {!mobile && (
              <Segmented<MeetingKind | 'all'>
                aria-label="按类型筛选"
                value={kind}
                onChange={setKind}
                style={{ marginBottom: 8, flexWrap: 'wrap' }}
                options={[
                  { value: 'all', label: `全部 ${items.length}` },
                  ...FILTER_KINDS.filter((k) => items.some((m) => m.kind === k) || ['assembly', 'committeeMeeting', 'groupMeeting', 'partyLecture', 'themeDay'].includes(k)).map((k) => ({
                    value: k,
                    label: `${KIND_SHORT[k]} ${items.filter((m) => m.kind === k).length}`,
                  })),
                ]}
              />
            )}
            <MeetingList items={shown} />
          </Card>
        </Space>
      </PageState>
      {planning && (
        <YearPlanModal
          branchId={id}
          year={year}
          onCancel={() => setPlanning(false)}
          onSaved={(n) => {
            setPlanning(false);
            void message.success(`已加入计划 ${n} 项`);
            list.reload();
          }}
        />
      )}
      {preset && (
        <CreateMeetingModal
          open
          branchId={id}
          groups={groups}
          preset={preset}
          onCancel={() => setPreset(null)}
          onCreated={(m) => {
            setPreset(null);
            void message.success('已登记，请填写会议记录');
            navigate(`/meetings/${m.id}`);
          }}
        />
      )}
    </div>
  );
}
