// Highlight flows: painting a library page's highlights with orphans on the badge, and highlighting a page without the popup.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TabInfo } from './browser';
import { LiaisonDb } from './db';
import { bindRepo } from './repo/repo';
import {
  highlightSelection,
  paintPageHighlights,
  toPaintable,
  type AskAnnotator,
  type HighlightFlowDeps,
} from './highlight-flow';
import type { MessageRequest, MessageType, PageKeys, PaintableHighlight } from './messages';
import type { ExtractedPage } from './model';
import { clipAndHighlight, listHighlights, saveHighlight } from './repo/highlights';
import { findExistingSource, saveClip } from './repo/sources';

let db: LiaisonDb;
let n = 0;
const env = { now: () => 1_700_000_000_000 + ++n, newId: () => `id-${++n}` };
const tab: TabInfo = { id: 7, url: 'https://journal.example/article?utm=x', title: 'Trial' };
const page: ExtractedPage = {
  url: 'https://journal.example/article',
  doi: '10.1/abc',
  kind: 'journal-article',
  title: 'Trial',
  authors: [],
  nct: [],
  hasArticle: true,
  warnings: [],
};
const SELECTION = {
  exact: 'OS benefit held',
  prefix: 'final analysis, ',
  suffix: ' in the subgroup',
  start: 40,
  end: 55,
};

/** A fake page: answers the annotator's messages and records them. */
function fakeDeps(
  options: { keys?: PageKeys; selection?: typeof SELECTION | null; missing?: string[] } = {},
) {
  const sent: { type: MessageType; payload: unknown }[] = [];
  const badges: { count?: number; outcome?: string; title: string }[] = [];
  const askAnnotator = (async (_tab: TabInfo, type: MessageType, payload: MessageRequest<MessageType>) => {
    sent.push({ type, payload });
    if (type === 'read-page-keys') return options.keys ?? { url: tab.url! };
    if (type === 'describe-selection') return options.selection ?? null;
    if (type === 'paint-highlights') {
      const { highlights } = payload as { highlights: PaintableHighlight[] };
      const missing = new Set(options.missing ?? []);
      return {
        painted: highlights.filter((h) => !missing.has(h.exact)).map((h) => ({ id: h.id, method: 'quote' })),
        orphans: highlights.filter((h) => missing.has(h.exact)).map((h) => h.id),
        paintedWith: 'css-highlights',
      };
    }
    return true;
  }) as AskAnnotator;
  const deps: HighlightFlowDeps = {
    repo: bindRepo(db, { saveClip, findExistingSource, listHighlights, clipAndHighlight }),
    env,
    readTab: async () => ({ ok: true, page }),
    showBadge: async (_id, outcome, title) => void badges.push({ outcome, title }),
    askAnnotator,
    showHighlightCount: async (_id, count, title) => void badges.push({ count, title }),
  };
  return { deps, sent, badges };
}

beforeEach(() => {
  db = new LiaisonDb(`highlight-flow-${Math.random()}`);
});
afterEach(() => db.delete());

describe('painting a page from the library', () => {
  it('finds the source by DOI when the address differs, paints every highlight and counts orphans on the badge', async () => {
    const { source } = await saveClip(db, page, {}, env);
    await saveHighlight(db, source.id, SELECTION, { note: 'Ask about it', category: 'unmet-need' }, env);
    await saveHighlight(db, source.id, { exact: 'a sentence since removed' }, {}, env);
    const { deps, sent, badges } = fakeDeps({
      keys: { url: 'https://mirror.example/x', doi: '10.1/abc' },
      missing: ['a sentence since removed'],
    });

    const result = await paintPageHighlights(deps, tab);
    expect(result.source?.id).toBe(source.id);
    expect(result.report?.orphans).toHaveLength(1);
    const painted = sent.find((m) => m.type === 'paint-highlights')!.payload as {
      highlights: PaintableHighlight[];
    };
    expect(painted.highlights[0]).toEqual({
      id: expect.any(String),
      ...SELECTION,
      note: 'Ask about it',
      label: 'Unmet need',
    });
    expect(badges).toEqual([
      { count: 2, title: 'Liaison: 2 highlights on this page (1 not found: see the popup)' },
    ]);
  });

  it('leaves a page that is not in the library, or has no highlights, unpainted and without a badge', async () => {
    const { deps, sent, badges } = fakeDeps();
    expect(await paintPageHighlights(deps, tab)).toEqual({ highlights: [] });
    await saveClip(db, { ...page, url: tab.url! }, {}, env);
    expect((await paintPageHighlights(deps, tab)).highlights).toEqual([]);
    // The second time the address alone found the source: the page was not asked for its keys.
    expect(sent.map((m) => m.type)).toEqual(['read-page-keys']);
    expect(badges).toEqual([]);
  });

  it("sends the annotator selectors and note text only, never the record's links or dates", () => {
    const paintable = toPaintable({
      id: 'h',
      sourceId: 's',
      exact: 'x',
      kolIds: ['k'],
      areaIds: [],
      createdAt: 1,
      updatedAt: 1,
    });
    expect(paintable).toEqual({ id: 'h', exact: 'x' });
  });
});

describe('highlighting without the popup', () => {
  it('clips a new page, stores the selection as a highlight, paints it and says a note can be added', async () => {
    const { deps, sent, badges } = fakeDeps({ selection: SELECTION });
    expect(await highlightSelection(deps, tab)).toEqual({ saved: true });
    const [source] = await db.sources.toArray();
    expect(source?.url).toBe(page.url);
    expect(await listHighlights(db, source!.id)).toMatchObject([SELECTION]);
    expect(sent.map((m) => m.type)).toEqual(['describe-selection', 'paint-highlights']);
    expect(badges.at(-1)).toMatchObject({
      outcome: 'saved',
      title: expect.stringContaining('Open Liaison to add a note'),
    });
  });

  it('with nothing selected, stores nothing and says so on the badge', async () => {
    const { deps, badges } = fakeDeps({ selection: null });
    expect(await highlightSelection(deps, tab)).toMatchObject({ saved: false });
    expect(await db.highlights.count()).toBe(0);
    expect(badges.at(-1)).toMatchObject({
      outcome: 'failed',
      title: expect.stringContaining('Select the passage'),
    });
  });
});
