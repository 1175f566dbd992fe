import { presentAttachment } from '../attachments/service.js';
import { clauseTitle } from '@zhibu/domain';
import { ASSESSMENT_STANDARD_LABELS, type AssessmentCard, type AssessmentItem, type Attachment, type Nomination } from '@zhibu/schemas';
import type { AssessmentRow, evidenceOf, ItemRow, nominationsOf } from './repository.js';

/** 检查考核: rows shaped for the API (numeric columns come back as strings). */
export const num = (v: string | number | null | undefined): number | null => (v === null || v === undefined ? null : Number(v));
const sumTenths = (xs: readonly number[]) => xs.reduce((s, x) => s + Math.round(x * 10), 0) / 10;

export function toCard(a: Omit<AssessmentRow, 'grades'>, items: readonly { points: string | number }[]): AssessmentCard {
  return {
    id: a.id,
    year: a.year,
    title: a.title,
    status: a.status,
    totalPoints: sumTenths(items.map((i) => Number(i.points))),
    items: items.length,
    publishedAt: a.published_at ? a.published_at.toISOString() : null,
  };
}

export function toItem(i: ItemRow): AssessmentItem {
  return {
    id: i.id,
    standard: i.standard as AssessmentItem['standard'],
    standardLabel: ASSESSMENT_STANDARD_LABELS[i.standard as AssessmentItem['standard']] ?? i.standard,
    clause: i.clause,
    clauseTitle: clauseTitle(i.clause),
    title: i.title,
    guidance: i.guidance,
    points: Number(i.points),
    method: i.method,
  };
}

export const toAttachment = (r: Awaited<ReturnType<typeof evidenceOf>>[number]): Attachment => presentAttachment(r);

export const toNomination = (n: Awaited<ReturnType<typeof nominationsOf>>[number]): Nomination => ({
  id: n.id,
  kind: n.kind,
  branch: { id: n.branch_id, name: n.short_name },
  person: n.person_id ? { id: n.person_id, name: n.person_name ?? '' } : null,
  reason: n.reason,
  nominatedBy: n.nominated_by.replace(/^user:/, ''),
  nominatedAt: n.nominated_at.toISOString(),
});

/** An actor as people read it: `user:zhang` → `zhang`. */
export const actorName = (actor: string | null) => (actor === null ? null : actor.replace(/^user:/, ''));
