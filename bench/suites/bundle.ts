// Bundle size per entry point, gzipped, of the production build (the same measure tests/e2e/bundle-size.test.ts checks).
import { execFileSync } from 'node:child_process';
import { REPO_ROOT } from '../../tests/e2e/paths';
import { BUNDLE_TARGETS_KB, KB, measureBuild, PRODUCTION_BUILD } from '../node/bundle-sizes';
import type { Figure } from '../node/figures';
import type { Suite } from './suite';

/** The bundle suite: `npm run build`, then each entry point with the chunks it imports before first paint. */
export const bundleSuite: Suite = {
  name: 'bundle',
  description: 'bundle size per entry point, gzipped (production build)',
  async run(ctx) {
    ctx.log('  building the extension (npm run build)');
    execFileSync('npx', ['wxt', 'build'], { cwd: REPO_ROOT, stdio: 'ignore' });
    return measureBuild(PRODUCTION_BUILD).map((entry): Figure => {
      const target = BUNDLE_TARGETS_KB[entry.name];
      return {
        suite: 'bundle',
        name: `bundle, gzipped: ${entry.name}`,
        unit: 'KB',
        value: entry.gzipBytes / KB,
        target: target ? `< ${target} KB` : undefined,
        note: `${entry.files.map((f) => `${f.path} ${(f.gzipBytes / KB).toFixed(1)}`).join(' + ')}; ${(entry.bytes / KB).toFixed(0)} KB minified${entry.lazy.length ? `; on demand: ${entry.lazy.join(', ')}` : ''}`,
      };
    });
  },
};
