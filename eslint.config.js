// ESLint: typescript-eslint's recommended rules, plus the folder boundaries of the architecture guide.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const extensionApis = {
  group: ['wxt/browser', 'wxt/utils/*', 'webextension-polyfill'],
  message: 'Only lib/browser.ts (and entrypoints) talk to extension APIs.',
};
const preact = { group: ['preact', 'preact/*'], message: 'lib/ is plain TypeScript: no UI code.' };
const database = {
  group: ['**/db', '**/lib/db'],
  allowTypeImports: true,
  message: 'Only lib/repo/* opens the database.',
};
const repo = { group: ['**/repo/*', 'dexie'], message: 'Components get data as props; pages call lib/repo.' };

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'test-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: [database] }],
    },
  },
  {
    files: ['lib/**/*.ts'],
    ignores: ['lib/browser.ts', 'lib/messages.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [extensionApis, preact, database] }] },
  },
  {
    files: ['lib/repo/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [extensionApis, preact] }] },
  },
  {
    files: ['lib/extract/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [extensionApis, preact, database, repo] }] },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    ignores: ['components/use-live-query.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [extensionApis, database, repo] }] },
  },
  {
    // Tests open their own throw-away databases.
    files: ['**/*.test.ts', '**/*.test.tsx', 'tests/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
