import { Tag } from 'antd';
import type { PersonRow } from '@zhibu/schemas';
import { PERSON_CATEGORY_LABELS, PERSON_STATUS_LABELS } from '../../../lib/labels';

const STATUS_COLORS: Record<PersonRow['status'], string> = {
  active: 'green',
  transferredOut: 'default',
  suspended: 'orange',
  lapsed: 'volcano',
  leftParty: 'default',
  deceased: 'default',
};

const CATEGORY_COLORS: Record<PersonRow['category'], string> = {
  full: 'red',
  probationary: 'orange',
  candidate: 'blue',
  activist: 'cyan',
  applicant: 'default',
};

export const StatusTag = ({ status }: { status: PersonRow['status'] }) => (
  <Tag color={STATUS_COLORS[status]}>{PERSON_STATUS_LABELS[status]}</Tag>
);

export const CategoryTag = ({ category }: { category: PersonRow['category'] }) => (
  <Tag color={CATEGORY_COLORS[category]}>{PERSON_CATEGORY_LABELS[category]}</Tag>
);
