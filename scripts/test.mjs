#!/usr/bin/env node
// `npm test`: type-check, unit and integration tests on both database back ends, then the browser tests.
// Fails — never skips — when a suite cannot run (e.g. no PostgreSQL, no Chromium), and fails if any test was skipped.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zhibu-test-'));
const only = process.argv.slice(2);
const want = (s) => only.length === 0 || only.includes(s);

function run(title, cmd, args, env = {}) {
  process.stderr.write(`\n=== ${title} ===\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) {
    process.stderr.write(`\n✗ ${title} failed (exit ${r.status})\n`);
    process.exit(1);
  }
}

let passedTotal = 0;

function noSkips(title, file, count) {
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  const { total, skipped } = count(report);
  if (total === 0) {
    process.stderr.write(`✗ ${title}: no test ran\n`);
    process.exit(1);
  }
  if (skipped > 0) {
    process.stderr.write(`✗ ${title}: ${skipped} test(s) skipped — every suite must run\n`);
    process.exit(1);
  }
  passedTotal += total;
  process.stderr.write(`✓ ${title}: ${total} tests, none skipped\n`);
}

if (want('typecheck')) run('type-check (tsc -b)', 'npx', ['tsc', '-b']);
if (want('lint')) run('lint (eslint)', 'npx', ['eslint', '.']);
if (want('unit')) {
  const out = path.join(tmp, 'vitest.json');
  run('unit and integration tests (domain; server on PGlite and PostgreSQL)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  noSkips('vitest', out, (r) => ({ total: r.numTotalTests, skipped: r.numPendingTests + r.numTodoTests }));
}
if (want('e2e')) {
  run('build the web app', 'npm', ['run', 'build', '-w', '@zhibu/web']);
  const out = path.join(tmp, 'playwright.json');
  run('browser tests (Chromium)', 'npx', ['playwright', 'test', '-c', 'e2e/playwright.config.ts', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: out });
  noSkips('playwright', out, (r) => ({ total: r.stats.expected + r.stats.unexpected + r.stats.flaky + r.stats.skipped, skipped: r.stats.skipped }));
}
fs.rmSync(tmp, { recursive: true, force: true });
process.stderr.write('\nAll suites passed.\n');
// The plain closing line CI reads.
if (passedTotal > 0) process.stdout.write(`${passedTotal} passed, 0 failed\n`);
