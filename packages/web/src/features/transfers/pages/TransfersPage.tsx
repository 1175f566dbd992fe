import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { App, Button, DatePicker, Form, Input, InputNumber, Popconfirm, Radio, Select, Space, Table, Tag } from 'antd';
import { LoginOutlined, LogoutOutlined, PrinterOutlined } from '@ant-design/icons';
import type { Branch } from '@zhibu/schemas';
import { PERSON_CATEGORY_LABELS } from '../../../lib/labels';
import type { Dayjs } from 'dayjs';
import { useMe } from '../../auth/MeContext';
import { officerBranches } from '../../check/access';
import { errorMessage } from '../../../api/client';
import { isOrganAdmin } from '../../../lib/access';
import { FormModal } from '../../../lib/FormModal';
import { downloadFile } from '../../../lib/files';
import { fromDayjs, toDayjs } from '../../../lib/dates';
import { PageHeader } from '../../../lib/PageHeader';
import { PageState } from '../../../lib/PageState';
import { useApi } from '../../../lib/useApi';
import { PersonSelect } from '../../org/components/PersonSelect';
import { cancelTransfer, createTransfer, letterPath, receiveTransfer, returnReceipt, transfersPath, type Transfer, type TransferInput } from '../api';

const STATUS: Record<Transfer['status'], { label: string; color: string }> = {
  issued: { label: '已开具', color: 'blue' },
  received: { label: '已接收', color: 'cyan' },
  completed: { label: '已回执', color: 'green' },
  cancelled: { label: '已撤销', color: 'default' },
};

