import { Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { PersonRow } from '@zhibu/schemas';
import { GENDER_LABELS } from '../../../lib/labels';
import { orDash } from '../../../lib/dates';
import { IdNumber } from '../../persons/components/IdNumber';
import { CategoryTag, StatusTag } from '../../persons/components/StatusTag';

/** The roster's columns, key ones first (name fixed on the left when the table scrolls). */
export const rosterColumns: TableColumnsType<PersonRow> = [
  {
    title: '姓名',
    dataIndex: 'name',
    fixed: 'left',
    width: 88,
    render: (_, p) => <Link to={`/persons/${p.id}`}>{p.name}</Link>,
  },
  { title: '性别', dataIndex: 'gender', render: (g: PersonRow['gender']) => (g ? GENDER_LABELS[g] : '—') },
  { title: '出生日期', dataIndex: 'birthDate', render: orDash },
  {
    title: '公民身份号码',
    dataIndex: 'idNumber',
    render: (_, p) => <IdNumber value={p.idNumber} masked={p.idNumberMasked} />,
  },
  { title: '人员类别', dataIndex: 'category', render: (c: PersonRow['category']) => <CategoryTag category={c} /> },
  { title: '入党日期', dataIndex: 'joinedOn', render: orDash },
  { title: '转正日期', dataIndex: 'confirmedOn', render: orDash },
  { title: '所在支部', dataIndex: ['branch', 'name'], render: orDash },
  { title: '党小组', dataIndex: ['group', 'name'], render: orDash },
  {
    title: '党内职务',
    dataIndex: 'posts',
    render: (posts: string[]) => (posts.length ? posts.map((x) => <Tag key={x}>{x}</Tag>) : '—'),
  },
  { title: '联系电话', dataIndex: 'phone', render: orDash },
  { title: '状态', dataIndex: 'status', render: (s: PersonRow['status']) => <StatusTag status={s} /> },
];
