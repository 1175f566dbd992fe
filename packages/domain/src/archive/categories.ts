/**
 * The archive categories of the standard (信息台账, LED-1..8): what each one holds, per branch and year. Items come
 * from records first (the roster, transfers, the dues ledger, meeting records …) and from uploads second (papers
 * that exist only on paper). `items` lists, in binding order, the kinds of item a category takes; `uploads` are the
 * kinds a user may upload into it. Data, not code: a later change of the standard's list edits this table only.
 */

export type ArchiveCategoryKey = 'recordBooks' | 'organization' | 'members' | 'life' | 'education' | 'excellence' | 'funds' | 'duesCards';

export interface ArchiveItemKind {
  key: string;
  /** how the catalog names the kind when the item has no title of its own */
  label: string;
  /** `record`: the system renders it from records; `upload`: a file the branch uploads */
  source: 'record' | 'upload';
}

export interface ArchiveCategory {
  key: ArchiveCategoryKey;
  /** the clause of the standard that asks for it */
  clause: string;
  name: string;
  /** bound once a year with a catalog (LED-2..7); record books and 党费证 are kept as they are */
  boundYearly: boolean;
  items: readonly ArchiveItemKind[];
}

const rec = (key: string, label: string): ArchiveItemKind => ({ key, label, source: 'record' });
const up = (key: string, label: string): ArchiveItemKind => ({ key, label, source: 'upload' });

export const ARCHIVE_CATEGORIES: readonly ArchiveCategory[] = [
  {
    key: 'recordBooks',
    clause: 'LED-1',
    name: '会议记录本',
    boundYearly: false,
    items: [rec('recordBook', '党支部会议记录本'), rec('groupRecordBook', '党小组会议记录本')],
  },
  {
    key: 'organization',
    clause: 'LED-2',
    name: '组织管理档案',
    boundYearly: true,
    items: [
      rec('founding', '党支部成立批复'),
      rec('election', '换届选举材料'),
      rec('committeeChange', '支部委员会调整材料'),
      up('plan', '工作计划'),
      up('summary', '工作总结'),
      up('paper', '论文及案例'),
      up('other', '其他组织建设材料'),
    ],
  },
  {
    key: 'members',
    clause: 'LED-3',
    name: '党员管理档案',
    boundYearly: true,
    items: [
      rec('roster', '党员花名册'),
      rec('transfer', '组织关系转接材料'),
      rec('duesLedger', '党费收缴台账'),
      rec('development', '发展党员材料'),
      up('award', '表彰奖励及推荐材料'),
      rec('hardship', '困难党员帮扶台账'),
      up('other', '其他党员管理材料'),
    ],
  },
  {
    key: 'life',
    clause: 'LED-4',
    name: '组织生活档案',
    boundYearly: true,
    items: [
      rec('meeting', '“三会一课”记录'),
      rec('themeDay', '主题党日材料'),
      up('secretaryReport', '书记抓党建述职报告'),
      up('lectureScript', '党课讲稿'),
      rec('lifeMeeting', '组织生活会材料'),
      rec('rectification', '整改落实台账'),
      rec('talk', '谈心谈话记录'),
      rec('appraisal', '民主评议党员登记表及测评表'),
      up('other', '其他组织生活材料'),
    ],
  },
  {
    key: 'education',
    clause: 'LED-5',
    name: '集中教育档案',
    boundYearly: true,
    items: [up('higherDocument', '上级重要文件'), up('plan', '集中教育方案、计划、安排'), up('summary', '集中教育总结'), up('process', '过程材料')],
  },
  {
    key: 'excellence',
    clause: 'LED-6',
    name: '创先争优档案',
    boundYearly: true,
    items: [up('selection', '评选表彰材料'), up('other', '其他创先争优材料')],
  },
  {
    key: 'funds',
    clause: 'LED-7',
    name: '经费保障档案',
    boundYearly: true,
    items: [rec('fundLedger', '活动经费台账'), rec('fundExpense', '经费支出凭证及活动报告')],
  },
  {
    key: 'duesCards',
    clause: 'LED-8',
    name: '党费证',
    boundYearly: false,
    items: [rec('duesCard', '党费证')],
  },
];

export const ARCHIVE_CATEGORY_BY_KEY: ReadonlyMap<ArchiveCategoryKey, ArchiveCategory> = new Map(ARCHIVE_CATEGORIES.map((c) => [c.key, c]));

/** `LED-4-组织生活档案.pdf`: the file a bound category is written to (issue 7 §2, `zhibu archive`). */
export const archiveFileName = (c: Pick<ArchiveCategory, 'clause' | 'name'>, ext = 'pdf'): string => `${c.clause}-${c.name}.${ext}`;

/** The kinds a user may upload into a category (unknown category or kind: undefined). */
export function uploadKind(category: string, kind: string): ArchiveItemKind | undefined {
  const c = ARCHIVE_CATEGORY_BY_KEY.get(category as ArchiveCategoryKey);
  return c?.items.find((i) => i.key === kind && i.source === 'upload');
}

/** An item's 题名 in the catalog: its own title, or its kind's label in [ ] when it has none (DA/T 22: 自拟标题外加"[ ]"). */
export const itemTitle = (title: string | null | undefined, kind: Pick<ArchiveItemKind, 'label'>): string => (title?.trim() ? title.trim() : `[${kind.label}]`);
