// The briefing figures of issue 5: a KOL with 500 sources, the pack built and rendered in each format, in Chromium.
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { BRIEFING_FORMATS } from '../../lib/briefing/formats';
import type { briefingSteps } from '../browser/briefing';
import { bundleBenchScript } from '../node/bundle';
import { referenceOf, sampled, type Figure } from '../node/figures';
import { summarize } from '../node/stats';
import { startServer } from '../node/server';
import type { Suite } from './suite';

const SUITE = 'briefing';
/** Issue 5: "a briefing over 500 sources builds and renders each format in under a second". */
const SOURCES = 500;
const LOAD_REPEATS = 10;
const RENDER_REPEATS = 20;
const ENTRY = fileURLToPath(new URL('../browser/briefing.ts', import.meta.url));

type Steps = typeof briefingSteps;

/** Calls one step of the briefing page script. */
async function call<K extends keyof Steps>(
  page: Page,
  name: K,
  params: Parameters<Steps[K]>[0],
): Promise<Awaited<ReturnType<Steps[K]>>> {
  const result: unknown = await page.evaluate(
    ([stepName, stepParams]) =>
      (window.liaisonBriefingBench[stepName as K] as (p: unknown) => unknown)(stepParams),
    [name, params] as const,
  );
  return result as Awaited<ReturnType<Steps[K]>>;
}

/** The briefing suite: its own page script and server (the shared bundle stays as it is), one size. */
export const briefingSuite: Suite = {
  name: SUITE,
  description: `briefing pack over ${SOURCES} sources: load from IndexedDB, build the model, render each format`,
  async run(ctx) {
    const script = await bundleBenchScript(ENTRY);
    const server = await startServer(script.code);
    const page = await ctx.context.newPage();
    try {
      await page.goto(`${server.origin}/bench.html`);
      await page.waitForFunction(() => 'liaisonBriefingBench' in window);
      const base = { suite: SUITE, size: SOURCES } as const;
      const seeded = await call(page, 'seedBriefing', { size: SOURCES, seed: ctx.seed });
      ctx.log(
        `  ${seeded.sources} sources (${seeded.megabytes.toFixed(1)} MB), ${seeded.notes} notes; loading ${LOAD_REPEATS}x, building and rendering ${RENDER_REPEATS}x`,
      );
      const load = await call(page, 'loadBriefing', { repeats: LOAD_REPEATS });
      const round = await call(page, 'runBriefing', { repeats: RENDER_REPEATS });
      const figures: Figure[] = [
        sampled(
          {
            ...base,
            name: "load the KOL's sources, notes, meetings (loadBriefingData)",
            unit: 'ms',
            note: `${load.sources} sources, ${load.notes} notes, through the indexes`,
          },
          load.samples,
        ),
        sampled(
          {
            ...base,
            name: 'build the pack (buildBriefing)',
            unit: 'ms',
            note: `${round.items} items listed (50 a section at most), ${round.references} references`,
          },
          round.buildMs,
        ),
      ];
      for (const format of BRIEFING_FORMATS) {
        const render = round.renderMs[format.id];
        const total = render.map((ms, i) => ms + (round.buildMs[i] ?? 0));
        figures.push(
          sampled(
            {
              ...base,
              name: `build + render ${format.label}`,
              unit: 'ms',
              target: '< 1000 ms (issue 5)',
              reference: referenceOf('render alone', render),
              note: `${((round.bytes[format.id] ?? 0) / 1024).toFixed(0)} KB; render alone p50 ${summarize(render).p50.toFixed(1)} ms`,
            },
            total,
          ),
        );
      }
      return figures;
    } finally {
      await page.close();
      await server.close();
    }
  },
};
