import { useState } from 'react';
import { App, Button, Select } from 'antd';
import { UsergroupAddOutlined } from '@ant-design/icons';
import { Navigate } from 'react-router';
import type { AccountRow, Branch } from '@zhibu/schemas';
import { useMe } from '../../auth/MeContext';
import { canManageAccounts, isOrganAdmin, secretaryBranches } from '../../../lib/access';
import { useApi } from '../../../lib/useApi';
import { useIsMobile } from '../../../lib/useIsMobile';
import { PageHeader } from '../../../lib/PageHeader';
import { PageState } from '../../../lib/PageState';
import { errorMessage } from '../../../api/client';
import { branchesPath } from '../../org/api';
import { accountsPath, createBranchAccounts, type IssuedPassword } from '../api';
import { AccountList } from '../components/AccountList';
import { IssuedPasswordsModal } from '../components/IssuedPasswordsModal';

interface Issued {
  title: string;
  items: IssuedPassword[];
  note?: string;
}

/** 账号管理: the organ's accounts (organ admin) or one branch's (书记/副书记). */
export default function AccountsPage() {
  const me = useMe();
  const admin = isOrganAdmin(me);
  const own = secretaryBranches(me);
  const mobile = useIsMobile();
  const { message, modal } = App.useApp();
  const [branchId, setBranchId] = useState<string | undefined>(admin ? undefined : own[0]?.branchId);
  const accounts = useApi<{ items: AccountRow[] }>(canManageAccounts(me) ? accountsPath(branchId) : null);
  const branches = useApi<{ items: Branch[] }>(admin ? branchesPath : null);
  const [issued, setIssued] = useState<Issued | null>(null);
  const [busy, setBusy] = useState(false);

  if (!canManageAccounts(me)) return <Navigate to="/" replace />;

  const options = admin
    ? (branches.data?.items ?? []).filter((b) => b.status === 'active').map((b) => ({ value: b.id, label: b.shortName }))
    : own.map((b) => ({ value: b.branchId, label: b.branchName }));
  const branchName = options.find((o) => o.value === branchId)?.label ?? '';

  const bulk = () =>
    modal.confirm({
      title: `为${branchName}党员批量开通账号？`,
      content: '为本支部尚无账号的在册人员各开通一个账号，并生成一次性初始密码。已有账号的人员不受影响。',
      okText: '开通',
      cancelText: '取消',
      onOk: async () => {
        if (!branchId) return;
        setBusy(true);
        try {
          const r = await createBranchAccounts(branchId);
          setIssued({
            title: `${branchName}：新开通 ${r.created.length} 个账号`,
            items: r.created,
            note: r.skipped ? `已有账号的 ${r.skipped} 人未重复开通。` : undefined,
          });
          accounts.reload();
        } catch (e) {
          void message.error(errorMessage(e));
        } finally {
          setBusy(false);
        }
      },
    });

  return (
    <div>
      <PageHeader
        title="账号管理"
        sub={admin ? '全机关账号' : '本支部党员的账号'}
        extra={
          branchId && (
            <Button type="primary" icon={<UsergroupAddOutlined aria-hidden />} loading={busy} onClick={bulk}>
              为本支部党员批量开通账号
            </Button>
          )
        }
      />
      <div className="toolbar">
        <Select
          aria-label="选择党支部"
          style={{ minWidth: 220 }}
          allowClear={admin}
          placeholder="全部账号"
          value={branchId}
          onChange={(v?: string) => setBranchId(v)}
          options={options}
          showSearch={{ optionFilterProp: 'label' }}
        />
      </div>
      <PageState loading={false} error={accounts.error} onRetry={accounts.reload}>
        <AccountList
          rows={accounts.data?.items ?? []}
          loading={accounts.loading}
          mobile={mobile}
          selfId={me.accountId}
          canUnlock={admin}
          onIssued={(p) => setIssued({ title: `已重置密码：${p.name ?? p.username}`, items: [p] })}
          onChanged={accounts.reload}
        />
      </PageState>
      {issued && (
        <IssuedPasswordsModal
          title={issued.title}
          organName={me.organ.name}
          items={issued.items}
          note={issued.note}
          onClose={() => setIssued(null)}
        />
      )}
    </div>
  );
}
