import { useEffect } from 'react';
import { Alert, App, Button, Card, DatePicker, Descriptions, Form, Input, Select, Space, Tag, Typography, Upload } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { MAX_CHAT_GROUP_NAMES } from '@zhibu/schemas';
import { errorMessage } from '../../../api/client';
import { saveChatGroup, type ChatGroup } from '../api';

/**
 * A member list saved from the group as a text or CSV file: read as UTF-8, or as GBK when UTF-8 does not fit (Excel
 * on Chinese Windows saves CSV in GBK). The names land in the box to be looked at before saving.
 */
async function readNames(file: File): Promise<string> {
  const bytes = await file.arrayBuffer();
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  return utf8.includes('\uFFFD') ? new TextDecoder('gbk').decode(bytes) : utf8.replace(/^\uFEFF/, '');
}

const ok = (b: boolean) => (b ? <Tag color="green">✓ 符合</Tag> : <Tag color="red">✗ 不符合</Tag>);

/** 支部微信群 (VEN-3): the record, its check, and (书记、支委) the form with a paste box for the member names. */
export function ChatGroupCard({ branchId, data, today, onChanged }: { branchId: string; data: ChatGroup; today: string; onChanged: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ name: string; platform?: string; managerPersonId?: string; listedOn: Dayjs; members: string }>();
  const g = data.group;
  const c = data.check;
  useEffect(() => {
    form.setFieldsValue({
      name: g?.name ?? data.branch.shortName,
      platform: g?.platform ?? '',
      managerPersonId: g?.manager?.id,
      listedOn: dayjs(g?.listedOn ?? today),
      members: g?.members?.join('\n') ?? '',
    });
  }, [data, form, g, today]);

  const managers = [...data.officers, ...(g?.manager && !data.officers.some((o) => o.id === g.manager!.id) ? [g.manager] : [])];
  const save = async (v: { name: string; platform?: string; managerPersonId?: string; listedOn: Dayjs; members: string }) => {
    try {
      await saveChatGroup(branchId, { name: v.name, ...(v.platform ? { platform: v.platform } : {}), managerPersonId: v.managerPersonId ?? null, listedOn: v.listedOn.format('YYYY-MM-DD'), members: v.members ?? '' });
      void message.success('已保存并核对');
      onChanged();
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  return (
    <Card size="small" title="支部微信群">
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        {!g && <Alert type="warning" showIcon title={data.canWrite ? '尚未登记支部微信群。请在下方填写群名称、管理员，并把群成员名单粘贴进来核对。' : '支部尚未登记微信群。'} />}
        {g && c && (
          <Descriptions size="small" column={{ xs: 1, sm: 1, md: 2 }} bordered>
            <Descriptions.Item label="群名称">
              <Space wrap>
                {g.name}
                {ok(c.nameOk)}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label="管理员">
              <Space wrap>
                {g.manager?.name ?? '未登记'}
                {ok(c.managerOk)}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label="名单日期">{g.listedOn}</Descriptions.Item>
            {c.listed !== null && <Descriptions.Item label="名单人数">{c.listed} 人</Descriptions.Item>}
          </Descriptions>
        )}
        {c && !c.nameOk && (
          <Typography.Text type="danger">
            群名称应为支部全称“{data.branch.fullName}”或规范简称“{data.branch.shortName}”。
          </Typography.Text>
        )}
        {c && !c.managerOk && <Typography.Text type="danger">群管理员应为支部书记或一名支委。</Typography.Text>}
        {c?.outsiders && c.outsiders.length > 0 && <Alert type="error" showIcon title={`以下人员不是本支部党员、预备党员或入党积极分子：${c.outsiders.join('、')}`} />}
        {c?.outsiders && c.outsiders.length === 0 && <Alert type="success" showIcon title="群成员均为本支部党员、预备党员或入党积极分子。" />}
        {data.canWrite && (
          <Form form={form} layout="vertical" onFinish={(v) => void save(v)} style={{ maxWidth: 640 }}>
            <Form.Item name="name" label="群名称" rules={[{ required: true, whitespace: true, message: '请填写群名称' }]} extra={`支部全称“${data.branch.fullName}”或规范简称“${data.branch.shortName}”`}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="platform" label="平台">
              <Input maxLength={50} placeholder="如：微信、党建平台" />
            </Form.Item>
            <Form.Item name="managerPersonId" label="管理员（支部书记或一名支委）">
              <Select allowClear placeholder="选择管理员" options={managers.map((m) => ({ value: m.id, label: m.name }))} />
            </Form.Item>
            <Form.Item name="listedOn" label="名单日期" rules={[{ required: true, message: '请选择名单日期' }]}>
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(today), 'day')} />
            </Form.Item>
            <Form.Item name="members" label={`群成员名单（每行一个，或用顿号、逗号、分号、空格分隔；最多${MAX_CHAT_GROUP_NAMES}人）`}>
              <Input.TextArea rows={6} placeholder={'张三\n李四\n王五'} />
            </Form.Item>
            <Form.Item>
              <Upload
                accept=".txt,.csv"
                showUploadList={false}
                beforeUpload={(file) => {
                  void readNames(file).then((text) => {
                    form.setFieldValue('members', text.replace(/\r\n?/g, '\n').replace(/,/g, '\n'));
                    message.info(`已读入“${file.name}”，请核对名单后保存`);
                  });
                  return false;
                }}
              >
                <Button>从文件读入名单（.txt / .csv）</Button>
              </Upload>
            </Form.Item>
            <Button type="primary" htmlType="submit">
              保存并核对
            </Button>
          </Form>
        )}
      </Space>
    </Card>
  );
}
