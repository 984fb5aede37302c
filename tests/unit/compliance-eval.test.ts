// Scores the compliance check on the labelled note sets (tuning, tuning2, legacy, sealed) and holds each above its floor.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadNoteSet, precision, recall, scoreNoteSet } from '../eval/compliance/note-set';
import { formatScore } from '../eval/compliance/report';

const here = fileURLToPath(new URL('../eval/compliance/', import.meta.url));

/**
 * Floors per set, just under each set's measured score, so that a change that makes any of them worse fails here. The tuning
 * sets are optimistic (rules were shaped on them); the sealed set was never tuned on and is the honest figure, still short of
 * issue 11's targets (adverse events recall 0.95, identifiers 0.95, clean notes flagged 5%).
 */
const FLOORS: Record<
  string,
  { aeRecall: number; aePrecision: number; idRecall: number; idPrecision: number; clean: number }
> = {
  tuning: { aeRecall: 0.93, aePrecision: 0.95, idRecall: 0.95, idPrecision: 0.95, clean: 0.05 },
  tuning2: { aeRecall: 0.88, aePrecision: 0.95, idRecall: 0.9, idPrecision: 0.95, clean: 0.05 },
  tuning3: { aeRecall: 0.86, aePrecision: 0.95, idRecall: 0.87, idPrecision: 0.95, clean: 0.05 },
  legacy: { aeRecall: 0.9, aePrecision: 0.9, idRecall: 0.95, idPrecision: 0.9, clean: 0.05 },
  sealed: { aeRecall: 0.82, aePrecision: 0.85, idRecall: 0.85, idPrecision: 0.95, clean: 0.1 },
  sealed2: { aeRecall: 0.75, aePrecision: 0.88, idRecall: 0.87, idPrecision: 0.92, clean: 0.1 },
};

describe('compliance check on labelled note sets', () => {
  for (const [name, floor] of Object.entries(FLOORS)) {
    const path = `${here}${name}-notes.json`;
    it.skipIf(!existsSync(path))(
      `${name}: adverse events, identifiers and clean notes above their floors`,
      () => {
        const set = loadNoteSet(path);
        const score = scoreNoteSet(set);
        console.log(formatScore(name, set.notes.length, score).join('\n'));
        expect(recall(score.adverseEvent)).toBeGreaterThanOrEqual(floor.aeRecall);
        expect(precision(score.adverseEvent)).toBeGreaterThanOrEqual(floor.aePrecision);
        expect(recall(score.identifier)).toBeGreaterThanOrEqual(floor.idRecall);
        expect(precision(score.identifier)).toBeGreaterThanOrEqual(floor.idPrecision);
        expect(score.clean.flagged / Math.max(1, score.clean.total)).toBeLessThanOrEqual(floor.clean);
      },
    );
  }
});
