import { useState } from 'react';
import { useParams } from 'react-router';
import { Alert, App, Button, Card, DatePicker, Empty, Form, Input, InputNumber, List, Modal, Select, Space, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { CARE_VISIT_KINDS, CARE_VISIT_KIND_LABELS, HARDSHIP_KINDS, HARDSHIP_KIND_LABELS, type Branch, type PersonRow } from '@zhibu/schemas';
import { errorMessage, qs } from '../../../api/client';
import { YearSelect } from '../../check/components/YearSelect';
import { useYear } from '../../check/useYear';
import { PageHeader } from '../../../lib/PageHeader';
import { PageState } from '../../../lib/PageState';
import { useApi } from '../../../lib/useApi';
import { addVisit, createHardship, hardshipsPath, updateHardship, type Hardship, type HardshipList } from '../api';
import { useMe } from '../../auth/MeContext';

const day = (d: Dayjs) => d.format('YYYY-MM-DD');

/** 困难党员关怀 (MEM-5): the ledger, who was visited this year and who not yet, and the visits. */
export default function CarePage() {
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const today = dayjs(useMe().today);
  const [year, setYear] = useYear();
  const branch = useApi<Branch>(`/api/branches/${id}`);
  const list = useApi<HardshipList>(hardshipsPath(id, year));
  const write = !!list.data?.abilities.write;
  const roster = useApi<{ items: PersonRow[] }>(write ? `/api/persons${qs({ branchId: id, limit: 500 })}` : null);
  const [adding, setAdding] = useState(false);
  const [visiting, setVisiting] = useState<Hardship | null>(null);
  const items = list.data?.items ?? [];
  const notYet = items.filter((h) => !h.visitedThisYear);
  const [hForm] = Form.useForm();
  const [vForm] = Form.useForm();

  const saveHardship = async (v: { personId: string; kind: string; details: string; sinceOn: Dayjs }) => {
    try {
      await createHardship(id, { ...v, sinceOn: day(v.sinceOn) });
      void message.success('已登记');
      setAdding(false);
      hForm.resetFields();
      list.reload();
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };
  const saveVisit = async (v: { visitedOn: Dayjs; kind: string; visitors: string; aid?: number; description: string }) => {
    if (!visiting) return;
    try {
      await addVisit(visiting.id, { visitedOn: day(v.visitedOn), kind: v.kind, visitors: v.visitors, aidFen: v.aid ? Math.round(v.aid * 100) : null, description: v.description });
      void message.success('走访已登记');
      setVisiting(null);
      vForm.resetFields();
      list.reload();
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };
  const resolve = async (h: Hardship) => {
    try {
      await updateHardship(h.id, { resolvedOn: today.format('YYYY-MM-DD') });
      list.reload();
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  return (
    <div className="lf-page">
      <PageHeader
        title="困难党员关怀"
        sub={branch.data ? `${branch.data.fullName} · ${year}年` : undefined}
        extra={
          <>
            <YearSelect year={year} onChange={setYear} />
            {write && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
                登记困难党员
              </Button>
            )}
          </>
        }
      />
      <PageState loading={list.loading && !list.data} error={list.error} onRetry={list.reload}>
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          {list.data?.reach === 'own' && <Alert type="info" showIcon title="困难党员情况只对机关党委、本支部委员和党员本人可见，这里只显示您本人的记录。" />}
          {list.data?.reach === 'all' && items.length > 0 && (
            <Card size="small" title={`${year}年走访慰问情况`}>
              <Space wrap>
                {items.map((h) => (
                  <Tag key={h.id} color={h.visitedThisYear ? 'green' : 'orange'}>
                    {h.person.name}：{h.visitedThisYear ? '已走访' : '尚未走访'}
                  </Tag>
                ))}
                {notYet.length > 0 && <span className="muted">尚有 {notYet.length} 人今年未走访慰问</span>}
              </Space>
            </Card>
          )}
          {items.length === 0 ? (
            <Empty description={write ? `${year}年没有登记困难党员。点击上方的“登记困难党员”登记，之后可在其下登记走访慰问。` : `${year}年没有登记困难党员`} />
          ) : (
            <List
              dataSource={items}
              renderItem={(h) => (
                <Card
                  size="small"
                  style={{ marginBottom: 12 }}
                  title={
                    <Space wrap>
                      {h.person.name}
                      <Tag>{HARDSHIP_KIND_LABELS[h.kind]}</Tag>
                      {h.resolvedOn ? <Tag color="default">{h.resolvedOn} 已解决</Tag> : <Tag color="red">困难中</Tag>}
                    </Space>
                  }
                  extra={
                    write && (
                      <Space>
                        <Button size="small" onClick={() => setVisiting(h)}>
                          登记走访
                        </Button>
                        {!h.resolvedOn && (
                          <Button size="small" type="link" onClick={() => void resolve(h)}>
                            已解决
                          </Button>
                        )}
                      </Space>
                    )
                  }
                >
                  <p>
                    自 {h.sinceOn} 起：{h.details}
                  </p>
                  {h.visits.length === 0 ? (
                    <span className="muted">尚无走访记录</span>
                  ) : (
                    <List
                      size="small"
                      dataSource={h.visits}
                      renderItem={(v) => (
                        <List.Item>
                          {v.visitedOn} {CARE_VISIT_KIND_LABELS[v.kind]}（{v.visitors}）：{v.description}
                          {v.aidFen ? `，帮扶 ${(v.aidFen / 100).toFixed(2)} 元` : ''}
                        </List.Item>
                      )}
                    />
                  )}
                </Card>
              )}
            />
          )}
        </Space>
      </PageState>
      <Modal title="登记困难党员" open={adding} onCancel={() => setAdding(false)} onOk={() => hForm.submit()} okText="保存">
        <Form form={hForm} layout="vertical" onFinish={(v) => void saveHardship(v)} initialValues={{ kind: 'illness', sinceOn: today }}>
          <Form.Item name="personId" label="党员" rules={[{ required: true, message: '请选择党员' }]}>
            <Select showSearch optionFilterProp="label" options={(roster.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))} />
          </Form.Item>
          <Form.Item name="kind" label="困难类别" rules={[{ required: true }]}>
            <Select options={HARDSHIP_KINDS.map((k) => ({ value: k, label: HARDSHIP_KIND_LABELS[k] }))} />
          </Form.Item>
          <Form.Item name="details" label="困难情况" rules={[{ required: true, min: 2, message: '请填写困难情况' }]}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          <Form.Item name="sinceOn" label="开始日期" rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(today, 'day')} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal title={visiting ? `登记走访：${visiting.person.name}` : ''} open={!!visiting} onCancel={() => setVisiting(null)} onOk={() => vForm.submit()} okText="保存">
        <Form form={vForm} layout="vertical" onFinish={(v) => void saveVisit(v)} initialValues={{ kind: 'visit', visitedOn: today }}>
          <Form.Item name="visitedOn" label="日期" rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(today, 'day')} />
          </Form.Item>
          <Form.Item name="kind" label="方式" rules={[{ required: true }]}>
            <Select options={CARE_VISIT_KINDS.map((k) => ({ value: k, label: CARE_VISIT_KIND_LABELS[k] }))} />
          </Form.Item>
          <Form.Item name="visitors" label="走访人" rules={[{ required: true, min: 2, message: '请填写走访人' }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="aid" label="帮扶金额（元，可不填）">
            <InputNumber min={0} precision={2} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="description" label="走访情况" rules={[{ required: true, min: 2, message: '请填写走访情况' }]}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
