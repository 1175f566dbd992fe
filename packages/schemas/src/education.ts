import { z } from 'zod';
import { STUDY_FORMS, STUDY_FORM_LABELS } from '@zhibu/domain';
import { ZDate, ZId, ZOptText } from './common.js';

/** Education (MEM-2): study records, the yearly study notebook (学习教育记录本), the secretary's training. */
export { STUDY_FORMS, STUDY_FORM_LABELS };

export const ZStudyRecord = z.object({
  /** a meeting's id (source meeting) or the self-recorded record's id */
  id: z.string(),
  source: z.enum(['meeting', 'recorded']),
  studiedOn: z.string(),
  title: z.string(),
  /** the meeting kind's label, or the form's */
  form: z.string(),
  hours: z.number().nullable(),
  note: z.string().nullable(),
});
export type StudyRecord = z.infer<typeof ZStudyRecord>;
export const ZStudyRecords = z.object({
  person: z.object({ id: z.string(), name: z.string() }),
  year: z.number(),
  items: z.array(ZStudyRecord),
  notebookIssuedOn: z.string().nullable(),
  abilities: z.object({ add: z.boolean() }),
});
export type StudyRecords = z.infer<typeof ZStudyRecords>;
export const ZStudyRecordInput = z.object({
  studiedOn: ZDate,
  title: z.string().trim().min(2, '请填写学习内容').max(200),
  form: z.enum(STUDY_FORMS),
  hours: z.number().positive('学时应大于0').max(200).multipleOf(0.1, '学时最多一位小数').nullable().optional(),
  note: ZOptText(1000),
});

export const ZSecretaryTraining = z.object({
  id: z.string(),
  person: z.object({ id: z.string(), name: z.string() }),
  title: z.string(),
  organizer: z.string(),
  startOn: z.string(),
  endOn: z.string(),
  hours: z.number().nullable(),
  note: z.string().nullable(),
});
export const ZSecretaryTrainingInput = z.object({
  personId: ZId,
  title: z.string().trim().min(2, '请填写培训名称').max(200),
  organizer: z.string().trim().min(2, '请填写举办单位').max(100),
  startOn: ZDate,
  endOn: ZDate,
  hours: z.number().positive('学时应大于0').max(1000).multipleOf(0.1, '学时最多一位小数').nullable().optional(),
  note: ZOptText(1000),
});

export const ZEducationOverview = z.object({
  year: z.number(),
  members: z.array(
    z.object({
      person: z.object({ id: z.string(), name: z.string() }),
      notebookIssuedOn: z.string().nullable(),
      meetingRecords: z.number(),
      ownRecords: z.number(),
      /** hours of the self-recorded records */
      hours: z.number(),
    }),
  ),
  trainings: z.array(ZSecretaryTraining),
  abilities: z.object({ write: z.boolean() }),
});
export type EducationOverview = z.infer<typeof ZEducationOverview>;
export const ZNotebookIssue = z.object({ year: z.number().int().min(2000).max(2100), issuedOn: ZDate, personIds: z.array(ZId).max(2000).optional() });
export const ZNotebookUntick = z.object({ year: z.number().int().min(2000).max(2100), personId: ZId });
export const ZEduYearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
