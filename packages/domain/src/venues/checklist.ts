/**
 * 活动阵地 (VEN-1, VEN-2): the checklist of a venue as data. A 党员活动室 has 一牌一旗二板 — a sign (门牌, "where
 * possible"), one party flag, a common board (党旗、入党誓词、党员权利义务) and a branch board (组织架构、制度) — and
 * may have a bookcase, an honours showcase and shelves. A notice board (公开栏, own or shared) has one item.
 */
export const VENUE_KINDS = ['activityRoom', 'noticeBoard'] as const;
export type VenueKind = (typeof VENUE_KINDS)[number];
export const VENUE_KIND_LABELS: Record<VenueKind, string> = { activityRoom: '党员活动室', noticeBoard: '宣传栏（公开栏）' };

export interface VenueItemDef {
  key: string;
  label: string;
  /** what the item shows, for the reader */
  hint: string;
  required: boolean;
}

export const VENUE_CHECKLISTS: Record<VenueKind, readonly VenueItemDef[]> = {
  activityRoom: [
    { key: 'sign', label: '门牌', hint: '党员活动室门牌（有条件的设置）', required: true },
    { key: 'flag', label: '党旗', hint: '一面党旗', required: true },
    { key: 'commonBoard', label: '共性展板', hint: '党旗、入党誓词、党员权利义务', required: true },
    { key: 'branchBoard', label: '个性展板', hint: '支部组织架构、工作制度', required: true },
    { key: 'bookcase', label: '书柜', hint: '党建书籍', required: false },
    { key: 'honours', label: '荣誉展示柜', hint: '支部和党员所获荣誉', required: false },
    { key: 'shelves', label: '资料架', hint: '学习资料', required: false },
  ],
  noticeBoard: [{ key: 'board', label: '宣传栏', hint: '支部宣传栏（公开栏），可几个支部共用', required: true }],
};

/** The definition of an item of a venue of `kind`, or undefined when the key is not on its checklist. */
export const venueItemDef = (kind: VenueKind, key: string): VenueItemDef | undefined => VENUE_CHECKLISTS[kind].find((d) => d.key === key);

export const requiredVenueItems = (kind: VenueKind): VenueItemDef[] => VENUE_CHECKLISTS[kind].filter((d) => d.required);

/** An item as the rules read it: ticked on a day, with photos, perhaps confirmed by the 机关党委. */
export interface VenueItemState {
  item: string;
  tickedOn: string;
  photos: number;
  confirmedOn: string | null;
}

/**
 * The required items of a venue not (yet) ticked with at least one photo by `date`, in checklist order (labels).
 * An item ticked after `date` is not yet there.
 */
export function missingVenueItems(kind: VenueKind, items: readonly VenueItemState[], date: string): VenueItemDef[] {
  return requiredVenueItems(kind).filter((d) => !items.some((i) => i.item === d.key && i.tickedOn <= date && i.photos > 0));
}

/** Whether every required item ticked by `date` has also been confirmed by the 机关党委 by then. */
export function venueConfirmed(kind: VenueKind, items: readonly VenueItemState[], date: string): boolean {
  return requiredVenueItems(kind).every((d) => items.some((i) => i.item === d.key && i.confirmedOn !== null && i.confirmedOn <= date));
}
