import { useState } from 'react';
import { Alert, App, Button, Form, Input, Typography } from 'antd';
import { passwordProblems } from '@zhibu/domain';
import { errorMessage } from '../../../api/client';
import { changePassword } from '../api';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export const PASSWORD_RULE_TEXT = '新密码至少 8 位，并包含大写字母、小写字母、数字、符号中的至少三类，且不能包含用户名。';

/** Current, new and confirm fields; checks the rule before sending, shows the server's message after. */
export function ChangePasswordForm({ username, onDone }: { username: string; onDone: () => void }) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { message } = App.useApp();

  const onFinish = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      await changePassword(v.currentPassword, v.newPassword);
      form.resetFields();
      void message.success('密码已修改');
      onDone();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<Values> form={form} layout="vertical" name="change-password" onFinish={onFinish} requiredMark={false}>
      <Typography.Paragraph type="secondary">{PASSWORD_RULE_TEXT}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
      <Form.Item label="当前密码" name="currentPassword" rules={[{ required: true, message: '请输入当前密码' }]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        label="新密码"
        name="newPassword"
        rules={[
          { required: true, message: '请输入新密码' },
          {
            validator: async (_, value: string | undefined) => {
              const problems = value ? passwordProblems(value, username) : [];
              if (problems.length) throw new Error(problems.join('；'));
            },
          },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label="确认新密码"
        name="confirmPassword"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: '请再次输入新密码' },
          ({ getFieldValue }) => ({
            validator: async (_, value: string | undefined) => {
              if (value && value !== getFieldValue('newPassword')) throw new Error('两次输入的新密码不一致');
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} block>
        修改密码
      </Button>
    </Form>
  );
}
