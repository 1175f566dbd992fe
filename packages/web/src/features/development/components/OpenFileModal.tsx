import { useState } from 'react';
import { Alert, App, DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import { useNavigate } from 'react-router';
import type { Dayjs } from 'dayjs';
import type { PersonRow } from '@zhibu/schemas';
import { errorMessage, qs } from '../../../api/client';
import { fromDayjs } from '../../../lib/dates';
import { useApi } from '../../../lib/useApi';
import { openFile } from '../api';

interface Values {
  mode: 'existing' | 'new';
  personId?: string;
  name?: string;
  idNumber?: string;
  phone?: string;
  jobPost?: string;
  appliedOn: Dayjs;
  responsiblePersonId?: string;
  plannedDepartureOn?: Dayjs | null;
  note?: string;
}

/** 建立发展档案: for an 入党申请人 of the branch, or a new applicant entered here (joins the roster as 入党申请人). */
export function OpenFileModal({ branchId, open, onClose }: { branchId: string; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mode = Form.useWatch('mode', form) ?? 'new';
  const applicants = useApi<{ items: PersonRow[] }>(open ? `/api/persons${qs({ branchId, category: 'applicant', limit: 500 })}` : null);
  const members = useApi<{ items: PersonRow[] }>(open ? `/api/persons${qs({ branchId, category: 'full', limit: 500 })}` : null);

  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      const d = await openFile(branchId, {
        ...(v.mode === 'existing' ? { personId: v.personId } : { person: { name: v.name ?? '', idNumber: v.idNumber ?? '', phone: v.phone ?? null, jobPost: v.jobPost ?? null } }),
        appliedOn: fromDayjs(v.appliedOn)!,
        responsiblePersonId: v.responsiblePersonId ?? null,
        plannedDepartureOn: fromDayjs(v.plannedDepartureOn) ?? null,
        note: v.note ?? null,
      });
      void message.success('发展档案已建立');
      form.resetFields();
      onClose();
      void navigate(`/developments/${d.id}`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title="建立发展档案" open={open} onCancel={onClose} okText="建立" cancelText="取消" confirmLoading={busy} onOk={() => form.submit()} destroyOnHidden>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
      <Form<Values> form={form} layout="vertical" initialValues={{ mode: 'new' }} onFinish={(v) => void submit(v)}>
        <Form.Item name="mode" label="申请人">
          <Radio.Group
            options={[
              { value: 'new', label: '新申请人' },
              { value: 'existing', label: '花名册中的入党申请人' },
            ]}
          />
        </Form.Item>
        {mode === 'existing' ? (
          <Form.Item name="personId" label="入党申请人" rules={[{ required: true, message: '请选择入党申请人' }]}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={(applicants.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))} notFoundContent="本支部花名册中没有入党申请人" />
          </Form.Item>
        ) : (
          <>
            <Form.Item name="name" label="姓名" rules={[{ required: true, message: '请填写姓名' }]}>
              <Input maxLength={50} />
            </Form.Item>
            <Form.Item name="idNumber" label="公民身份号码" rules={[{ required: true, message: '请填写公民身份号码' }]} extra="出生日期和性别按身份号码自动填写">
              <Input maxLength={18} />
            </Form.Item>
            <Form.Item name="phone" label="联系电话">
              <Input maxLength={20} />
            </Form.Item>
            <Form.Item name="jobPost" label="单位职务或职业">
              <Input maxLength={60} />
            </Form.Item>
          </>
        )}
        <Form.Item name="appliedOn" label="递交入党申请书日期" rules={[{ required: true, message: '请选择递交入党申请书的日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="responsiblePersonId" label="责任人">
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={(members.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))} />
        </Form.Item>
        <Form.Item name="plannedDepartureOn" label="预计离开本单位日期（如有）">
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="note" label="备注">
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
