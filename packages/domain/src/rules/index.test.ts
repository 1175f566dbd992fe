import { describe, expect, it } from 'vitest';
import { CLAUSE_TITLES } from '../check/clauses.js';
import { PARAM_DEFS, PARAMS } from '../check/params.js';
import { RULES } from './index.js';

/** The registry: every rule registered once, on a clause with a title, reading known parameters. */
describe('RULES', () => {
  it('ids are unique, clauses have titles, parameters exist', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const r of RULES) {
      expect(CLAUSE_TITLES[r.clause], r.id).toBeTruthy();
      for (const k of r.params) expect(PARAM_DEFS.has(k), `${r.id} reads ${k}`).toBe(true);
    }
  });

  it('every parameter names a clause with a title (the window ones excepted)', () => {
    for (const p of PARAMS) if (p.clause !== '') expect(CLAUSE_TITLES[p.clause], p.key).toBeTruthy();
  });
});
