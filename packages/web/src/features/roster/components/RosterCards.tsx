import { Card, Empty, Pagination, Spin } from 'antd';
import { PhoneOutlined, RightOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import type { PersonRow } from '@zhibu/schemas';
import { CategoryTag, StatusTag } from '../../persons/components/StatusTag';

interface Props {
  rows: PersonRow[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPage: (page: number, pageSize: number) => void;
}

/** The roster on a phone: one card per person (name, category, branch, phone). */
export function RosterCards({ rows, total, page, pageSize, loading, onPage }: Props) {
  return (
    <Spin spinning={loading}>
      {rows.length === 0 && !loading ? (
        <Empty description="没有符合条件的人员" />
      ) : (
        <ul className="roster-cards" aria-label="党员列表">
          {rows.map((p) => (
            <li key={p.id}>
              <Link to={`/persons/${p.id}`} className="roster-card-link">
                <Card size="small" className="roster-card">
                  <div className="roster-card-top">
                    <span className="roster-card-name">{p.name}</span>
                    <CategoryTag category={p.category} />
                    {p.status !== 'active' && <StatusTag status={p.status} />}
                    <RightOutlined aria-hidden className="roster-card-arrow" />
                  </div>
                  <div className="roster-card-sub">
                    {p.branch?.name ?? '—'}
                    {p.group ? ` · ${p.group.name}` : ''}
                    {p.posts.length ? ` · ${p.posts.join('、')}` : ''}
                  </div>
                  {p.phone && (
                    <div className="roster-card-phone">
                      <PhoneOutlined aria-hidden /> {p.phone}
                    </div>
                  )}
                </Card>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <div className="roster-cards-pager">
        <span>共 {total} 人</span>
        <Pagination simple current={page} pageSize={pageSize} total={total} onChange={onPage} />
      </div>
    </Spin>
  );
}
