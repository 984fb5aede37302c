// The production build's entry points fit issue 8's budgets: gzipped, with every chunk loaded before first paint.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BUNDLE_TARGETS_KB, KB, measureBuild } from '../../bench/node/bundle-sizes';
import { REPO_ROOT } from './paths';

describe('bundle sizes of the production build (.output/chrome-mv3)', () => {
  const entries = measureBuild(join(REPO_ROOT, '.output', 'chrome-mv3'));
  const byName = new Map(entries.map((entry) => [entry.name, entry]));

  test('every entry point is measured, with the chunks it imports', () => {
    expect([...byName.keys()]).toEqual([
      'clip script',
      'metadata script',
      'popup',
      'options page',
      'background',
    ]);
    // The popup and the options page share the database and UI code in a chunk: it must be counted.
    expect(byName.get('popup')?.files.length).toBeGreaterThan(1);
    for (const entry of entries) {
      console.log(
        `${entry.name}: ${(entry.gzipBytes / KB).toFixed(1)} KB gzipped (${entry.files.map((f) => `${f.path} ${(f.gzipBytes / KB).toFixed(1)}`).join(' + ')})${entry.lazy.length ? `; on demand: ${entry.lazy.join(', ')}` : ''}`,
      );
    }
  });

  for (const [name, targetKb] of Object.entries(BUNDLE_TARGETS_KB)) {
    test(`${name} is under ${targetKb} KB gzipped`, () => {
      const entry = byName.get(name);
      expect(entry, `${name} is missing from the build`).toBeDefined();
      expect(entry?.gzipBytes ?? Infinity).toBeLessThan(targetKb * KB);
    });
  }
});
