// Rewriting expected files: only when asked with "1", and refused outright when CI is set.
import { describe, expect, it } from 'vitest';
import { mayRewriteExpected } from '../fixtures/rewrite-expected';

describe('mayRewriteExpected', () => {
  it('rewrites only when the variable is "1"', () => {
    expect(mayRewriteExpected('UPDATE_GOLDEN', {})).toBe(false);
    expect(mayRewriteExpected('UPDATE_GOLDEN', { UPDATE_GOLDEN: '0' })).toBe(false);
    expect(mayRewriteExpected('UPDATE_GOLDEN', { UPDATE_GOLDEN: '1' })).toBe(true);
    expect(mayRewriteExpected('UPDATE_GOLDEN', { UPDATE_GOLDEN: '1', CI: 'false' })).toBe(true);
  });

  it('refuses to rewrite when CI is set, rather than passing without asserting', () => {
    expect(() => mayRewriteExpected('UPDATE_GOLDEN', { UPDATE_GOLDEN: '1', CI: 'true' })).toThrow(/refused/);
    expect(() =>
      mayRewriteExpected('UPDATE_ANCHOR_BASELINES', { UPDATE_ANCHOR_BASELINES: '1', CI: '1' }),
    ).toThrow(/UPDATE_ANCHOR_BASELINES/);
    expect(mayRewriteExpected('UPDATE_GOLDEN', { CI: 'true' })).toBe(false);
  });
});
