import { App, Button, Space } from 'antd';
import type { AccountRow, IssuedPassword } from '@zhibu/schemas';
import { errorMessage } from '../../../api/client';
import { resetPassword, unlockAccount } from '../api';

interface Props {
  account: AccountRow;
  /** the signed-in account: one changes one's own password on 我的, not here */
  self: boolean;
  canUnlock: boolean;
  onIssued: (p: IssuedPassword) => void;
  onChanged: () => void;
}

/** 重置密码 (after a confirm) and 解锁 for one account. */
export function AccountActions({ account, self, canUnlock, onIssued, onChanged }: Props) {
  const { modal, message } = App.useApp();
  const who = account.person?.name ?? account.username;

  const reset = () =>
    modal.confirm({
      title: `重置 ${who} 的密码？`,
      content: '将生成一次性初始密码，原密码立即失效，本人下次登录须修改密码。',
      okText: '重置',
      cancelText: '取消',
      onOk: async () => {
        try {
          onIssued(await resetPassword(account.id));
          onChanged();
        } catch (e) {
          void message.error(errorMessage(e));
        }
      },
    });

  const unlock = async () => {
    try {
      await unlockAccount(account.id);
      void message.success(`已解锁：${who}`);
      onChanged();
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  if (self) return <span className="muted">本人账号</span>;
  return (
    <Space size={4} wrap>
      <Button size="small" onClick={reset} aria-label={`重置${who}的密码`}>
        重置密码
      </Button>
      {canUnlock && account.locked && (
        <Button size="small" onClick={() => void unlock()} aria-label={`解锁${who}`}>
          解锁
        </Button>
      )}
    </Space>
  );
}
