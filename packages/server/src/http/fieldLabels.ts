/** Chinese names of request fields, for validation messages a user can act on. */
export const FIELD_LABELS: Record<string, string> = {
  username: '用户名',
  password: '密码',
  currentPassword: '当前密码',
  newPassword: '新密码',
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
  endOn: '结束日期',
  effectiveOn: '生效日期',
  fullName: '支部全称',
  shortName: '支部简称',
  kind: '类型',
  unitIds: '委室/科室',
  foundedOn: '成立日期',
  reason: '原因',
  leaderPersonId: '党小组长',
  personId: '人员',
  role: '职务',
  recordsStartOn: '启用日期',
  sessionIdleMinutes: '空闲超时',
  organRoles: '角色',
  on: '日期',
  q: '搜索词',
  id: '编号',
  offset: '起始位置',
  limit: '每页条数',
};

export function labelOfPath(path: string): string {
  const parts = path.split('/').filter(Boolean);
  const last = [...parts].reverse().find((p) => !/^\d+$/.test(p));
  return last ? (FIELD_LABELS[last] ?? last) : '';
}
