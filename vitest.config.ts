import { defineConfig } from 'vitest/config';

// Server tests run twice, once per database back end (ZHIBU_TEST_BACKEND); see packages/server/test/setup.
const serverProject = (backend: 'pglite' | 'postgres') => ({
  test: {
    name: `server-${backend}`,
    include: ['packages/server/test/**/*.test.ts'],
    env: { ZHIBU_TEST_BACKEND: backend, TZ: 'UTC' },
    globalSetup: ['packages/server/test/globalSetup.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    pool: 'forks' as const,
  },
});

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'domain', include: ['packages/domain/**/*.test.ts', 'packages/schemas/**/*.test.ts', 'packages/server/src/**/*.test.ts'] } },
      serverProject('pglite'),
      serverProject('postgres'),
    ],
  },
});
