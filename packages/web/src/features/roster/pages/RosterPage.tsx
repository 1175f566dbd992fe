import { useState } from 'react';
import { App, Result, Typography } from 'antd';
import type { Branch, PersonRow } from '@zhibu/schemas';
import { useMe } from '../../auth/MeContext';
import { hasRosterScope, isOrganAdmin } from '../../../lib/access';
import { useApi } from '../../../lib/useApi';
import { useIsMobile } from '../../../lib/useIsMobile';
import { PageHeader } from '../../../lib/PageHeader';
import { PageState } from '../../../lib/PageState';
import { branchesPath } from '../../org/api';
import { rosterPath } from '../../persons/api';
import { PersonFormModal } from '../../persons/components/PersonFormModal';
import { RosterFilterBar } from '../components/RosterFilterBar';
import { RosterTable } from '../components/RosterTable';
import { RosterCards } from '../components/RosterCards';
import { RosterActions } from '../components/RosterActions';
import { useRosterQuery } from '../useRosterQuery';

/** 党员花名册, for those with a roster scope (contracts §4); others get a plain refusal, not an empty list. */
export default function RosterPage() {
  const me = useMe();
  if (!hasRosterScope(me)) return <Result status="403" title="无权查看花名册" subTitle="花名册仅对机关党委、支部委员和党小组长开放。" />;
  return <RosterView />;
}

/** The roster the viewer may see, searchable, filterable, as of any date. */
function RosterView() {
  const me = useMe();
  const mobile = useIsMobile();
  const { message } = App.useApp();
  const { filters, query, update } = useRosterQuery();
  const roster = useApi<{ total: number; items: PersonRow[]; on: string }>(rosterPath(query));
  const branches = useApi<{ items: Branch[] }>(branchesPath);
  const [adding, setAdding] = useState(false);

  const visible = (branches.data?.items ?? []).filter(
    (b) => b.abilities.viewRoster || me.ledGroups.some((g) => g.branchId === b.id),
  );
  const canAdd = visible.some((b) => b.status === 'active' && b.abilities.manage);
  const onPage = (page: number, pageSize: number) => update({ page, pageSize });
  const list = { rows: roster.data?.items ?? [], total: roster.data?.total ?? 0, page: filters.page, pageSize: filters.pageSize, loading: roster.loading, onPage };

  return (
    <div>
      <PageHeader
        title="党员花名册"
        sub={roster.data ? `${filters.on ? `${roster.data.on} 的花名册` : `截至 ${roster.data.on}`}，共 ${roster.data.total} 人` : undefined}
        extra={
          <RosterActions
            branchId={filters.branchId}
            on={filters.on}
            today={me.today}
            branchCount={visible.length}
            canAdd={canAdd}
            canImport={isOrganAdmin(me)}
            onAdd={() => setAdding(true)}
          />
        }
      />
      <RosterFilterBar filters={filters} branches={visible} update={update} />
      {filters.on && (
        <Typography.Paragraph type="secondary" className="roster-on-note">
          正在查看 {filters.on} 当日的花名册（按当时的组织关系）。
        </Typography.Paragraph>
      )}
      <PageState loading={false} error={roster.error} onRetry={roster.reload}>
        {mobile ? <RosterCards {...list} /> : <RosterTable {...list} />}
      </PageState>
      {adding && (
        <PersonFormModal
          open
          branchId={filters.branchId ?? (visible.length === 1 ? visible[0]?.id : undefined)}
          onClose={() => setAdding(false)}
          onSaved={(p) => {
            setAdding(false);
            void message.success(`已添加：${p.name}`);
            roster.reload();
          }}
        />
      )}
    </div>
  );
}
