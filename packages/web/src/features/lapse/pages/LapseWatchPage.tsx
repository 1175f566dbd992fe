import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Alert, App, Button, Card, DatePicker, Empty, Form, Input, Space, Table, Tabs, Tag } from 'antd';
import { CheckOutlined, PlusOutlined } from '@ant-design/icons';
import type { Branch } from '@zhibu/schemas';
import type { Dayjs } from 'dayjs';
import { useMe } from '../../auth/MeContext';
import { officerBranches } from '../../check/access';
import { errorMessage } from '../../../api/client';
import { isOrganAdmin } from '../../../lib/access';
import { FormModal } from '../../../lib/FormModal';
import { fromDayjs, toDayjs } from '../../../lib/dates';
import { PageHeader } from '../../../lib/PageHeader';
import { PageState } from '../../../lib/PageState';
import { useApi } from '../../../lib/useApi';
import { PersonSelect } from '../../org/components/PersonSelect';
import { TalkModal, type TalkPreset } from '../../talks/components/TalkModal';
import { createAssignment, lapseWatchPath, markAssignmentDone, workAssignmentsPath, type LapseWatch, type WorkAssignment } from '../api';

const monthCn = (m: string) => `${m.slice(0, 4)}年${Number(m.slice(5, 7))}月`;
const KIND_LABEL = { heartToHeart: '谈心谈话', admonition: '诫勉谈话' } as const;

/** 六个月预警 (MEM-3) of a branch: members with 3 or more months in a row, what was done since, and the assigned work. */
export default function LapseWatchPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const { message } = App.useApp();
  const branch = useApi<Branch>(`/api/branches/${id}`);
  const watch = useApi<LapseWatch>(lapseWatchPath(id));
  const work = useApi<{ items: WorkAssignment[] }>(workAssignmentsPath(id));
  const [talk, setTalk] = useState<TalkPreset | null>(null);
  const [adding, setAdding] = useState(false);
  const canWrite = isOrganAdmin(me) || officerBranches(me).some((o) => o.branchId === id);
  const w = watch.data;

  const done = async (a: WorkAssignment) => {
    try {
      await markAssignmentDone(a.id, me.today);
      void message.success('已登记完成');
      work.reload();
      watch.reload();
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  const watchTab = (
    <PageState loading={watch.loading && !w} error={watch.error} onRetry={watch.reload}>
      {w && (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <div className="muted">
            截至 {w.asOf}，已判断到 {monthCn(w.lastMonth)}（当月结束后才计入）。连续满3个月提示，满6个月须由支部研究处置；系统不会自动改变任何人的党籍状态。
          </div>
          {w.emptyMonths.length > 0 && (
            <Alert type="warning" showIcon message={`支部在 ${w.emptyMonths.map(monthCn).join('、')} 没有开展任何组织生活`} description="这些月份不计入党员连续未参加组织生活的月数，但应说明原因或补录。" />
          )}
          {w.members.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有连续3个月以上未参加组织生活、未交党费或未完成分配工作的党员" />
          ) : (
            w.members.map((m) => (
              <Card
                key={m.person.id}
                size="small"
                title={
                  <Space wrap>
                    <Link to={`/persons/${m.person.id}`}>{m.person.name}</Link>
                    {m.level === 'limit' ? <Tag color="red">已满6个月</Tag> : <Tag color="orange">预警</Tag>}
                  </Space>
                }
                extra={
                  canWrite && (
                    <Space wrap>
                      <Button size="small" onClick={() => setTalk({ kind: 'heartToHeart', purpose: 'reminder', talkeePersonId: m.person.id, talkerPersonId: me.person?.id ?? null })}>
                        提醒谈话
                      </Button>
                      <Button size="small" danger onClick={() => setTalk({ kind: 'admonition', purpose: 'reminder', talkeePersonId: m.person.id, talkerPersonId: me.person?.id ?? null })}>
                        诫勉谈话
                      </Button>
                    </Space>
                  )
                }
              >
                <ul style={{ margin: 0, paddingLeft: 18 }}>
                  {m.runs.map((r) => (
                    <li key={r.counter}>{r.text}</li>
                  ))}
                </ul>
                <div className="muted" style={{ marginTop: 6 }}>
                  {m.talks.length === 0 ? '此后尚无谈话记录。' : `此后的谈话：${m.talks.map((t) => `${t.talkedOn} ${KIND_LABEL[t.kind]}`).join('；')}`}
                  {m.openAssignments.length > 0 && ` 未完成的工作：${m.openAssignments.map((a) => `${a.title}（${a.dueOn}前）`).join('；')}`}
                </div>
              </Card>
            ))
          )}
          <Card size="small" title="处置程序（党章第九条，R-DISP-4）">
            <div style={{ whiteSpace: 'pre-wrap' }}>{w.procedure}</div>
          </Card>
        </Space>
      )}
    </PageState>
  );

  const workTab = (
    <PageState loading={work.loading && !work.data} error={work.error} onRetry={work.reload}>
      {canWrite && (
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)} style={{ marginBottom: 12 }}>
          登记分配的工作
        </Button>
      )}
      <Table<WorkAssignment>
        size="small"
        rowKey="id"
        scroll={{ x: true }}
        dataSource={work.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: '暂无分配的工作。支部给党员分配工作后在此登记，逾期未完成的计入六个月预警。' }}
        columns={[
          { title: '党员', dataIndex: ['person', 'name'] },
          { title: '工作', dataIndex: 'title' },
          { title: '分配日期', dataIndex: 'assignedOn' },
          { title: '完成期限', dataIndex: 'dueOn' },
          {
            title: '完成情况',
            key: 'done',
            render: (_, a) =>
              a.doneOn ? (
                `${a.doneOn} 完成`
              ) : (
                <Space wrap>
                  {a.overdue ? <Tag color="red">逾期未完成</Tag> : <Tag>进行中</Tag>}
                  {canWrite && (
                    <Button size="small" icon={<CheckOutlined aria-hidden />} onClick={() => void done(a)}>
                      今天完成
                    </Button>
                  )}
                </Space>
              ),
          },
        ]}
      />
    </PageState>
  );

  return (
    <div>
      <PageHeader title="六个月预警" sub={branch.data?.fullName} />
      <Tabs items={[{ key: 'watch', label: '预警名单', children: watchTab }, { key: 'work', label: '分配的工作', children: workTab }]} />
      {talk && (
        <TalkModal
          branchId={id}
          preset={talk}
          today={me.today}
          onCancel={() => setTalk(null)}
          onSaved={() => {
            setTalk(null);
            void message.success('已登记谈话');
            watch.reload();
          }}
        />
      )}
      {adding && <AssignmentModal branchId={id} today={me.today} onCancel={() => setAdding(false)} onSaved={() => { setAdding(false); work.reload(); watch.reload(); }} />}
    </div>
  );
}

