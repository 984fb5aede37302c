// The folder boundaries are held by ESLint: each fixture below crosses one and must fail; the last ones must pass.
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BOUNDARY_RULES = new Set(['no-restricted-imports', 'no-restricted-syntax', 'no-restricted-globals']);

/**
 * A fixture is a small source file linted as if it sat at `path` in the repository, under that folder's rules.
 * To add one: give the path, the code, and (for a crossing) what the message must say.
 */
interface Fixture {
  path: string;
  code: string;
  message?: RegExp;
}

const MUST_FAIL: Fixture[] = [
  {
    path: 'entrypoints/popup/Fixture.tsx',
    code: "import { LiaisonDb } from '../../lib/db.ts';\nexport const db = new LiaisonDb();\n",
    message: /Only lib\/repo\/\* imports lib\/db.ts/,
  },
  {
    path: 'entrypoints/options/pages/Fixture.tsx',
    code: "import type { LiaisonDb } from '@/lib/db';\nexport type Db = LiaisonDb;\n",
    message: /Only lib\/repo\/\* imports lib\/db.ts/,
  },
  {
    path: 'entrypoints/options/pages/Fixture.tsx',
    code: "import { openDatabase } from '../../../lib/repo/database';\nexport const db = openDatabase();\n",
    message: /Only lib\/repo opens the database/,
  },
  {
    path: 'entrypoints/background.ts',
    code: "export const load = () => import('../lib/db.js');\n",
    message: /Only lib\/repo\/\* imports lib\/db.ts/,
  },
  {
    path: 'entrypoints/options/App.tsx',
    code: "import { liveQuery } from 'dexie';\nexport const watch = liveQuery;\n",
    message: /Only lib\/db.ts and lib\/repo\/\* use Dexie/,
  },
  {
    path: 'components/Fixture.tsx',
    code: "import { listKols } from '../lib/repo/kols';\nexport const list = listKols;\n",
    message: /Components get data as props/,
  },
  {
    path: 'components/Fixture.tsx',
    code: "export { LiaisonDb } from '~/lib/db';\n",
    message: /Only lib\/repo\/\* imports lib\/db.ts/,
  },
  {
    path: 'components/Fixture.tsx',
    code: "import { Dexie } from 'dexie';\nexport const D = Dexie;\n",
    message: /use Dexie/,
  },
  {
    path: 'components/Fixture.tsx',
    code: "import { live } from '../lib/repo/live';\nexport const bind = live;\n",
    message: /Components get data as props/,
  },
  {
    path: 'components/use-live-query.ts',
    code: "import { listKols } from '../lib/repo/kols';\nexport const list = listKols;\n",
    message: /only the live-query hook reads through the repo/,
  },
  {
    path: 'lib/fixture.tsx',
    code: "import { h } from 'preact';\nexport const el = h('p', null);\n",
    message: /lib\/ is plain TypeScript/,
  },
  {
    path: 'lib/match/fixture.ts',
    code: "import { browser } from 'wxt/browser';\nexport const tabs = browser.tabs;\n",
    message: /talk to extension APIs/,
  },
  {
    path: 'lib/fixture.ts',
    code: 'export const tabs = () => chrome.tabs.query({});\n',
    message: /talk to extension APIs/,
  },
  {
    path: 'lib/match/fixture.ts',
    code: "import type { LiaisonDb } from '../db';\nexport type Db = LiaisonDb;\n",
    message: /Only lib\/repo\/\* imports lib\/db.ts/,
  },
  {
    path: 'lib/fixture.ts',
    code: "import { live } from './repo/live';\nexport const bind = live;\n",
    message: /lib\/ takes the repo as an argument/,
  },
  {
    path: 'lib/extract/fixture.ts',
    code: "import { listKols } from '../repo/kols';\nexport const list = listKols;\n",
    message: /Components get data as props; pages call the repo/,
  },
  {
    path: 'lib/repo/fixture.ts',
    code: "import { render } from 'preact';\nexport const show = render;\n",
    message: /lib\/ is plain TypeScript/,
  },
];

const MUST_PASS: Fixture[] = [
  {
    path: 'entrypoints/options/repo.ts',
    code: [
      "import * as kols from '../../lib/repo/kols';",
      "import { live } from '../../lib/repo/live';",
      'export const listKols = live(kols.listKols);',
      '',
    ].join('\n'),
  },
  {
    path: 'entrypoints/options/pages/Fixture.tsx',
    code: [
      "import { browser } from 'wxt/browser';",
      "import { useLiveQuery } from '../../../components/use-live-query';",
      "import { toAreaTree } from '../../../lib/repo/areas';",
      "import { liveEnv } from '../../../lib/repo/live';",
      "import * as repo from '../repo';",
      'export const useKols = () => useLiveQuery(() => repo.listKols(), []);',
      'export const tree = toAreaTree([]);',
      'export const save = () => repo.deleteKol("k", liveEnv);',
      'export const open = () => browser.runtime.openOptionsPage();',
      '',
    ].join('\n'),
  },
  {
    path: 'lib/repo/fixture.ts',
    code: "import { liveQuery } from 'dexie';\nimport { LiaisonDb } from '../db.ts';\nexport const watch = liveQuery;\nexport const Db = LiaisonDb;\n",
  },
  {
    path: 'components/use-live-query.ts',
    code: "import { observeQuery } from '../lib/repo/observe-query';\nexport const observe = observeQuery;\n",
  },
  {
    path: 'lib/browser.ts',
    code: "import { browser } from 'wxt/browser';\nexport const tabs = browser.tabs;\n",
  },
];

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

async function lint({ path, code }: Fixture) {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${path}`, warnIgnored: true });
  return result?.messages ?? [];
}

describe('the folder boundaries', () => {
  it.each(MUST_FAIL.map((f) => [f.path, f.code.split('\n')[0], f] as const))(
    'fails %s: %s',
    async (_path, _line, fixture) => {
      const messages = await lint(fixture);
      expect(messages.length).toBeGreaterThan(0);
      // Only a boundary rule fails, so the fixture fails for the crossing and not for a typo.
      expect(messages.map((m) => m.ruleId).filter((id) => !BOUNDARY_RULES.has(id ?? ''))).toEqual([]);
      expect(messages.map((m) => m.message).join('\n')).toMatch(fixture.message!);
    },
  );

  it.each(MUST_PASS.map((f) => [f.path, f] as const))('passes %s', async (_path, fixture) => {
    expect(await lint(fixture)).toEqual([]);
  });
});
