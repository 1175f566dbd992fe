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
    expect(up.version).toBe(BUNDLE_VERSION);
    expect(up.elections).toEqual([{ id: 'e1', note: null, meetingId: null }]);
  });
});

describe('bundle version 6 (党员管理)', () => {
  it('a version 5 bundle gains the empty 党员管理 sections, and its talks the 诫勉谈话 fields', () => {
    const up = upgradeBundle({ format: FORMAT, version: 5, exportedAt: 'x', kind: 'export', talks: [{ id: 't1', topics: '谈工作' }] });
    expect(up.version).toBe(BUNDLE_VERSION);
    expect(up.talks).toEqual([{ id: 't1', topics: '谈工作', reason: null, commitments: null, outcome: null }]);
    expect(up.duesPayments).toEqual([]);
    expect(up.developments).toEqual([]);
    expect(up.transfers).toEqual([]);
  });
});

describe('bundle version 7 (活动阵地, 微信群, 典型经验库, 信息台账)', () => {
  it('a version 6 bundle gains the empty venue, chat-group and case sections', () => {
    const up = upgradeBundle({ format: FORMAT, version: 6, exportedAt: 'x', kind: 'export', talks: [] });
    expect(up.version).toBe(BUNDLE_VERSION);
    expect([up.venues, up.venueBranches, up.venueItems, up.chatGroups, up.chatGroupMembers, up.cases, up.archiveUploads, up.archiveBindings]).toEqual([[], [], [], [], [], [], [], []]);
  });
});

describe('bundle version 8 (检查考核)', () => {
  it('a version 7 bundle gains the empty assessment sections', () => {
    const up = upgradeBundle({ format: FORMAT, version: 7, exportedAt: 'x', kind: 'export', cases: [{ id: 'c1' }] });
    expect(up.version).toBe(8);
    expect(up.cases).toEqual([{ id: 'c1' }]);
    expect([up.assessments, up.assessmentItems, up.assessmentScores, up.assessmentSubmissions, up.assessmentResults, up.assessmentNominations]).toEqual([[], [], [], [], [], []]);
  });
});
