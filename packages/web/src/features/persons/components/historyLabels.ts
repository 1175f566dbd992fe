import { GENDER_LABELS, PERSON_CATEGORY_LABELS, PERSON_STATUS_LABELS } from '../../../lib/labels';

/** Chinese names of the fields a person's audit entries carry (column or request names). */
const FIELD_LABELS: Record<string, string> = {
  name: '姓名',
  gender: '性别',
  ethnicity: '民族',
  birthDate: '出生日期',
  idNumber: '公民身份号码',
  education: '学历',
  category: '人员类别',
  joinedOn: '入党日期',
  confirmedOn: '转正日期',
  jobPost: '工作岗位',
  phone: '联系电话',
  status: '状态',
  branchId: '所在党支部',
  groupId: '所在党小组',
  startOn: '开始日期',
  effectiveOn: '生效日期',
};

const ACTION_LABELS: Record<string, string> = {
  'person.created': '录入',
  'person.updated': '修改',
  'person.moved': '组织关系调整',
  'person.imported': '导入',
};

const camel = (f: string) => f.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

export const fieldLabel = (f: string): string => FIELD_LABELS[camel(f)] ?? f;

const ORDER = Object.keys(FIELD_LABELS);
/** Fields in form order; unknown ones last. */
export const fieldOrder = (f: string): number => {
  const i = ORDER.indexOf(camel(f));
  return i < 0 ? ORDER.length : i;
};
export const actionLabel = (a: string): string => ACTION_LABELS[a] ?? a;

/** `user:zhangsan` → `zhangsan`, `cli:root` → `命令行（root）`. */
export function actorLabel(actor: string): string {
  const [kind, ...rest] = actor.split(':');
  const who = rest.join(':');
  if (kind === 'user') return who;
  if (kind === 'cli') return `命令行（${who}）`;
  if (kind === 'system') return '系统';
  return actor;
}

/** A value of a changed field as a reader wants it: labels for codes, names for ids, — for empty. */
export function valueLabel(field: string, v: unknown, names: Map<string, string>): string {
  if (v === null || v === undefined || v === '') return '（空）';
  const f = camel(field);
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  if (f === 'category') return PERSON_CATEGORY_LABELS[s as keyof typeof PERSON_CATEGORY_LABELS] ?? s;
  if (f === 'status') return PERSON_STATUS_LABELS[s as keyof typeof PERSON_STATUS_LABELS] ?? s;
  if (f === 'gender') return GENDER_LABELS[s as keyof typeof GENDER_LABELS] ?? s;
  if (f === 'branchId' || f === 'groupId') return names.get(s) ?? '（其他组织）';
  return s;
}
