import { Alert, Col, DatePicker, Form, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { Branch, PersonDetail } from '@zhibu/schemas';
import { FormModal } from '../../../lib/FormModal';
import { fromDayjs } from '../../../lib/dates';
import { useApi } from '../../../lib/useApi';
import { branchesPath } from '../../org/api';
import { movePerson } from '../api';

interface Values {
  branchId: string;
  groupId: string | null;
  effectiveOn: Dayjs;
}

/** 调整组织关系 (organ admin): the old membership ends the day before the new one starts. */
export function MoveModal({ person, today, onClose, onSaved }: {
  person: PersonDetail;
  today: string;
  onClose: () => void;
  onSaved: (p: PersonDetail) => void;
}) {
  const [form] = Form.useForm<Values>();
  const { data } = useApi<{ items: Branch[] }>(branchesPath);
  const branchId = Form.useWatch<string | undefined>('branchId', form);
  const branches = (data?.items ?? []).filter((b) => b.status === 'active');
  const groups = branches.find((b) => b.id === branchId)?.groups.filter((g) => !g.dissolvedOn) ?? [];

  const submit = async (v: Values) => {
    onSaved(await movePerson(person.id, { branchId: v.branchId, groupId: v.groupId ?? null, effectiveOn: fromDayjs(v.effectiveOn) ?? today }));
  };
  return (
    <FormModal<Values>
      open
      form={form}
      title={`调整组织关系：${person.name}`}
      okText="确认调整"
      initialValues={{ branchId: person.branch?.id, groupId: person.group?.id ?? null, effectiveOn: dayjs(today) }}
      onCancel={onClose}
      onSubmit={submit}
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title="原组织关系在生效日期前一天结束，历史花名册仍可按日期查看。" />
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item label="转入党支部" name="branchId" rules={[{ required: true, message: '请选择党支部' }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={branches.map((b) => ({ value: b.id, label: b.shortName }))}
              onChange={() => form.setFieldValue('groupId', null)}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item label="转入党小组" name="groupId">
            <Select allowClear options={groups.map((g) => ({ value: g.id, label: g.name }))} placeholder="可不选" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label="生效日期" name="effectiveOn" rules={[{ required: true, message: '请选择生效日期' }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
