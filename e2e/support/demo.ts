/**
 * Facts of the demo organ as loaded by the config (`zhibu demo --as-of 2026-11-24`), from
 * packages/server/src/demo. The dataset is deterministic, so these names and numbers are stable.
 */
export const FIRST_BRANCH = '办公厅第一党支部';
export const RESEARCH_BRANCH = '研究室党支部';

/** Every branch of the demo organ, by short name. */
export const ALL_BRANCHES = [
  '办公厅第一党支部',
  '办公厅第二党支部',
  '研究室党支部',
  '法制工作委员会党支部',
  '预算工作委员会党支部',
  '财经教科文卫城建联合党支部',
  '监察司法农业农村社会建设联合党支部',
  '代表工作委员会党支部',
  '民族宗教侨务外事委员会党支部',
  '离退休干部党支部',
] as const;

/** A plain member of 办公厅第一党支部 (第一党小组), no post and no account: read-only use in roster tests. */
export const ROSTER_PERSON = { name: '孟梦瑶', idNumber: '33011019760630142X' } as const;

/**
 * Plain members of 办公厅第一党支部 with no demo account: each password test takes its own, so that tests do not
 * depend on one another's changes.
 */
export const SPARE_FOR_FIRST_LOGIN = '王嘉伟';
export const SPARE_FOR_WEAK_PASSWORD = '罗振宇';

/** The person behind the `dangyuan` account. */
export const DANGYUAN = { name: '张宏伟', idNumber: '330110199410157832' } as const;