interface Values {
  personId: string;
  title: string;
  assignedOn: Dayjs;
  dueOn: Dayjs;
  note?: string;
}

function AssignmentModal({ branchId, today, onCancel, onSaved }: { branchId: string; today: string; onCancel: () => void; onSaved: () => void }) {
  return (
    <FormModal<Values>
      open
      title="登记党组织分配的工作"
      onCancel={onCancel}
      initialValues={{ assignedOn: toDayjs(today) ?? undefined }}
      onSubmit={async (v) => {
        await createAssignment(branchId, { personId: v.personId, title: v.title.trim(), assignedOn: fromDayjs(v.assignedOn)!, dueOn: fromDayjs(v.dueOn)!, note: v.note?.trim() || null });
        onSaved();
      }}
    >
      <Form.Item name="personId" label="党员" rules={[{ required: true, message: '请选择党员' }]}>
        <PersonSelect branchId={branchId} placeholder="选择党员" />
      </Form.Item>
      <Form.Item name="title" label="分配的工作" rules={[{ required: true, min: 2, message: '请填写分配的工作' }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Space wrap>
        <Form.Item name="assignedOn" label="分配日期" rules={[{ required: true, message: '请选择分配日期' }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="dueOn" label="完成期限" rules={[{ required: true, message: '请选择完成期限' }]}>
          <DatePicker />
        </Form.Item>
      </Space>
      <Form.Item name="note" label="备注">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