/** 组织关系转接 of a branch (MEM-3): the list, 转出 / 转入, receipt and 回执, and the letter to print. */
export default function TransfersPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const { message } = App.useApp();
  const branch = useApi<Branch>(`/api/branches/${id}`);
  const list = useApi<{ items: Transfer[] }>(transfersPath(id));
  const [form, setForm] = useState<'out' | 'in' | null>(null);
  const canWrite = isOrganAdmin(me) || officerBranches(me).some((o) => o.branchId === id);

  const act = async (f: () => Promise<unknown>, ok: string) => {
    try {
      await f();
      void message.success(ok);
      list.reload();
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  return (
    <div>
      <PageHeader
        title="组织关系转接"
        sub={branch.data?.fullName}
        extra={
          canWrite && (
            <Space wrap>
              <Button type="primary" icon={<LogoutOutlined aria-hidden />} onClick={() => setForm('out')}>
                转出
              </Button>
              <Button icon={<LoginOutlined aria-hidden />} onClick={() => setForm('in')}>
                转入
              </Button>
            </Space>
          )
        }
      />
      <PageState loading={list.loading && !list.data} error={list.error} onRetry={list.reload}>
        <Table<Transfer>
          size="small"
          rowKey="id"
          scroll={{ x: true }}
          dataSource={list.data?.items ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: canWrite ? '暂无组织关系转接。党员转出或转入本支部时，点击上方的“转出”或“转入”登记并打印介绍信。' : '暂无组织关系转接' }}
          columns={[
            { title: '党员', key: 'person', render: (_, t) => <Link to={`/persons/${t.person.id}`}>{t.person.name}</Link> },
            {
              title: '转接',
              key: 'kind',
              render: (_, t) => `${t.branch.id === id ? (t.direction === 'out' ? '转出' : '转入') : '转入（本机关）'}·${t.kind === 'formal' ? '正式' : '临时'}`,
            },
            { title: '对方', key: 'other', render: (_, t) => (t.branch.id === id ? (t.otherBranch?.name ?? t.otherOrg) : t.branch.name) },
            { title: '介绍信', key: 'letter', render: (_, t) => `${t.letterNo ? `第${t.letterNo}号 ` : ''}${t.issuedOn}开具，有效至${t.expiresOn}` },
            { title: '生效日期', dataIndex: 'effectiveOn' },
            {
              title: '状态',
              key: 'status',
              render: (_, t) => (
                <Space orientation="vertical" size={0}>
                  <Tag color={STATUS[t.status].color}>{STATUS[t.status].label}</Tag>
                  {t.status !== 'cancelled' && t.direction === 'out' && <span className={t.receipt.status === 'ok' ? 'muted' : 'lf-warn'} style={t.receipt.status === 'unmet' ? { color: '#cf1322' } : undefined}>{t.receipt.message}</span>}
                </Space>
              ),
            },
            {
              title: '操作',
              key: 'actions',
              render: (_, t) => (
                <Space wrap>
                  <Button size="small" icon={<PrinterOutlined aria-hidden />} onClick={() => void act(() => downloadFile(letterPath(t.id), `组织关系介绍信-${t.person.name}.pdf`), '已下载介绍信')}>
                    介绍信
                  </Button>
                  {t.abilities.receive && (
                    <Button size="small" onClick={() => void act(() => receiveTransfer(t.id, me.today), '已登记接收')}>
                      今天已接收
                    </Button>
                  )}
                  {t.abilities.receipt && (
                    <Button size="small" onClick={() => void act(() => returnReceipt(t.id, me.today), '已登记回执')}>
                      今天收到回执
                    </Button>
                  )}
                  {t.abilities.cancel && (
                    <Popconfirm title="撤销这次转接？" okText="撤销" cancelText="取消" onConfirm={() => act(() => cancelTransfer(t.id), '已撤销')}>
                      <Button size="small" danger>
                        撤销
                      </Button>
                    </Popconfirm>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </PageState>
      {form && (
        <TransferModal
          direction={form}
          branchId={id}
          today={me.today}
          onCancel={() => setForm(null)}
          onSaved={() => {
            setForm(null);
            void message.success('已办理');
            list.reload();
          }}
        />
      )}
    </div>
  );
}

interface Values {
  kind: 'formal' | 'temporary';
  personId?: string;
  newName?: string;
  newIdNumber?: string;
  newCategory?: 'full' | 'probationary';
  newJoinedOn?: Dayjs | null;
  newConfirmedOn?: Dayjs | null;
  newPhone?: string;
  target: 'branch' | 'org';
  otherBranchId?: string;
  otherOrg?: string;
  letterNo?: string;
  issuedOn: Dayjs;
  validDays?: number | null;
  effectiveOn: Dayjs;
  note?: string;
}

function TransferModal({ direction, branchId, today, onCancel, onSaved }: { direction: 'out' | 'in'; branchId: string; today: string; onCancel: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<Values>();
  const target = Form.useWatch('target', form);
  const branches = useApi<{ items: Branch[] }>(direction === 'out' ? '/api/branches' : null);
  const submit = async (v: Values) => {
    const known = direction === 'out';
    const body: TransferInput = {
      direction,
      kind: v.kind,
      ...(known
        ? { personId: v.personId }
        : {
            newPerson: {
              name: v.newName?.trim() ?? '',
              idNumber: v.newIdNumber?.trim() ?? '',
              category: v.newCategory ?? 'full',
              joinedOn: fromDayjs(v.newJoinedOn),
              confirmedOn: fromDayjs(v.newConfirmedOn),
              phone: v.newPhone?.trim() || null,
            },
          }),
      letterNo: v.letterNo?.trim() || null,
      issuedOn: fromDayjs(v.issuedOn)!,
      validDays: v.validDays ?? null,
      otherBranchId: direction === 'out' && v.target === 'branch' ? (v.otherBranchId ?? null) : null,
      otherOrg: direction === 'in' || v.target === 'org' ? v.otherOrg?.trim() || null : null,
      effectiveOn: fromDayjs(v.effectiveOn)!,
      note: v.note?.trim() || null,
    };
    await createTransfer(branchId, body);
    onSaved();
  };
  const others = (branches.data?.items ?? []).filter((b) => b.id !== branchId && b.status === 'active').map((b) => ({ value: b.id, label: b.fullName }));
  return (
    <FormModal<Values>
      open
      form={form}
      title={direction === 'out' ? '组织关系转出' : '组织关系转入'}
      width={640}
      onCancel={onCancel}
      onSubmit={submit}
      initialValues={{ kind: 'formal', target: direction === 'out' ? 'branch' : 'org', issuedOn: toDayjs(today) ?? undefined, effectiveOn: toDayjs(today) ?? undefined, validDays: 30, newCategory: 'full' }}
    >
      <Form.Item name="kind" label="类别">
        <Radio.Group optionType="button" options={[{ value: 'formal', label: '正式组织关系' }, { value: 'temporary', label: '临时组织关系' }]} />
      </Form.Item>
      {direction === 'out' ? (
        <Form.Item name="personId" label="转出的党员" rules={[{ required: true, message: '请选择党员' }]}>
          <PersonSelect branchId={branchId} placeholder="选择本支部党员" />
        </Form.Item>
      ) : (
        <>
          <div className="muted" style={{ marginBottom: 8 }}>请填写转入党员的信息（公民身份号码将校验），登记后即列入本支部花名册。</div>
          <Space wrap>
            <Form.Item name="newName" label="姓名">
              <Input maxLength={50} />
            </Form.Item>
            <Form.Item name="newIdNumber" label="公民身份号码">
              <Input maxLength={18} />
            </Form.Item>
            <Form.Item name="newCategory" label="人员类别">
              <Select style={{ width: 120 }} options={(['full', 'probationary'] as const).map((c) => ({ value: c, label: PERSON_CATEGORY_LABELS[c] }))} />
            </Form.Item>
            <Form.Item name="newJoinedOn" label="入党日期">
              <DatePicker />
            </Form.Item>
            <Form.Item name="newConfirmedOn" label="转正日期">
              <DatePicker />
            </Form.Item>
            <Form.Item name="newPhone" label="联系电话">
              <Input maxLength={20} />
            </Form.Item>
          </Space>
        </>
      )}
      {direction === 'out' && (
        <Form.Item name="target" label="转往">
          <Radio.Group optionType="button" options={[{ value: 'branch', label: '本机关其他党支部' }, { value: 'org', label: '本机关以外的党组织' }]} />
        </Form.Item>
      )}
      {direction === 'out' && target !== 'org' ? (
        <Form.Item name="otherBranchId" label="接收党支部" rules={[{ required: true, message: '请选择接收党支部' }]}>
          <Select options={others} loading={branches.loading} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
      ) : (
        <Form.Item name="otherOrg" label={direction === 'out' ? '接收党组织名称' : '转出党组织名称'} rules={[{ required: true, whitespace: true, message: '请填写党组织名称' }]}>
          <Input maxLength={200} />
        </Form.Item>
      )}
      <Space wrap>
        <Form.Item name="letterNo" label="介绍信编号">
          <Input maxLength={40} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="issuedOn" label="开具日期" rules={[{ required: true, message: '请选择开具日期' }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="validDays" label="有效期（天，最长90）">
          <InputNumber min={1} max={90} precision={0} />
        </Form.Item>
        <Form.Item name="effectiveOn" label="生效日期" rules={[{ required: true, message: '请选择生效日期' }]}>
          <DatePicker />
        </Form.Item>
      </Space>
      <Form.Item name="note" label="备注">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
