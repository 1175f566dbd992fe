import { useEffect, useRef, useState } from 'react';
import { Col, Empty, Input, Pagination, Row, Select, Space } from 'antd';
import { PageState } from '../../../lib/PageState';
import { useApi } from '../../../lib/useApi';
import { casesPath, type CaseList, type CaseQuery } from '../api';
import { CLAUSE_OPTIONS } from '../labels';
import { CaseCardView } from './CaseCardView';

interface Props {
  /** the fixed part of the query (status, branch) */
  base: CaseQuery;
  /** search box and tag/clause filters */
  filters?: boolean;
  /** changes when something was written, to load again */
  version: number;
  empty: string;
  onOpen: (id: string) => void;
}

const PAGE_SIZE = 12;

/** A searchable page of case cards. */
export function CaseListPanel({ base, filters = false, version, empty, onOpen }: Props) {
  const [q, setQ] = useState('');
  const [tag, setTag] = useState<string | undefined>();
  const [clause, setClause] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const list = useApi<CaseList>(casesPath({ ...base, q, tag, clause, page, pageSize: PAGE_SIZE }));
  // load again after a write elsewhere on the page (not on the first render: the path loads then)
  const seen = useRef(version);
  const { reload } = list;
  useEffect(() => {
    if (seen.current !== version) {
      seen.current = version;
      reload();
    }
  }, [version, reload]);
  const items = list.data?.items ?? [];
  const filtered = q !== '' || !!tag || !!clause;

  return (
    <div>
      {filters && (
        <Space wrap style={{ marginBottom: 16, width: '100%' }}>
          <Input.Search
            allowClear
            placeholder="搜索标题、摘要、正文、标签"
            aria-label="搜索经验"
            style={{ width: 280, maxWidth: '100%' }}
            onSearch={(v) => {
              setQ(v.trim());
              setPage(1);
            }}
          />
          <Select
            allowClear
            placeholder="按标签"
            aria-label="按标签筛选"
            style={{ width: 160 }}
            value={tag}
            options={(list.data?.tags ?? []).map((t) => ({ value: t, label: t }))}
            onChange={(v?: string) => {
              setTag(v);
              setPage(1);
            }}
          />
          <Select
            allowClear
            placeholder="按标准条款"
            aria-label="按标准条款筛选"
            style={{ width: 200 }}
            showSearch={{ optionFilterProp: 'label' }}
            value={clause}
            options={CLAUSE_OPTIONS}
            onChange={(v?: string) => {
              setClause(v);
              setPage(1);
            }}
          />
        </Space>
      )}
      <PageState loading={list.loading && !list.data} error={list.error} onRetry={list.reload}>
        {items.length === 0 ? (
          <Empty description={filtered ? '没有符合条件的经验，换个关键词或清除筛选试试' : empty} />
        ) : (
          <>
            <Row gutter={[16, 16]}>
              {items.map((c) => (
                <Col key={c.id} xs={24} md={12} xl={8}>
                  <CaseCardView c={c} onOpen={onOpen} />
                </Col>
              ))}
            </Row>
            {(list.data?.total ?? 0) > PAGE_SIZE && (
              <Pagination style={{ marginTop: 16 }} current={page} pageSize={PAGE_SIZE} total={list.data?.total ?? 0} showSizeChanger={false} onChange={setPage} simple />
            )}
          </>
        )}
      </PageState>
    </div>
  );
}
