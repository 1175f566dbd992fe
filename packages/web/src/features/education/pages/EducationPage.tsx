import { useState } from 'react';
import { useParams } from 'react-router';
import { App, Button, Card, DatePicker, Drawer, Form, Input, InputNumber, Modal, Popconfirm, Select, Space, Table, Tabs, Tag } from 'antd';
import { CheckCircleTwoTone } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import type { Branch } from '@zhibu/schemas';
import { errorMessage } from '../../../api/client';
import { useMe } from '../../auth/MeContext';
import { YearSelect } from '../../check/components/YearSelect';
import { useYear } from '../../check/useYear';
import { PageHeader } from '../../../lib/PageHeader';
import { PageState } from '../../../lib/PageState';
import { useApi } from '../../../lib/useApi';
import { addPersonStudy, addTraining, educationPath, issueNotebooks, personStudyPath, untickNotebook, type EducationOverview, type StudyRecords } from '../api';
import { StudyForm } from '../components/StudyForm';
import { StudyList } from '../components/StudyList';

type Member = EducationOverview['members'][number];
type Training = EducationOverview['trainings'][number];

/** 学习教育 (MEM-2): the year's study notebooks (bulk issue), the secretary's trainings and members' study records. */
export default function EducationPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const { message } = App.useApp();
  const [year, setYear] = useYear();
  const branch = useApi<Branch>(`/api/branches/${id}`);
  const overview = useApi<EducationOverview>(educationPath(id, year));
  const o = overview.data;
  const write = !!o?.abilities.write;
  const [issueOn, setIssueOn] = useState<Dayjs | null>(null);
  const [training, setTraining] = useState(false);
  const [viewing, setViewing] = useState<Member | null>(null);
  const [tForm] = Form.useForm();
  const lacking = (o?.members ?? []).filter((m) => !m.notebookIssuedOn).length;
  const defaultIssueDay = () => (me.today.startsWith(`${year}-`) ? dayjs(me.today) : dayjs(`${year}-12-31`));

  const run = async (p: Promise<unknown>, ok: string) => {
    try {
      await p;
      void message.success(ok);
      overview.reload();
      return true;
    } catch (e) {
      void message.error(errorMessage(e));
      return false;
    }
  };

  return (
    <div className="lf-page">
      <PageHeader title="学习教育" sub={branch.data ? `${branch.data.fullName} · ${year}年` : undefined} extra={<YearSelect year={year} onChange={setYear} />} />
      <PageState loading={overview.loading && !o} error={overview.error} onRetry={overview.reload}>
        {o && (
          <Tabs
            items={[
              {
                key: 'notebooks',
                label: '学习教育记录本',
                children: (
                  <Space orientation="vertical" size={12} style={{ width: '100%' }}>
                    <Card size="small">
                      <Space wrap>
                        <span>
                          {year}年已发放 {o.members.length - lacking}/{o.members.length} 人
                        </span>
                        {write && lacking > 0 && (
                          <Button type="primary" onClick={() => setIssueOn(defaultIssueDay())}>
                            向全体党员发放
                          </Button>
                        )}
                      </Space>
                    </Card>
                    <Table<Member>
                      size="small"
                      rowKey={(m) => m.person.id}
                      dataSource={o.members}
                      pagination={false}
                      scroll={{ x: 560 }}
                      columns={[
                        { title: '党员', key: 'n', render: (_, m) => <a onClick={() => setViewing(m)}>{m.person.name}</a> },
                        {
                          title: '记录本发放',
                          key: 'nb',
                          render: (_, m) =>
                            m.notebookIssuedOn ? (
                              <Space>
                                <CheckCircleTwoTone twoToneColor="#52c41a" aria-label="已发放" /> {m.notebookIssuedOn}
                                {write && (
                                  <Popconfirm title={`撤销${m.person.name}的发放记录？`} onConfirm={() => void run(untickNotebook(id, { year, personId: m.person.id }), '已撤销')}>
                                    <Button size="small" type="link">
                                      撤销发放
                                    </Button>
                                  </Popconfirm>
                                )}
                              </Space>
                            ) : (
                              <Tag color="orange">未发放</Tag>
                            ),
                        },
                        { title: '参加学习会议', dataIndex: 'meetingRecords', align: 'right' },
                        { title: '自学记录', dataIndex: 'ownRecords', align: 'right' },
                        { title: '自学学时', dataIndex: 'hours', align: 'right' },
                      ]}
                    />
                  </Space>
                ),
              },
              {
                key: 'training',
                label: '书记培训',
                children: (
                  <Space orientation="vertical" size={12} style={{ width: '100%' }}>
                    {write && <Button onClick={() => setTraining(true)}>登记参加上级培训</Button>}
                    <Table<Training>
                      size="small"
                      rowKey="id"
                      dataSource={o.trainings}
                      pagination={false}
                      scroll={{ x: 640 }}
                      locale={{ emptyText: `${year}年暂无培训记录` }}
                      columns={[
                        { title: '姓名', key: 'p', render: (_, t) => t.person.name },
                        { title: '培训', dataIndex: 'title' },
                        { title: '举办单位', dataIndex: 'organizer' },
                        { title: '时间', key: 'd', render: (_, t) => (t.startOn === t.endOn ? t.startOn : `${t.startOn} 至 ${t.endOn}`) },
                        { title: '学时', dataIndex: 'hours', align: 'right' },
                      ]}
                    />
                  </Space>
                ),
              },
            ]}
          />
        )}
      </PageState>
      <Modal
        title={`发放${year}年学习教育记录本`}
        open={!!issueOn}
        onCancel={() => setIssueOn(null)}
        okText="发放"
        onOk={async () => {
          if (issueOn && (await run(issueNotebooks(id, { year, issuedOn: issueOn.format('YYYY-MM-DD') }), '已发放'))) setIssueOn(null);
        }}
      >
        <p>向尚未发放的 {lacking} 名党员发放本年度记录本，发放日期：</p>
        <DatePicker value={issueOn} onChange={(d) => setIssueOn(d)} allowClear={false} disabledDate={(d) => d.isAfter(dayjs(me.today), 'day') || d.year() !== year} />
      </Modal>
      <Modal title="登记参加上级党组织培训" open={training} onCancel={() => setTraining(false)} onOk={() => tForm.submit()} okText="保存">
        <Form
          form={tForm}
          layout="vertical"
          onFinish={async (v: { personId: string; title: string; organizer: string; dates: [Dayjs, Dayjs]; hours?: number }) => {
            const ok = await run(
              addTraining(id, { personId: v.personId, title: v.title, organizer: v.organizer, startOn: v.dates[0].format('YYYY-MM-DD'), endOn: v.dates[1].format('YYYY-MM-DD'), hours: v.hours ?? null }),
              '培训已登记',
            );
            if (ok) {
              setTraining(false);
              tForm.resetFields();
            }
          }}
        >
          <Form.Item name="personId" label="参训人（书记或支委）" rules={[{ required: true, message: '请选择参训人' }]}>
            <Select showSearch optionFilterProp="label" options={(o?.members ?? []).map((m) => ({ value: m.person.id, label: m.person.name }))} />
          </Form.Item>
          <Form.Item name="title" label="培训名称" rules={[{ required: true, min: 2, message: '请填写培训名称' }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="organizer" label="举办单位" rules={[{ required: true, min: 2, message: '请填写举办单位' }]}>
            <Input maxLength={100} placeholder="如：市直机关工委" />
          </Form.Item>
          <Form.Item name="dates" label="起止日期" rules={[{ required: true, message: '请选择起止日期' }]}>
            <DatePicker.RangePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(me.today), 'day')} />
          </Form.Item>
          <Form.Item name="hours" label="学时（可不填）">
            <InputNumber min={0.1} precision={1} style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </Modal>
      <Drawer title={viewing ? `${viewing.person.name}的学习记录（${year}年）` : ''} open={!!viewing} onClose={() => setViewing(null)} size="default">
        {viewing && <MemberStudy personId={viewing.person.id} year={year} canAdd={write} onAdded={overview.reload} />}
      </Drawer>
    </div>
  );
}

function MemberStudy({ personId, year, canAdd, onAdded }: { personId: string; year: number; canAdd: boolean; onAdded: () => void }) {
  const study = useApi<StudyRecords>(personStudyPath(personId, year));
  return (
    <PageState loading={study.loading && !study.data} error={study.error} onRetry={study.reload}>
      {study.data && <StudyList items={study.data.items} />}
      {canAdd && (
        <Card size="small" title="为其登记学习记录" style={{ marginTop: 12 }}>
          <StudyForm
            onSubmit={(v) =>
              addPersonStudy(personId, v).then(() => {
                study.reload();
                onAdded();
              })
            }
          />
        </Card>
      )}
    </PageState>
  );
}
