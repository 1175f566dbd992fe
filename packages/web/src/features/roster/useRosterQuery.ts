import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { PersonRow } from '@zhibu/schemas';
import type { RosterQuery } from '../persons/api';

export interface RosterFilters {
  q: string;
  branchId?: string;
  groupId?: string;
  category?: PersonRow['category'];
  status?: PersonRow['status'];
  on?: string;
  page: number;
  pageSize: number;
}

const KEYS = ['q', 'branchId', 'groupId', 'category', 'status', 'on'] as const;

/** The roster's filters live in the URL, so a filtered roster can be bookmarked and the back button works. */
export function useRosterQuery(): { filters: RosterFilters; query: RosterQuery; update: (p: Partial<RosterFilters>) => void } {
  const [params, setParams] = useSearchParams();
  const filters = useMemo<RosterFilters>(() => {
    const get = (k: string) => params.get(k) || undefined;
    return {
      q: params.get('q') ?? '',
      branchId: get('branchId'),
      groupId: get('groupId'),
      category: get('category') as RosterFilters['category'],
      status: get('status') as RosterFilters['status'],
      on: get('on'),
      page: Math.max(1, Number(params.get('page')) || 1),
      pageSize: [20, 50, 100].includes(Number(params.get('size'))) ? Number(params.get('size')) : 20,
    };
  }, [params]);

  const update = useCallback(
    (p: Partial<RosterFilters>) => {
      const next = { ...filters, ...p };
      // any filter change goes back to page 1
      if (!('page' in p)) next.page = 1;
      const out = new URLSearchParams();
      for (const k of KEYS) if (next[k]) out.set(k, String(next[k]));
      if (next.page > 1) out.set('page', String(next.page));
      if (next.pageSize !== 20) out.set('size', String(next.pageSize));
      setParams(out, { replace: true });
    },
    [filters, setParams],
  );

  const query: RosterQuery = {
    q: filters.q.trim() || undefined,
    branchId: filters.branchId,
    groupId: filters.groupId,
    category: filters.category,
    status: filters.status,
    on: filters.on,
    offset: (filters.page - 1) * filters.pageSize,
    limit: filters.pageSize,
  };
  return { filters, query, update };
}
