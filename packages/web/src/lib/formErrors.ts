import type { FormInstance } from 'antd';
import { ApiError, errorMessage } from '../api/client';

interface FieldProblem {
  field: string;
  message: string;
}

const isFieldProblem = (d: unknown): d is FieldProblem =>
  typeof d === 'object' && d !== null && typeof (d as FieldProblem).field === 'string' && typeof (d as FieldProblem).message === 'string';

/**
 * Puts a server validation error on the form: problems that name a field of the form go beside it,
 * the rest (or the whole message) is returned to show above the form.
 */
export function applyServerErrors(form: FormInstance, e: unknown): string | null {
  if (!(e instanceof ApiError) || !Array.isArray(e.details)) return errorMessage(e);
  const known = new Set(form.getFieldsError().map((f) => f.name.join('.')));
  const byField = new Map<string, string[]>();
  const rest: string[] = [];
  for (const d of e.details as unknown[]) {
    if (isFieldProblem(d) && known.has(d.field)) byField.set(d.field, [...(byField.get(d.field) ?? []), d.message]);
    else rest.push(isFieldProblem(d) ? d.message : String(d));
  }
  if (byField.size === 0) return e.message;
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return rest.length ? rest.join('；') : '请按提示修改后再提交';
}
