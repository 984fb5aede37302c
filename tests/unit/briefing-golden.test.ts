// Golden test: the sample knowledge base renders to exactly tests/fixtures/briefing/golden/briefing.{md,html}.
//
// When a change to the builder, the wording or a renderer is meant to change the pack:
// 1. Regenerate: `UPDATE_GOLDEN=1 npx vitest run tests/unit/briefing-golden.test.ts` (writes the files, asserts nothing; refused when CI is set).
// 2. Read the diff (`git diff tests/fixtures/briefing/golden`) as an MSL would read the pack before a meeting:
//    is every section there, in order, with the right dates, takeaways and citation numbers?
// 3. Commit the golden files with the change that explains them.
// The input is tests/fixtures/briefing/sample-knowledge-base.ts (its header says what each source exercises).
import { describe, it } from 'vitest';
import { buildBriefing } from '../../lib/briefing/build-briefing';
import { renderHtml } from '../../lib/briefing/render-html';
import { renderMarkdown } from '../../lib/briefing/render-markdown';
import { expectGoldenFile } from '../fixtures/briefing/golden-file';
import {
  SAMPLE_BRIEFING_DATA,
  SAMPLE_BRIEFING_REQUEST,
  SAMPLE_NOW,
} from '../fixtures/briefing/sample-knowledge-base';

describe('briefing golden files', () => {
  const model = buildBriefing(SAMPLE_BRIEFING_DATA, SAMPLE_BRIEFING_REQUEST, SAMPLE_NOW);

  it('renders the sample pack as Markdown, byte for byte', () => {
    expectGoldenFile('briefing.md', renderMarkdown(model));
  });

  it('renders the sample pack as HTML, byte for byte', () => {
    expectGoldenFile('briefing.html', renderHtml(model));
  });
});
