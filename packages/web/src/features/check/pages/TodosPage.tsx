import { Result } from 'antd';
import { useMe } from '../../auth/MeContext';
import { useApi } from '../../../lib/useApi';
import { PageHeader } from '../../../lib/PageHeader';
import { PageState } from '../../../lib/PageState';
import { todosPath, type Todo } from '../api';
import { statusRank } from '../labels';
import { TodoItem } from '../components/TodoItem';
import '../check.css';

/** 不符合 first, then approvals waiting for the viewer, then 即将到期; inside each the earliest deadline first. */
const rank = (t: Todo) => (t.kind === 'approval' ? 0.5 : statusRank(t.status));
function byUrgency(a: Todo, b: Todo): number {
  return rank(a) - rank(b) || (a.due ?? '9999').localeCompare(b.due ?? '9999');
}

/** 待办: what the viewer should do next, across the branches they look after. */
export default function TodosPage() {
  const me = useMe();
  const todos = useApi<{ items: Todo[] }>(todosPath);
  const items = [...(todos.data?.items ?? [])].sort(byUrgency);
  const unmet = items.filter((t) => t.status === 'unmet').length;
  return (
    <div className="check-page todos-page">
      <PageHeader
        title="待办"
        sub={todos.data ? (items.length ? `截至 ${me.today}，共 ${items.length} 项${unmet ? `，其中 ${unmet} 项已不符合` : ''}` : `截至 ${me.today}`) : undefined}
      />
      <PageState loading={todos.loading && !todos.data} error={todos.error} onRetry={todos.reload}>
        {items.length === 0 ? (
          <Result status="success" title="暂无待办，做得很好" subTitle="有新的到期事项或需要处理的问题时会列在这里。" />
        ) : (
          <ul className="todo-list" aria-label="待办事项">
            {items.map((t, i) => (
              <TodoItem key={`${t.link}-${t.title}-${i}`} todo={t} today={me.today} />
            ))}
          </ul>
        )}
      </PageState>
    </div>
  );
}
