// The compliance figures of issue 11 ("hostile input, in the bench"): checkText on 2,000-character notes, a 100 KB note, hostile inputs.
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { complianceSteps } from '../browser/compliance';
import { bundleBenchScript } from '../node/bundle';
import { sampled, type Figure } from '../node/figures';
import { startServer } from '../node/server';
import { summarize } from '../node/stats';
import type { Suite } from './suite';

const SUITE = 'compliance';
const NOTE_LENGTH = 2_000;
const NOTES = 300;
const WARM_UP = 50;
/** "A 100 KB note finishes": 100 × 1,024 characters, nearly all ASCII. */
const LARGE_LENGTH = 100 * 1024;
const LARGE_REPEATS = 5;
const HOSTILE_REPEATS = 5;
const ENTRY = fileURLToPath(new URL('../browser/compliance.ts', import.meta.url));

type Steps = typeof complianceSteps;

/** Calls one step of the compliance page script. */
async function call<K extends keyof Steps>(
  page: Page,
  name: K,
  params: Parameters<Steps[K]>[0],
): Promise<ReturnType<Steps[K]>> {
  const result: unknown = await page.evaluate(
    ([stepName, stepParams]) =>
      (window.liaisonComplianceBench[stepName as K] as (p: unknown) => unknown)(stepParams),
    [name, params] as const,
  );
  return result as ReturnType<Steps[K]>;
}

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;

/** Runs every hostile input (one page call each, so a runaway pattern shows in the log) and sums them up in two figures. */
async function hostileFigures(page: Page, log: (message: string) => void): Promise<Figure[]> {
  const labels = await call(page, 'hostileLabels', undefined);
  log(
    `  ${labels.length} hostile inputs of ${NOTE_LENGTH.toLocaleString('en-US')} characters, ${HOSTILE_REPEATS}x each`,
  );
  const perInput: { label: string; medianMs: number; maxMs: number; findings: number }[] = [];
  for (let index = 0; index < labels.length; index++) {
    const run = await call(page, 'hostileInput', { index, repeats: HOSTILE_REPEATS });
    const { p50, max } = summarize(run.samples);
    perInput.push({ label: run.label, medianMs: p50, maxMs: max, findings: run.findings });
  }
  const byMedian = [...perInput].sort((a, b) => b.medianMs - a.medianMs);
  const worst = byMedian[0];
  const slowest = [...perInput].sort((a, b) => b.maxMs - a.maxMs)[0];
  if (!worst || !slowest) return [];
  const top = byMedian
    .slice(0, 3)
    .map((input) => `${input.label} ${ms(input.medianMs)}`)
    .join('; ');
  return [
    sampled(
      {
        suite: SUITE,
        name: `hostile ${NOTE_LENGTH.toLocaleString('en-US')}-character inputs, median of each (max: the worst input)`,
        unit: 'ms',
        target: '< 50 ms each (issue 11)',
        note: `${perInput.length} inputs, ${HOSTILE_REPEATS} runs each; slowest medians: ${top}`,
        details: { perInput },
      },
      perInput.map((input) => input.medianMs),
    ),
    {
      suite: SUITE,
      name: 'hostile inputs: slowest single run of any input',
      unit: 'ms',
      value: slowest.maxMs,
      target: '< 50 ms (issue 11)',
      note: `${slowest.label} (its median ${ms(slowest.medianMs)})`,
    },
  ];
}

/** The compliance suite: its own page script and server, no library. */
export const complianceSuite: Suite = {
  name: SUITE,
  description: `checkText on ${NOTES} notes of ${NOTE_LENGTH.toLocaleString('en-US')} characters, one of 100 KB, and hostile inputs`,
  async run(ctx) {
    const script = await bundleBenchScript(ENTRY);
    const server = await startServer(script.code);
    const page = await ctx.context.newPage();
    try {
      await page.goto(`${server.origin}/bench.html`);
      await page.waitForFunction(() => 'liaisonComplianceBench' in window);
      const notes = await call(page, 'realisticNotes', {
        count: NOTES,
        warmUp: WARM_UP,
        length: NOTE_LENGTH,
        seed: ctx.seed,
      });
      ctx.log(
        `  ${NOTES} notes checked after ${WARM_UP} warm-up ones; now one of ${LARGE_LENGTH / 1024} KB, ${LARGE_REPEATS}x`,
      );
      const large = await call(page, 'largeNote', {
        length: LARGE_LENGTH,
        repeats: LARGE_REPEATS,
        seed: ctx.seed,
      });
      const figures: Figure[] = [
        sampled(
          {
            suite: SUITE,
            name: `check a ${NOTE_LENGTH.toLocaleString('en-US')}-character note (checkText)`,
            unit: 'ms',
            target: '< 5 ms median (issue 11)',
            note: `${NOTES} notes joined from the tuning and tuning2 note sets, each with its set's products and restricted words, after ${WARM_UP} warm-up notes; ${(notes.findings / NOTES).toFixed(1)} findings a note`,
          },
          notes.samples,
        ),
        sampled(
          {
            suite: SUITE,
            name: `check a ${LARGE_LENGTH / 1024} KB note (checkText)`,
            unit: 'ms',
            target: 'finishes (issue 11)',
            note: `${large.length.toLocaleString('en-US')} characters joined from both sets, ${LARGE_REPEATS} runs; ${large.findings} findings`,
          },
          large.samples,
        ),
      ];
      figures.push(...(await hostileFigures(page, ctx.log)));
      return figures;
    } finally {
      await page.close();
      await server.close();
    }
  },
};
