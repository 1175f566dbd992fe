import { Tag } from 'antd';
import type { AccountRow } from '@zhibu/schemas';

/** 正常 / 已锁定 / 已停用 / 待改密码. */
export function AccountStatus({ a }: { a: AccountRow }) {
  if (a.disabled) return <Tag>已停用</Tag>;
  return (
    <span className="tag-wrap">
      {a.locked ? <Tag color="volcano">已锁定</Tag> : <Tag color="green">正常</Tag>}
      {a.mustChangePassword && <Tag color="orange">待修改初始密码</Tag>}
    </span>
  );
}
