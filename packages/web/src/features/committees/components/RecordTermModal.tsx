import { Button, DatePicker, Form, Input, Radio, Select, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { COMMITTEE_KIND_LABELS } from '@zhibu/schemas';
import { TERM_YEARS, type BranchRole } from '@zhibu/domain';
import { FormModal } from '../../../lib/FormModal';
import { fromDayjs } from '../../../lib/dates';
import { BRANCH_ROLE_LABELS } from '../../../lib/labels';
import { recordCommittee, type BranchCommittees, type Committee } from '../api';
import { needsApproval, rolesFor } from './committeeUtils';

interface MemberValues {
  personId?: string;
  role?: BranchRole;
  approvedOn?: Dayjs | null;
  approvalDocNo?: string;
}
interface Values {
  kind: Committee['kind'];
  startOn: Dayjs;
  termYears: number;
  electedOn?: Dayjs | null;
  members: MemberValues[];
  note?: string;
}

const startingMembers = (kind: Committee['kind']): MemberValues[] =>
  kind === 'committee'
    ? [{ role: 'secretary' }, { role: 'organizationMember' }, { role: 'publicityMember' }]
    : [{ role: 'secretary' }];

/** 录入现任班子: a term elected before the system (or a back-entry), with each member's post and approval. */
export function RecordTermModal({ data, today, onClose, onSaved }: {
  data: BranchCommittees;
  today: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? (data.committeeRequired ? 'committee' : 'secretaryOnly');
  const members = Form.useWatch('members', form) ?? [];
  const chosen = new Set(members.map((m) => m?.personId).filter(Boolean));
  const roleOptions = rolesFor(kind).map((r) => ({ value: r, label: BRANCH_ROLE_LABELS[r] }));

  const submit = async (v: Values) => {
    try {
      await save(v);
    } catch (e) {
      // the server's message shows above the form: on a phone the form is scrolled to its end, so bring it into view
      document.querySelector('.cm-record-top')?.closest('.ant-modal-wrap')?.scrollTo({ top: 0, behavior: 'smooth' });
      throw e;
    }
  };
  const save = async (v: Values) => {
    await recordCommittee(data.branch.id, {
      kind: v.kind,
      startOn: fromDayjs(v.startOn) ?? today,
      termYears: v.termYears,
      electedOn: fromDayjs(v.electedOn),
      members: v.members.map((m) => ({
        personId: m.personId ?? '',
        role: m.role ?? 'committeeMember',
        approvedOn: m.role && needsApproval(m.role) ? fromDayjs(m.approvedOn) : null,
        approvalDocNo: m.role && needsApproval(m.role) ? (m.approvalDocNo ?? null) : null,
      })),
      note: v.note ?? null,
    });
    onSaved();
  };

  return (
    <FormModal<Values>
      open
      form={form}
      title={`录入现任班子：${data.branch.shortName}`}
      okText="保存"
      width={680}
      initialValues={{
        kind: data.committeeRequired ? 'committee' : 'secretaryOnly',
        termYears: 3,
        members: startingMembers(data.committeeRequired ? 'committee' : 'secretaryOnly'),
      }}
      onCancel={onClose}
      onSubmit={submit}
    >
      <Typography.Paragraph type="secondary" className="cm-form-hint cm-record-top">
        用于录入在本系统启用前已经选举产生的现任支委会（或书记）。新一届班子请通过“发起换届选举”产生。
      </Typography.Paragraph>
      <Form.Item label="设置形式" name="kind" rules={[{ required: true }]}
        extra={data.committeeRequired ? `本支部有正式党员${data.fullMemberCount}名，应设立支部委员会。` : `本支部正式党员${data.fullMemberCount}名，可不设支委会，只设书记（必要时设副书记）。`}>
        <Radio.Group
          options={(['committee', 'secretaryOnly'] as const).map((k) => ({ value: k, label: COMMITTEE_KIND_LABELS[k] }))}
          onChange={(e) => form.setFieldValue('members', startingMembers(e.target.value as Committee['kind']))}
        />
      </Form.Item>
      <div className="cm-form-row">
        <Form.Item label="任期开始日期" name="startOn" rules={[{ required: true, message: '请选择任期开始日期' }]} extra="一般为选举产生之日">
          <DatePicker style={{ width: '100%' }} maxDate={dayjs(today)} />
        </Form.Item>
        <Form.Item label="选举日期" name="electedOn">
          <DatePicker style={{ width: '100%' }} maxDate={dayjs(today)} placeholder="可不填" />
        </Form.Item>
        <Form.Item label="每届任期" name="termYears" rules={[{ required: true, message: '请选择任期' }]}>
          <Radio.Group optionType="button" options={TERM_YEARS.map((y) => ({ value: y, label: `${y}年` }))} />
        </Form.Item>
      </div>
      <Typography.Text strong>班子成员</Typography.Text>
      <Typography.Paragraph type="secondary" className="cm-form-hint">
        须为本支部正式党员；书记只能有一名。书记、副书记请填写机关党委的批复日期和文号（尚未批复的留空）。
      </Typography.Paragraph>
      <Form.List
        name="members"
        rules={[
          {
            validator: async (_, list: MemberValues[] | undefined) => {
              const n = (list ?? []).filter((m) => m?.role === 'secretary').length;
              if (n === 0) throw new Error('请指定书记');
              if (n > 1) throw new Error('书记只能有一名');
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field, i) => {
              const role = members[i]?.role;
              return (
                <div key={field.key} className="cm-member-edit">
                  <div className="cm-member-edit-main">
                    <Form.Item name={[field.name, 'role']} label="职务" rules={[{ required: true, message: '请选择职务' }]}>
                      <Select options={roleOptions} aria-label={`第${i + 1}位成员的职务`} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'personId']} label="姓名" rules={[{ required: true, message: '请选择人员' }]}>
                      <Select
                        showSearch={{ optionFilterProp: 'label' }}
                        placeholder="选择正式党员"
                        aria-label={`第${i + 1}位成员的姓名`}
                        options={data.fullMembers.map((p) => ({
                          value: p.id,
                          label: p.name,
                          disabled: chosen.has(p.id) && members[i]?.personId !== p.id,
                        }))}
                      />
                    </Form.Item>
                    <Button
                      type="text"
                      danger
                      icon={<MinusCircleOutlined aria-hidden />}
                      onClick={() => remove(field.name)}
                      aria-label={`删除第${i + 1}位成员`}
                      className="cm-member-remove"
                      disabled={fields.length <= 1}
                    />
                  </div>
                  {role && needsApproval(role) && (
                    <div className="cm-member-edit-main cm-member-edit-approval">
                      <Form.Item name={[field.name, 'approvedOn']} label="批准日期">
                        <DatePicker style={{ width: '100%' }} maxDate={dayjs(today)} placeholder="未批准可不填" />
                      </Form.Item>
                      <Form.Item name={[field.name, 'approvalDocNo']} label="批复文号">
                        <Input maxLength={60} placeholder="如：X机党〔2024〕5号" />
                      </Form.Item>
                      <span className="cm-member-remove" />
                    </div>
                  )}
                </div>
              );
            })}
            <Form.ErrorList errors={errors} />
            {kind === 'committee' || fields.length < 2 ? (
              <Button type="dashed" block icon={<PlusOutlined aria-hidden />} onClick={() => add({ role: kind === 'committee' ? 'committeeMember' : 'deputySecretary' })}>
                {kind === 'committee' ? '添加委员' : '添加副书记'}
              </Button>
            ) : null}
          </>
        )}
      </Form.List>
      <Form.Item label="备注" name="note" style={{ marginTop: 16 }}>
        <Input.TextArea maxLength={500} rows={2} placeholder="可不填" />
      </Form.Item>
    </FormModal>
  );
}
