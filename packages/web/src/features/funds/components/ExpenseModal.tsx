import { useState } from 'react';
import { App, Button, DatePicker, Form, Input, InputNumber, Modal, Select, Upload, type UploadFile } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { FUND_USE_CATEGORIES, FUND_USE_LABELS, MEETING_KIND_LABELS } from '@zhibu/schemas';
import { useApi } from '../../../lib/useApi';
import { meetingsPath, type MeetingListItem } from '../../meetings/api';
import { errorMessage } from '../../../api/client';
import { createExpense, fenOf, receiptOf, yuan, type VenuePlan } from '../api';
import { useMe } from '../../auth/MeContext';

interface Values {
  occurredOn: Dayjs;
  amount: number;
  title: string;
  useCategory: (typeof FUND_USE_CATEGORIES)[number];
  venuePlanId?: string;
  meetingId?: string;
  activityReport: string;
}

/** 登记支出: the expense, its written activity report and ≥1 receipt copy, saved together (or not at all). */
export function ExpenseModal({ branchId, balanceFen, plans, open, onClose, onSaved }: { branchId: string; balanceFen: number; plans: VenuePlan[]; open: boolean; onClose: () => void; onSaved: () => void }) {
  const { message } = App.useApp();
  const today = dayjs(useMe().today);
  const [form] = Form.useForm<Values>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [saving, setSaving] = useState(false);
  const category = Form.useWatch('useCategory', form);
  const approved = plans.filter((p) => p.status === 'approved');
  const year = today.year();
  const meetings = useApi<{ items: MeetingListItem[] }>(open ? meetingsPath(branchId, year) : null);
  const held = (meetings.data?.items ?? []).filter((m) => m.status === 'held');

  const submit = async (v: Values) => {
    if (files.length === 0) {
      void message.error('请上传至少一张票据（发票、收据）的扫描件或照片');
      return;
    }
    setSaving(true);
    try {
      const receipts = await Promise.all(files.map((f) => receiptOf(f.originFileObj as File)));
      await createExpense(branchId, {
        occurredOn: v.occurredOn.format('YYYY-MM-DD'),
        amountFen: fenOf(v.amount),
        title: v.title,
        useCategory: v.useCategory,
        activityReport: v.activityReport,
        venuePlanId: v.useCategory === 'venue' ? (v.venuePlanId ?? null) : null,
        meetingId: v.meetingId ?? null,
        receipts,
      });
      void message.success('支出已登记');
      form.resetFields();
      setFiles([]);
      onSaved();
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal title="登记支出" open={open} onCancel={onClose} onOk={() => form.submit()} okText="保存" confirmLoading={saving} width={640}>
      <p className="muted">当前结余 {yuan(balanceFen)} 元。支出须附活动书面报告和票据，超过结余的支出不能登记。</p>
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ occurredOn: today, useCategory: 'training' }}>
        <Form.Item name="occurredOn" label="支出日期" rules={[{ required: true, message: '请选择支出日期' }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(today, 'day')} />
        </Form.Item>
        <Form.Item name="title" label="支出事项" rules={[{ required: true, min: 2, message: '请填写支出事项' }]}>
          <Input maxLength={100} placeholder="如：购买党员教育读本" />
        </Form.Item>
        <Form.Item name="amount" label="金额（元）" rules={[{ required: true, message: '请填写金额' }]}>
          <InputNumber min={0.01} precision={2} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="useCategory" label="经费用途" rules={[{ required: true, message: '请选择经费用途' }]}>
          <Select options={FUND_USE_CATEGORIES.map((c) => ({ value: c, label: FUND_USE_LABELS[c] }))} />
        </Form.Item>
        {category === 'venue' && (
          <Form.Item name="venuePlanId" label="场地经费计划（须经机关党委批准）" rules={[{ required: true, message: '请选择已批准的场地经费计划' }]}>
            <Select
              placeholder={approved.length ? '选择计划' : '暂无已批准的计划'}
              options={approved.map((p) => ({ value: p.id, label: `${p.year}年 ${p.title}（剩余 ${yuan(p.amountFen - p.spentFen)} 元）` }))}
            />
          </Form.Item>
        )}
        <Form.Item name="meetingId" label="所用于的会议、活动（可不选）">
          <Select allowClear placeholder="今年已召开的会议" options={held.map((m) => ({ value: m.id, label: `${m.heldOn} ${m.title ?? MEETING_KIND_LABELS[m.kind]}` }))} />
        </Form.Item>
        <Form.Item name="activityReport" label="活动书面报告" rules={[{ required: true, min: 10, message: '请填写活动书面报告（至少10个字）' }]}>
          <Input.TextArea rows={4} maxLength={5000} showCount placeholder="活动时间、内容、参加人员和经费使用情况" />
        </Form.Item>
        <Form.Item label="票据（PDF 或图片，至少一张）" required>
          <Upload accept=".pdf,image/*" multiple fileList={files} beforeUpload={() => false} onChange={({ fileList }) => setFiles(fileList.slice(0, 10))}>
            <Button icon={<UploadOutlined aria-hidden />}>选择票据文件</Button>
          </Upload>
        </Form.Item>
      </Form>
    </Modal>
  );
}
