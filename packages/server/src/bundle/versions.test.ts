import { describe, expect, it } from 'vitest';
import { BUNDLE_VERSION, FORMAT, upgradeBundle } from './versions.js';

describe('bundle versions (contracts §3: import reads every older version)', () => {
  it('a version 1 bundle (before committees) gains the empty sections of version 2', () => {
    const up = upgradeBundle({ format: FORMAT, version: 1, exportedAt: 'x', kind: 'export', persons: [] });
    expect(up.version).toBe(BUNDLE_VERSION);
    expect(up.committees).toEqual([]);
    expect(up.elections).toEqual([]);
    expect(up.ruleExemptions).toEqual([]);
    expect(up.persons).toEqual([]);
  });
});

describe('bundle version 5 (an election links to its 党员大会 record)', () => {
  it('a version 4 bundle’s elections gain meetingId null', () => {
    const up = upgradeBundle({ format: FORMAT, version: 4, exportedAt: 'x', kind: 'export', elections: [{ id: 'e1', note: null }] });
    expect(up.version).toBe(5);
    expect(up.elections).toEqual([{ id: 'e1', note: null, meetingId: null }]);
  });
});
