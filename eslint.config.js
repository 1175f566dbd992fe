import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/build/**', 'data/**', '**/*.mjs', '**/*.js', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The architecture, carried by the linter: the domain is pure and knows nothing of server, web or I/O.
    files: ['packages/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@zhibu/server*', '@zhibu/web*', '@zhibu/schemas*'], message: 'packages/domain is pure: it imports nothing from server, web or schemas.' },
            { group: ['node:*', 'fs', 'path', 'kysely', 'pg', 'fastify*', 'react*'], message: 'packages/domain does no I/O and uses no framework.' },
          ],
        },
      ],
    },
  },
  {
    // Only repositories, migrations and the database layer talk to Kysely (style.md 5).
    files: ['packages/server/src/features/**/{routes,presenter}.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'kysely', message: 'SQL belongs in repository.ts' }] }] },
  },
  {
    files: ['packages/web/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@zhibu/server*', 'kysely', 'pg'], message: 'The web talks to the server over HTTP only.' }] }],
    },
  },
);
