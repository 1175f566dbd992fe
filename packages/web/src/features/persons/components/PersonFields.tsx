import { Col, DatePicker, Form, Input, Radio, Row, Select, type FormInstance } from 'antd';
import { ID_PROBLEM_MESSAGES, parseIdNumber } from '@zhibu/domain';
import { GENDER_LABELS, PERSON_CATEGORY_LABELS, PERSON_STATUS_LABELS, optionsOf } from '../../../lib/labels';
import { toDayjs } from '../../../lib/dates';

const half = { xs: 24, sm: 12 };
const MEMBER = ['full', 'probationary'];

/**
 * The roster facts of a person (ZPersonCreate fields). Birth date and gender are filled from a valid
 * ID number when empty; the server checks everything again and its messages land beside the fields.
 */
export function PersonFields({ form, idMasked, withStatus }: { form: FormInstance; idMasked?: boolean; withStatus?: boolean }) {
  const category = Form.useWatch<string | undefined>('category', form);
  const isMember = category !== undefined && MEMBER.includes(category);

  const fillFromId = () => {
    const raw = form.getFieldValue('idNumber') as string | undefined;
    const parsed = raw ? parseIdNumber(raw) : null;
    if (!parsed?.ok) return;
    if (!form.getFieldValue('birthDate')) form.setFieldValue('birthDate', toDayjs(parsed.info.birthDate));
    if (!form.getFieldValue('gender')) form.setFieldValue('gender', parsed.info.gender);
  };

  /** dates that do not fit the new category are cleared, not silently kept behind a disabled picker */
  const clearDatesFor = (c: string) => {
    if (!MEMBER.includes(c)) form.setFieldsValue({ joinedOn: null, confirmedOn: null });
    else if (c !== 'full') form.setFieldValue('confirmedOn', null);
  };

  return (
    <Row gutter={16}>
      <Col {...half}>
        <Form.Item label="姓名" name="name" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
          <Input maxLength={50} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item
          label="公民身份号码"
          name="idNumber"
          extra={idMasked ? '号码已隐藏；不修改请留空' : undefined}
          rules={[
            { required: !idMasked, whitespace: true, message: '请填写公民身份号码' },
            {
              validator: async (_, v: string | undefined) => {
                if (!v?.trim()) return;
                const p = parseIdNumber(v);
                if (!p.ok) throw new Error(ID_PROBLEM_MESSAGES[p.problem]);
              },
            },
          ]}
        >
          <Input maxLength={18} onBlur={fillFromId} placeholder={idMasked ? '已隐藏' : '18 位'} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item label="性别" name="gender">
          <Radio.Group options={optionsOf(GENDER_LABELS)} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item label="出生日期" name="birthDate">
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item label="民族" name="ethnicity">
          <Input maxLength={20} placeholder="如：汉族" />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item label="学历" name="education">
          <Input maxLength={30} placeholder="如：大学本科" />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item label="人员类别" name="category" rules={[{ required: true, message: '请选择人员类别' }]}>
          <Select options={optionsOf(PERSON_CATEGORY_LABELS)} onChange={clearDatesFor} />
        </Form.Item>
      </Col>
      {withStatus && (
        <Col {...half}>
          <Form.Item label="状态" name="status">
            <Select options={optionsOf(PERSON_STATUS_LABELS)} />
          </Form.Item>
        </Col>
      )}
      <Col {...half}>
        <Form.Item label="入党日期" name="joinedOn" extra={isMember ? undefined : '尚未入党的人员不填'}>
          <DatePicker style={{ width: '100%' }} disabled={!isMember} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item label="转正日期" name="confirmedOn" extra={category === 'full' ? undefined : '正式党员才填'}>
          <DatePicker style={{ width: '100%' }} disabled={category !== 'full'} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item label="工作岗位" name="jobPost">
          <Input maxLength={60} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item label="联系电话" name="phone">
          <Input maxLength={20} inputMode="tel" />
        </Form.Item>
      </Col>
    </Row>
  );
}
