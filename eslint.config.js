// ESLint: typescript-eslint's recommended rules, plus the folder boundaries of the architecture guide.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Each boundary matches the import's source text as a regular expression, so that `../db`, `../db.ts`,
// `./db.js` and the aliases `@/lib/db` and `~/lib/db` are all the same import. tests/unit/lint-boundaries.test.ts
// holds an example of each crossing, which must fail.
const SCRIPT = String.raw`(\.[cm]?[jt]sx?)?$`;
const boundary = {
  database: {
    regex: String.raw`(^|\/)db${SCRIPT}`,
    message: 'Only lib/repo/* imports lib/db.ts; entrypoints call the repo (lib/repo/live.ts).',
  },
  connection: {
    regex: String.raw`(^|\/)repo\/database${SCRIPT}`,
    message: 'Only lib/repo opens the database; entrypoints call the repo (lib/repo/live.ts).',
  },
  liveRepo: {
    regex: String.raw`(^|\/)repo\/live${SCRIPT}`,
    message: 'lib/ takes the repo as an argument; only entrypoints use the running extension’s repo.',
  },
  dexie: { regex: String.raw`^dexie($|[\/-])`, message: 'Only lib/db.ts and lib/repo/* use Dexie.' },
  extensionApis: {
    regex: String.raw`^(wxt\/browser|wxt\/utils\/|webextension-polyfill|@wxt-dev\/)`,
    message: 'Only lib/browser.ts and lib/messages.ts (and entrypoints) talk to extension APIs.',
  },
  preact: { regex: String.raw`^(preact($|\/)|@preact\/)`, message: 'lib/ is plain TypeScript: no UI code.' },
  repo: {
    regex: String.raw`(^|\/)repo(\/|$)`,
    message: 'Components get data as props; pages call the repo.',
  },
  repoButLiveReads: {
    regex: String.raw`(^|\/)repo\/(?!observe-query${SCRIPT})`,
    message: 'Components get data as props; only the live-query hook reads through the repo.',
  },
};

/** The rules that forbid these imports, static (`import`, `export from`) or dynamic (`import()`). */
function forbid(...groups) {
  return {
    'no-restricted-imports': ['error', { patterns: groups }],
    'no-restricted-syntax': [
      'error',
      ...groups.map(({ regex, message }) => ({
        selector: `ImportExpression[source.value=/${regex}/i]`,
        message,
      })),
    ],
  };
}

const { database, connection, liveRepo, dexie, extensionApis, preact, repo, repoButLiveReads } = boundary;
const extensionGlobals = {
  'no-restricted-globals': [
    'error',
    { name: 'chrome', message: extensionApis.message },
    { name: 'browser', message: extensionApis.message },
  ],
};

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'test-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      ...forbid(database),
    },
  },
  {
    files: ['lib/**/*.{ts,tsx}'],
    rules: { ...forbid(extensionApis, preact, database, connection, liveRepo, dexie), ...extensionGlobals },
  },
  {
    files: ['lib/browser.ts', 'lib/messages.ts'],
    rules: { ...forbid(preact, database, connection, liveRepo, dexie), 'no-restricted-globals': 'off' },
  },
  {
    files: ['lib/db.ts', 'lib/repo/**/*.{ts,tsx}'],
    rules: forbid(extensionApis, preact),
  },
  {
    files: ['lib/extract/**/*.{ts,tsx}'],
    rules: forbid(extensionApis, preact, database, connection, liveRepo, dexie, repo),
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: forbid(extensionApis, database, connection, liveRepo, dexie, repo),
  },
  {
    files: ['components/use-live-query.ts'],
    rules: forbid(extensionApis, database, connection, liveRepo, dexie, repoButLiveReads),
  },
  {
    files: ['entrypoints/**/*.{ts,tsx}'],
    rules: forbid(database, connection, dexie),
  },
  {
    // Tests open their own throw-away databases.
    files: ['**/*.test.ts', '**/*.test.tsx', 'tests/**/*.ts', 'tests/**/*.tsx'],
    rules: { 'no-restricted-imports': 'off', 'no-restricted-syntax': 'off', 'no-restricted-globals': 'off' },
  },
);
