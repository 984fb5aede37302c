// `npm run lint:firefox`: Mozilla's addons-linter on the Firefox build; fails on any error, notice or unaccepted warning.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reviewLinterReport, type LinterReport } from './addons-lint-review';

const BUILD_DIR = join(fileURLToPath(new URL('..', import.meta.url)), '.output', 'firefox-mv3');
const LINTER_BIN = join(
  dirname(createRequire(import.meta.url).resolve('addons-linter/package.json')),
  'bin',
  'addons-linter',
);

if (!existsSync(join(BUILD_DIR, 'manifest.json'))) {
  console.error(`No Firefox build in ${BUILD_DIR}: run \`npm run build:firefox\` first.`);
  process.exit(1);
}

// addons-linter exits 1 when it finds errors; its JSON report is on stdout either way.
let output: string;
try {
  output = execFileSync(process.execPath, [LINTER_BIN, '--output', 'json', BUILD_DIR], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
} catch (error) {
  output = (error as { stdout?: string }).stdout ?? '';
}
const report = JSON.parse(output) as LinterReport;
const review = reviewLinterReport(report, (file) => readFileSync(join(BUILD_DIR, file), 'utf8'));

for (const { where, why } of review.accepted) console.log(`accepted ${where}: ${why}`);
for (const problem of review.problems) console.error(`PROBLEM ${problem}`);
console.log(
  `addons-linter on .output/firefox-mv3: ${report.errors.length} errors, ${report.warnings.length} warnings ` +
    `(${review.accepted.length} accepted), ${report.notices.length} notices; ${review.problems.length} problems`,
);
process.exit(review.problems.length > 0 ? 1 : 0);
