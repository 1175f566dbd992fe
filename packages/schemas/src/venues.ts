import { z } from 'zod';
import { MAX_CHAT_GROUP_NAMES, VENUE_CHECKLISTS, VENUE_KIND_LABELS, VENUE_KINDS } from '@zhibu/domain';
import { ZDate, ZId, ZOptText } from './common.js';

/** 活动阵地 (VEN-1, VEN-2) and the branch WeChat group registry (VEN-3). */
export { VENUE_CHECKLISTS, VENUE_KIND_LABELS, VENUE_KINDS, MAX_CHAT_GROUP_NAMES };

export const ZVenuePhoto = z.object({ id: z.string(), fileName: z.string() });
export const ZVenueItem = z.object({
  item: z.string(),
  label: z.string(),
  hint: z.string(),
  required: z.boolean(),
  /** null while not ticked */
  ticked: z
    .object({
      tickedOn: z.string(),
      tickedBy: z.string(),
      note: z.string().nullable(),
      photos: z.array(ZVenuePhoto),
      confirmedOn: z.string().nullable(),
      confirmedBy: z.string().nullable(),
    })
    .nullable(),
});
export const ZVenue = z.object({
  id: z.string(),
  kind: z.enum(VENUE_KINDS),
  name: z.string(),
  location: z.string().nullable(),
  note: z.string().nullable(),
  retiredOn: z.string().nullable(),
  /** the branches that use it (several when shared) */
  branches: z.array(z.object({ id: z.string(), name: z.string() })),
  /** the viewer may tick, edit and retire it */
  canWrite: z.boolean(),
  items: z.array(ZVenueItem),
});
export type Venue = z.infer<typeof ZVenue>;
export const ZVenueList = z.object({
  branch: z.object({ id: z.string(), name: z.string() }),
  canWrite: z.boolean(),
  /** organ admin (or assessor): may confirm ticked items */
  canConfirm: z.boolean(),
  /** organ admin: may name several branches to share a venue */
  canShare: z.boolean(),
  venues: z.array(ZVenue),
});
export type VenueList = z.infer<typeof ZVenueList>;

export const ZVenueInput = z.object({
  kind: z.enum(VENUE_KINDS),
  name: z.string().trim().min(1, '请填写名称').max(100),
  location: ZOptText(200).optional(),
  note: ZOptText(500).optional(),
  /** other branches sharing it (organ admin only) */
  sharedWith: z.array(ZId).max(50).optional(),
});
export type VenueInput = z.infer<typeof ZVenueInput>;
export const ZVenueUpdate = z.object({
  name: z.string().trim().min(1, '请填写名称').max(100).optional(),
  location: ZOptText(200).optional(),
  note: ZOptText(500).optional(),
  /** all the branches using it (organ admin only) */
  branchIds: z.array(ZId).min(1, '至少要有一个使用的党支部').max(50).optional(),
});
export type VenueUpdate = z.infer<typeof ZVenueUpdate>;

/** A photo carried inside the tick, base64-encoded: the tick and its photos are saved together or not at all. */
export const ZPhotoUpload = z.object({ fileName: z.string().trim().min(1).max(200), contentBase64: z.string().min(1, '照片文件是空的') });
export const ZVenueTick = z.object({
  note: ZOptText(500).optional(),
  photos: z.array(ZPhotoUpload).min(1, '打勾须同时上传至少一张照片').max(10, '一次最多上传10张照片'),
});
export type VenueTick = z.infer<typeof ZVenueTick>;
export const ZVenueItemParams = z.object({ id: ZId, item: z.string().max(40) });

export const ZChatGroupInput = z.object({
  name: z.string().trim().min(1, '请填写群名称').max(100),
  platform: ZOptText(50).optional(),
  managerPersonId: ZId.nullable(),
  listedOn: ZDate,
  /** pasted names: one a line, or separated by 、，, ; or spaces */
  members: z.string().max(20000, '成员名单过长'),
});
export type ChatGroupInput = z.infer<typeof ZChatGroupInput>;
export const ZChatGroup = z.object({
  branch: z.object({ id: z.string(), fullName: z.string(), shortName: z.string() }),
  canWrite: z.boolean(),
  /** the 书记 and committee members in force today, to choose the manager from */
  officers: z.array(z.object({ id: z.string(), name: z.string() })),
  group: z
    .object({
      name: z.string(),
      platform: z.string().nullable(),
      manager: z.object({ id: z.string(), name: z.string() }).nullable(),
      listedOn: z.string(),
      /** null for a reader who may not see the member check (a plain member) */
      members: z.array(z.string()).nullable(),
    })
    .nullable(),
  check: z
    .object({
      nameOk: z.boolean(),
      managerOk: z.boolean(),
      /** null for a reader who may not see the member check */
      outsiders: z.array(z.string()).nullable(),
      listed: z.number().nullable(),
    })
    .nullable(),
});
export type ChatGroup = z.infer<typeof ZChatGroup>;
