import { Alert, DatePicker, Form, Input, InputNumber, Select, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { FormModal } from '../../../lib/FormModal';
import { fromDayjs, toDayjs } from '../../../lib/dates';
import { changeParam, type ParamInfo, type ParamValue } from '../api';
import { enumOptions, formatParam } from '../params';

interface Values {
  value: ParamValue;
  effectiveFrom: Dayjs;
  reason?: string;
}

/** The input a parameter's kind needs: a bounded number, a switch, a list of months, or a choice. */
function ValueField({ p }: { p: ParamInfo }) {
  switch (p.kind) {
    case 'int':
      return (
        <Form.Item
          label="新值"
          name="value"
          rules={[{ required: true, message: '请填写新值' }]}
          extra={p.min !== undefined && p.max !== undefined ? `可设 ${p.min}–${p.max}` : undefined}
        >
          <InputNumber precision={0} min={p.min} max={p.max} style={{ width: '100%' }} />
        </Form.Item>
      );
    case 'bool':
      return (
        <Form.Item label="新值" name="value" valuePropName="checked">
          <Switch checkedChildren="是" unCheckedChildren="否" />
        </Form.Item>
      );
    case 'intList':
      return (
        <Form.Item
          label="新值"
          name="value"
          extra="用英文逗号分隔的月数，如 6,3,1"
          rules={[
            { required: true, message: '请填写新值' },
            { pattern: /^\d{1,2}(,\d{1,2})*$/, message: '应为用逗号分隔的月数，如 6,3,1' },
          ]}
        >
          <Input />
        </Form.Item>
      );
    case 'enum':
      return (
        <Form.Item label="新值" name="value" rules={[{ required: true, message: '请选择' }]}>
          <Select options={enumOptions(p.key)} />
        </Form.Item>
      );
  }
}

/** 修改 a rule parameter from a date on; the closed periods keep the values they were judged by. */
export function ParamChangeModal({ param, today, onClose, onSaved }: { param: ParamInfo; today: string; onClose: () => void; onSaved: () => void }) {
  const submit = async (v: Values) => {
    await changeParam({
      key: param.key,
      value: param.kind === 'bool' ? Boolean(v.value) : param.kind === 'intList' ? String(v.value).replace(/\s/g, '') : v.value,
      effectiveFrom: fromDayjs(v.effectiveFrom) ?? today,
      reason: v.reason?.trim() || null,
    });
    onSaved();
  };
  return (
    <FormModal<Values>
      open
      title={`修改参数：${param.label}`}
      onCancel={onClose}
      onSubmit={submit}
      initialValues={{ value: param.value, effectiveFrom: toDayjs(today) ?? undefined }}
    >
      <Alert
        type="info"
        showIcon
        className="check-param-note"
        title="按期间结束时有效的参数判断，已结束的期间不受影响。"
        description={`现行值 ${formatParam(param.key, param.value)}，默认值 ${formatParam(param.key, param.default)}。${param.help}`}
      />
      <ValueField p={param} />
      <Form.Item label="生效日期" name="effectiveFrom" rules={[{ required: true, message: '请选择生效日期' }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item label="调整理由" name="reason" rules={[{ max: 200, message: '理由不超过 200 字' }]}>
        <Input.TextArea rows={2} maxLength={200} showCount placeholder="如：机关党委会议决定（可不填）" />
      </Form.Item>
    </FormModal>
  );
}
