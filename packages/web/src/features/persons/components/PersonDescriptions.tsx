import { Descriptions, Tag } from 'antd';
import type { PersonDetail } from '@zhibu/schemas';
import { GENDER_LABELS } from '../../../lib/labels';
import { orDash } from '../../../lib/dates';
import { IdNumber } from './IdNumber';
import { CategoryTag, StatusTag } from './StatusTag';

/** Every roster field of one person, as the viewer may see it. */
export function PersonDescriptions({ person: p }: { person: PersonDetail }) {
  const items = [
    { key: 'name', label: '姓名', children: p.name },
    { key: 'gender', label: '性别', children: p.gender ? GENDER_LABELS[p.gender] : '—' },
    { key: 'ethnicity', label: '民族', children: orDash(p.ethnicity) },
    { key: 'birthDate', label: '出生日期', children: orDash(p.birthDate) },
    { key: 'idNumber', label: '公民身份号码', children: <IdNumber value={p.idNumber} masked={p.idNumberMasked} /> },
    { key: 'education', label: '学历', children: orDash(p.education) },
    { key: 'category', label: '人员类别', children: <CategoryTag category={p.category} /> },
    { key: 'status', label: '状态', children: <StatusTag status={p.status} /> },
    { key: 'joinedOn', label: '入党日期', children: orDash(p.joinedOn) },
    { key: 'confirmedOn', label: '转正日期', children: orDash(p.confirmedOn) },
    { key: 'branch', label: '所在支部', children: p.branch?.name ?? '—' },
    { key: 'group', label: '党小组', children: p.group?.name ?? '—' },
    {
      key: 'posts',
      label: '党内职务',
      children: p.posts.length ? p.posts.map((x) => <Tag key={x} color="red">{x}</Tag>) : '—',
    },
    { key: 'jobPost', label: '工作岗位', children: orDash(p.jobPost) },
    { key: 'phone', label: '联系电话', children: p.phone ? <a href={`tel:${p.phone}`}>{p.phone}</a> : '—' },
  ];
  return <Descriptions bordered size="small" column={{ xs: 1, sm: 2, xl: 3 }} items={items} className="person-desc" />;
}
