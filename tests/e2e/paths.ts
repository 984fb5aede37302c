// Where the end-to-end tests and the demo find the repository, the build, the sample pages and their output.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The repository root, so that paths work whatever directory the runner was started from. */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The extension as `npm run build:e2e` writes it: the e2e build may inject into http://127.0.0.1 pages. */
export const E2E_BUILD_DIR = join(REPO_ROOT, '.output', 'chrome-mv3-e2e');

/** The sample pages shared with the extraction tests, each with a `<name>.expected.json` beside it. */
export const FIXTURE_PAGES_DIR = join(REPO_ROOT, 'tests', 'fixtures', 'pages');

/** Screenshots taken by the e2e suite (git-ignored). */
export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-output', 'screenshots');

/** What `npm run demo` writes (git-ignored). */
export const DEMO_OUTPUT_DIR = join(REPO_ROOT, 'demo-output');

/** Debian's Chromium; CHROMIUM_PATH overrides it on machines that keep it elsewhere. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
