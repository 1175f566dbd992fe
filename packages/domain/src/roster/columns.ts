/** The roster template's columns (contracts §3), in order; aliases are the headers other systems use. */
export const ROSTER_FIELDS = [
  'name',
  'gender',
  'ethnicity',
  'birthDate',
  'idNumber',
  'education',
  'category',
  'joinedOn',
  'confirmedOn',
  'branch',
  'group',
  'jobPost',
  'phone',
  'duesCategory',
  'duesBase',
] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];

export const ROSTER_COLUMNS: Record<RosterField, { header: string; required: boolean; aliases: string[] }> = {
  name: { header: '姓名', required: true, aliases: ['党员姓名', '名字'] },
  gender: { header: '性别', required: false, aliases: [] },
  ethnicity: { header: '民族', required: false, aliases: [] },
  birthDate: { header: '出生日期', required: false, aliases: ['出生年月', '出生时间', '生日'] },
  idNumber: { header: '公民身份号码', required: true, aliases: ['身份证号', '身份证号码', '公民身份证号码', '身份证'] },
  education: { header: '学历', required: false, aliases: ['文化程度', '学历（学位）'] },
  category: { header: '人员类别', required: true, aliases: ['党员类别', '类别', '政治面貌'] },
  joinedOn: { header: '入党日期', required: false, aliases: ['入党时间', '加入党组织日期'] },
  confirmedOn: { header: '转正日期', required: false, aliases: ['转正时间', '转为正式党员日期'] },
  branch: { header: '所在党支部', required: true, aliases: ['党支部', '所属党支部', '支部', '所在支部'] },
  group: { header: '所在党小组', required: false, aliases: ['党小组', '所属党小组'] },
  jobPost: { header: '工作岗位', required: false, aliases: ['职务', '工作单位及职务', '岗位', '现任职务'] },
  phone: { header: '联系电话', required: false, aliases: ['手机号码', '手机', '电话', '联系方式'] },
  // 党费 (issue 6 §5): optional; filled, they record the person's dues base from January of the import's year
  duesCategory: { header: '党费类别', required: false, aliases: [] },
  duesBase: { header: '交纳基数（元）', required: false, aliases: ['交纳基数', '党费基数', '党费交纳基数'] },
};

export const ROSTER_HEADERS = ROSTER_FIELDS.map((f) => ROSTER_COLUMNS[f].header);

/** A mapping from our fields to the file's column positions (0-based); unmapped fields are absent. */
export type ColumnMapping = Partial<Record<RosterField, number>>;

const norm = (s: string) => s.replace(/[\s*＊:：()（）]/g, '').trim();

/** Proposes a mapping by header text: the template's own names first, then the usual aliases. */
export function guessMapping(headers: string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const taken = new Set<number>();
  for (const pass of ['header', 'alias'] as const) {
    for (const f of ROSTER_FIELDS) {
      if (mapping[f] !== undefined) continue;
      const names = pass === 'header' ? [ROSTER_COLUMNS[f].header] : ROSTER_COLUMNS[f].aliases;
      const idx = headers.findIndex((h, i) => !taken.has(i) && names.some((n) => norm(h) === norm(n)));
      if (idx >= 0) {
        mapping[f] = idx;
        taken.add(idx);
      }
    }
  }
  return mapping;
}

/** The required fields a mapping leaves out, by their Chinese names. */
export function missingRequired(mapping: ColumnMapping): string[] {
  return ROSTER_FIELDS.filter((f) => ROSTER_COLUMNS[f].required && mapping[f] === undefined).map((f) => ROSTER_COLUMNS[f].header);
}

/** A stable signature of a file's header row, under which the chosen mapping is remembered. */
export function headerSignature(headers: string[]): string {
  return headers.map(norm).join('|');
}
