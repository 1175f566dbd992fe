import { PARAM_DEFS } from '@zhibu/domain';
import type { ParamInfo, ParamValue } from './api';

/** A parameter value as a reader says it: 是/否, an option's label, or the number. */
export function formatParam(key: string, v: ParamValue): string {
  if (typeof v === 'boolean') return v ? '是' : '否';
  const option = PARAM_DEFS.get(key)?.options?.find((o) => o.value === v);
  return option ? option.label : String(v);
}

/** The options of an `enum` parameter (from the domain's definitions). */
export const enumOptions = (key: string): { value: string; label: string }[] => [...(PARAM_DEFS.get(key)?.options ?? [])];

/** Changes that take effect after today (they show beside the value in force). */
export const futureChanges = (p: ParamInfo, today: string) => p.changes.filter((c) => c.effectiveFrom > today);
