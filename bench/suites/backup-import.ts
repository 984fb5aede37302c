// Importing a backup of 10,000 sources against bare Dexie bulkAdd of the same records, in the same run.
import { openBenchPage, step } from '../node/browser';
import { referenceOf, sampled, type Figure } from '../node/figures';
import { summarize } from '../node/stats';
import type { Suite } from './suite';

const SUITE = 'import';
const SOURCES = 10_000;
const ROUNDS = 3;

/** The import suite: a generated library exported once, then imported into an empty database, alternating with bulkAdd. */
export const importSuite: Suite = {
  name: SUITE,
  description: `importing a backup of ${SOURCES.toLocaleString('en-US')} sources vs bare bulkAdd of the same records`,
  async run(ctx) {
    const page = await openBenchPage(ctx.context, ctx.origin);
    try {
      await step(page, 'reset');
      await step(page, 'seed', { size: SOURCES, seed: ctx.seed, fullTextShare: ctx.fullTextShare });
      const exported = await step(page, 'exportForImport');
      ctx.log(
        `  backup: ${exported.sources} sources, ${exported.megabytes.toFixed(0)} MB of JSON; ${ROUNDS} imports and ${ROUNDS} bulkAdds`,
      );
      const imports: number[] = [];
      const plans: number[] = [];
      const bulk: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const imported = await step(page, 'importBackupOnce');
        if (imported.sources !== exported.sources)
          throw new Error(`The import added ${imported.sources} sources, expected ${exported.sources}.`);
        imports.push(imported.ms);
        plans.push(imported.planMs);
        bulk.push((await step(page, 'bulkAddOnce')).ms);
      }
      await step(page, 'reset');
      const ratio = summarize(imports).p50 / summarize(bulk).p50;
      const figures: Figure[] = [
        sampled(
          {
            suite: SUITE,
            size: SOURCES,
            name: 'import a backup into an empty library (planImport + applyImport)',
            unit: 'ms',
            reference: referenceOf('bare bulkAdd, same records', bulk),
            target: 'within 2x of bulkAdd',
            note: `${ratio.toFixed(2)}x bulkAdd at the median; of which parse, check and plan ${Math.round(summarize(plans).p50)} ms; ${exported.megabytes.toFixed(0)} MB backup`,
          },
          imports,
        ),
        {
          suite: SUITE,
          size: SOURCES,
          name: 'export the backup (exportBackup + JSON)',
          unit: 'ms',
          value: exported.ms,
        },
      ];
      return figures;
    } finally {
      await page.close();
    }
  },
};
