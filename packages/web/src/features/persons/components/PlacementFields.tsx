import { Col, DatePicker, Form, Row, Select, type FormInstance } from 'antd';
import type { Branch } from '@zhibu/schemas';
import { useApi } from '../../../lib/useApi';
import { branchesPath } from '../../org/api';

const half = { xs: 24, sm: 12 };

/** 所在党支部 and 党小组 of a new person: branches the viewer manages, groups of the chosen branch. */
export function PlacementFields({ form }: { form: FormInstance }) {
  const { data, loading } = useApi<{ items: Branch[] }>(branchesPath);
  const branchId = Form.useWatch<string | undefined>('branchId', form);
  const branches = (data?.items ?? []).filter((b) => b.status === 'active' && b.abilities.manage);
  const groups = branches.find((b) => b.id === branchId)?.groups.filter((g) => !g.dissolvedOn) ?? [];
  return (
    <Row gutter={16}>
      <Col {...half}>
        <Form.Item label="所在党支部" name="branchId" rules={[{ required: true, message: '请选择所在党支部' }]}>
          <Select
            loading={loading}
            showSearch={{ optionFilterProp: 'label' }}
            options={branches.map((b) => ({ value: b.id, label: b.shortName }))}
            onChange={() => form.setFieldValue('groupId', null)}
            placeholder="选择党支部"
          />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item label="所在党小组" name="groupId">
          <Select
            allowClear
            disabled={!branchId || groups.length === 0}
            options={groups.map((g) => ({ value: g.id, label: g.name }))}
            placeholder={branchId && groups.length === 0 ? '本支部未设党小组' : '可不选'}
          />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item label="转入本支部日期" name="startOn" extra="不填则为今天">
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Col>
    </Row>
  );
}
