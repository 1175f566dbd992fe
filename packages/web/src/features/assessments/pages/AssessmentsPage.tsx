import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { App, Button, Empty, Form, Input, List, Modal, Select, Space, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { errorMessage } from '../../../api/client';
import { formatDateTime } from '../../../lib/dates';
import { PageHeader } from '../../../lib/PageHeader';
import { PageState } from '../../../lib/PageState';
import { useApi } from '../../../lib/useApi';
import { useMe } from '../../auth/MeContext';
import { assessmentsPath, createAssessment, pts, type AssessmentList } from '../api';
import { STATUS_COLORS, statusLabel } from '../labels';
import '../assessments.css';

/** 检查考核 (REQ-4): the organ's annual assessments by year; the 机关党委 starts a year's with the default scheme. */
export default function AssessmentsPage() {
  const me = useMe();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const list = useApi<AssessmentList>(assessmentsPath);
  const items = list.data?.items ?? [];
  const canCreate = !!list.data?.abilities.create;
  const [creating, setCreating] = useState(false);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<{ year: number; title?: string }>();
  const current = Number(me.today.slice(0, 4));
  const taken = new Set(items.map((a) => a.year));
  const years = Array.from({ length: 8 }, (_, i) => current + 1 - i).map((y) => ({ value: y, label: taken.has(y) ? `${y}年（已有）` : `${y}年`, disabled: taken.has(y) }));
  const firstFree = years.find((y) => !y.disabled)?.value;

  const create = async (v: { year: number; title?: string }) => {
    setSaving(true);
    try {
      const a = await createAssessment({ year: v.year, ...(v.title?.trim() ? { title: v.title.trim() } : {}) });
      void message.success('已新建，请核对指标后开始考核');
      setCreating(false);
      void navigate(`/assessments/${a.id}`);
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="as-page">
      <PageHeader
        title="检查考核"
        sub="机关党委每年对各党支部标准化建设的检查考核：指标、自评、评分、结果"
        extra={
          canCreate && (
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => {
                form.setFieldsValue({ year: firstFree, title: '' });
                setCreating(true);
              }}
            >
              新建年度考核
            </Button>
          )
        }
      />
      <PageState loading={list.loading && !list.data} error={list.error} onRetry={list.reload}>
        {items.length === 0 ? (
          <Empty description={canCreate ? '还没有年度考核。点击上方“新建年度考核”，按默认指标（覆盖标准的每一条）建立，再按本年度情况调整。' : '机关党委尚未开始年度考核。'} />
        ) : (
          <List
            className="as-list"
            dataSource={items}
            renderItem={(a) => (
              <List.Item
                actions={[
                  <Link key="open" to={`/assessments/${a.id}`}>
                    {a.status === 'published' ? '查看结果' : a.status === 'open' ? '查看进度' : '编辑指标'}
                  </Link>,
                ]}
              >
                {/* not List.Item.Meta: its title is a heading, and every title names 检查考核 like the page's own */}
                <div className="as-list-item">
                  <Space wrap size={8}>
                    <Link to={`/assessments/${a.id}`}>{a.title}</Link>
                    <Tag color={STATUS_COLORS[a.status]}>{statusLabel(a.status)}</Tag>
                  </Space>
                  <div className="as-list-desc">{`${a.year}年度 · 指标 ${a.items} 项，共 ${pts(a.totalPoints)} 分${a.publishedAt ? ` · ${formatDateTime(a.publishedAt)} 公布` : ''}`}</div>
                </div>
              </List.Item>
            )}
          />
        )}
      </PageState>
      <Modal title="新建年度考核" open={creating} onCancel={() => setCreating(false)} onOk={() => form.submit()} okText="新建" confirmLoading={saving}>
        <Form form={form} layout="vertical" onFinish={(v) => void create(v)}>
          <Form.Item name="year" label="考核年度" rules={[{ required: true, message: '请选择年度' }]} extra="每个年度只能有一次考核；新建后按默认指标生成，可在开始前修改。">
            <Select<number> aria-label="考核年度" options={years} />
          </Form.Item>
          <Form.Item name="title" label="标题（可不填）" extra="不填则按年度生成默认标题">
            <Input maxLength={100} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
