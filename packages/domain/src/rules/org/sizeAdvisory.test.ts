import { describe, expect, it } from 'vitest';
import { buildBranch, fullMembers, judge, one, probationary } from '../testkit.js';
import { sizeAdvisory } from './sizeAdvisory.js';

describe('ORG-1.size-advisory', () => {
  it.each([
    [49, 0, 'met'],
    [50, 0, 'met'],
    [51, 0, 'unmet'],
    [49, 1, 'met'],
    [49, 2, 'unmet'],
  ] as const)('%i 正式 + %i 预备党员 → %s (advisory)', (full, prob, status) => {
    const persons = [...fullMembers(full), ...Array.from({ length: prob }, (_, i) => probationary(`p${i}`, '2026-01-01'))];
    const f = one(judge(sizeAdvisory, buildBranch({ persons })));
    expect(f).toMatchObject({ status, severity: 'advisory', source: 'national', params: { 'org.maxMembersAdvisory': 50 } });
    expect(f.evidence[0]?.label).toBe(`党员${full + prob}人（正式党员${full}人）`);
  });

  it('says to consider splitting the branch', () => {
    expect(one(judge(sizeAdvisory, buildBranch({ persons: fullMembers(51) }))).message).toBe(
      '支部现有党员51人，超过一般不超过50人的要求，请考虑分设党支部或成立党总支。',
    );
  });

  it('reads the organ’s limit', () => {
    expect(one(judge(sizeAdvisory, buildBranch({ persons: fullMembers(51) }), { params: { 'org.maxMembersAdvisory': 60 } })).status).toBe('met');
  });
});
