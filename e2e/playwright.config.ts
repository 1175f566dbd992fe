import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

// One throwaway embedded database per run, loaded with the demo organ as of a fixed date, served by `zhibu serve`.
// Workers inherit the environment, so only the main process makes the folder.
process.env.ZHIBU_E2E_DATA ??= fs.mkdtempSync(path.join(os.tmpdir(), 'zhibu-e2e-'));
const data = process.env.ZHIBU_E2E_DATA;
const port = Number(process.env.ZHIBU_E2E_PORT ?? 4319);
const bin = path.resolve(import.meta.dirname, '../packages/server/bin/zhibu.mjs');
export const AS_OF = '2026-11-24';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `node ${bin} demo --data ${data} --as-of ${AS_OF} && node ${bin} serve --data ${data} --port ${port} --as-of ${AS_OF}`,
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: { DATABASE_URL: '' },
  },
});
