// The review of addons-linter's report: errors always fail, a warning passes only where its reason applies, stale reasons fail.
import { describe, expect, it } from 'vitest';
import { ACCEPTED_WARNINGS, reviewLinterReport, type LinterReport } from '../../build/addons-lint-review';

const TEMPLATE_RULE = ACCEPTED_WARNINGS.find((entry) => entry.around?.source.includes('"template"\\);'))!;
const MANIFEST_RULE = ACCEPTED_WARNINGS.find(
  (entry) => entry.code === 'KEY_FIREFOX_UNSUPPORTED_BY_MIN_VERSION',
)!;

/** A built file with Liaison's inert template parse at column 40 and a plain innerHTML of page text at column 95. */
const BUILT =
  'function a(t,e){const n=e.createElement("template");return n.innerHTML=t}' +
  'function b(el,page){el.innerHTML=page.title}';
const TEMPLATE_COLUMN = BUILT.indexOf('.innerHTML=t');
const PLAIN_COLUMN = BUILT.indexOf('.innerHTML=page');

function report(partial: Partial<LinterReport>): LinterReport {
  return { errors: [], warnings: [], notices: [], ...partial };
}

const unsafe = (column: number) => ({
  code: 'UNSAFE_VAR_ASSIGNMENT',
  message: 'Unsafe assignment to innerHTML',
  file: 'clip.js',
  line: 1,
  column,
});

describe('reviewLinterReport', () => {
  it('accepts the template parse it names, and not another innerHTML of the same file', () => {
    const review = reviewLinterReport(
      report({ warnings: [unsafe(TEMPLATE_COLUMN), unsafe(PLAIN_COLUMN)] }),
      () => BUILT,
      [TEMPLATE_RULE],
    );
    expect(review.accepted).toEqual([
      { where: `UNSAFE_VAR_ASSIGNMENT at clip.js:1:${TEMPLATE_COLUMN}`, why: TEMPLATE_RULE.why },
    ]);
    expect(review.problems).toEqual([
      `warning UNSAFE_VAR_ASSIGNMENT at clip.js:1:${PLAIN_COLUMN} is not an accepted one: Unsafe assignment to innerHTML`,
    ]);
  });

  it('fails on any error or notice, whatever is accepted', () => {
    const review = reviewLinterReport(
      report({
        errors: [{ code: 'MANIFEST_FIELD_INVALID', message: 'bad field' }],
        notices: [{ code: 'SOME_NOTICE', message: 'look', file: 'manifest.json' }],
      }),
      () => '',
      [],
    );
    expect(review.problems).toEqual([
      'error MANIFEST_FIELD_INVALID at manifest.json: bad field',
      'notice SOME_NOTICE at manifest.json: look',
    ]);
  });

  it('fails when an accepted reason no longer matches anything, so the list stays true', () => {
    const review = reviewLinterReport(
      report({ warnings: [{ code: MANIFEST_RULE.code, message: 'min version' }] }),
      () => '',
      [MANIFEST_RULE, TEMPLATE_RULE],
    );
    expect(review.accepted).toHaveLength(1);
    expect(review.problems).toEqual([
      `the accepted UNSAFE_VAR_ASSIGNMENT "${TEMPLATE_RULE.why}" matched nothing: remove it here and in the README`,
    ]);
  });
});
