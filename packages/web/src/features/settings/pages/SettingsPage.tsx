import { useState } from 'react';
import { Alert, App, Button, Card, DatePicker, Form, InputNumber } from 'antd';
import { Navigate } from 'react-router';
import type { Dayjs } from 'dayjs';
import { useMe, useMeState } from '../../auth/MeContext';
import { isOrganAdmin } from '../../../lib/access';
import { applyServerErrors } from '../../../lib/formErrors';
import { fromDayjs, toDayjs } from '../../../lib/dates';
import { useApi } from '../../../lib/useApi';
import { PageHeader } from '../../../lib/PageHeader';
import { PageState } from '../../../lib/PageState';
import { organPath, updateOrgan, type Organ } from '../api';
import { WorkdaysCard } from '../../development/components/WorkdaysCard';

interface Values {
  recordsStartOn: Dayjs;
  sessionIdleMinutes: number;
  attachmentMaxMB: number;
}

/** 机关设置 (organ admin): 启用日期, the idle session timeout and the attachment size limit. */
export default function SettingsPage() {
  const me = useMe();
  const { refresh } = useMeState();
  const { message } = App.useApp();
  const organ = useApi<Organ>(isOrganAdmin(me) ? organPath : null);
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!isOrganAdmin(me)) return <Navigate to="/" replace />;

  const save = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      await updateOrgan({
        recordsStartOn: fromDayjs(v.recordsStartOn) ?? undefined,
        sessionIdleMinutes: v.sessionIdleMinutes,
        attachmentMaxMB: v.attachmentMaxMB,
      });
      void message.success('设置已保存');
      organ.reload();
      void refresh();
    } catch (e) {
      setError(applyServerErrors(form, e));
    } finally {
      setBusy(false);
    }
  };

  const s = organ.data?.settings;
  return (
    <div>
      <PageHeader title="机关设置" sub={me.organ.name} />
      <PageState loading={organ.loading && !organ.data} error={organ.error} onRetry={organ.reload}>
        {s && (
          <Card size="small" style={{ maxWidth: 560 }}>
            {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
            <Form<Values>
              form={form}
              layout="vertical"
              initialValues={{
                recordsStartOn: toDayjs(s.recordsStartOn) ?? undefined,
                sessionIdleMinutes: s.sessionIdleMinutes,
                attachmentMaxMB: s.attachmentMaxMB,
              }}
              onFinish={(v) => void save(v)}
            >
              <Form.Item
                label="启用日期"
                name="recordsStartOn"
                rules={[{ required: true, message: '请选择启用日期' }]}
                extra="在此日期之前结束的考核周期记为“不适用”；早于此日期的记录视为历史补录。"
              >
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item
                label="空闲超时（分钟）"
                name="sessionIdleMinutes"
                rules={[
                  { required: true, message: '请填写空闲超时' },
                  { type: 'number', min: 5, max: 480, message: '空闲超时应为 5–480 分钟' },
                ]}
                extra="无操作超过此时长后须重新登录，可设 5–480 分钟。"
              >
                <InputNumber precision={0} style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item
                label="附件大小上限（MB）"
                name="attachmentMaxMB"
                rules={[
                  { required: true, message: '请填写附件大小上限' },
                  { type: 'number', min: 1, max: 200, message: '附件大小上限应为 1–200 MB' },
                ]}
                extra="单个上传文件（档案材料等）不得超过此大小，可设 1–200 MB。"
              >
                <InputNumber precision={0} style={{ width: '100%' }} />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={busy}>
                保存
              </Button>
            </Form>
          </Card>
        )}
        <div style={{ marginTop: 16 }}>
          <WorkdaysCard />
        </div>
      </PageState>
    </div>
  );
}
