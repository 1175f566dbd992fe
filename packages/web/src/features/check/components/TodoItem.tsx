import { Card, Tag } from 'antd';
import { RightOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import type { Todo } from '../api';
import { daysUntil, dueText } from '../labels';
import { FindingStatusTag } from './StatusTag';

/** One 待办: what, for which branch, what to do, by when, and the page that does it. */
export function TodoItem({ todo: t, today }: { todo: Todo; today: string }) {
  const late = t.due !== null && daysUntil(t.due, today) < 0;
  return (
    <li>
      <Card size="small" className={`todo-card todo-card-${t.status}`}>
        <div className="todo-head">
          {t.kind === 'approval' ? <Tag color="purple">待审批</Tag> : <FindingStatusTag status={t.status} />}
          <span className="todo-title">{t.title}</span>
          <span className="todo-branch">{t.branch}</span>
        </div>
        <div className="todo-message">{t.message}</div>
        <div className="todo-foot">
          {t.due ? (
            <span className={late ? 'todo-due todo-due-late' : 'todo-due'}>
              截止 {t.due}（{dueText(t.due, today)}）
            </span>
          ) : (
            <span />
          )}
          <Link to={t.link} className="todo-link">
            去处理 <RightOutlined aria-hidden />
          </Link>
        </div>
      </Card>
    </li>
  );
}
