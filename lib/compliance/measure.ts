// Measures the compliance check on labelled examples: precision and recall per example, per kind, and recall per category.
import type { ComplianceExample } from './examples';
import type { ComplianceFinding, ComplianceKind } from './types';

/** Counts and scores of one yes/no decision over a set of examples. */
export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
  /** Of the texts flagged, the share that should have been (1 when nothing was flagged). */
  precision: number;
  /** Of the texts that should have been flagged, the share that was (1 when none should have been). */
  recall: number;
}

/** An example the check got wrong, for the report. */
export interface Mistake {
  id: string;
  text: string;
  expected: ComplianceKind[];
  found: ComplianceFinding[];
}

/** The scores a measurement run prints and asserts. */
export interface Measurement {
  /** "Would the user be warned?": any finding at all, against any expected kind. */
  overall: Score;
  /** "Is this kind found?", for each kind the examples label. */
  byKind: Record<'patient-identifier' | 'adverse-event', Score>;
  /** For each identifier category the examples name: how many of its examples got a finding of that category. */
  categoryRecall: Record<string, { found: number; total: number }>;
  /** Clean texts that were flagged, and flagged texts that were missed (or got the wrong kind). */
  mistakes: Mistake[];
}

type Decision = { predicted: boolean; actual: boolean };

/** Scores a check on examples, so the numbers in the commit message and the README come from one place. */
export function measureCheck(
  examples: readonly ComplianceExample[],
  check: (text: string) => ComplianceFinding[],
): Measurement {
  const overall: Decision[] = [];
  const byKind: Record<'patient-identifier' | 'adverse-event', Decision[]> = {
    'patient-identifier': [],
    'adverse-event': [],
  };
  const categoryRecall: Record<string, { found: number; total: number }> = {};
  const mistakes: Mistake[] = [];
  for (const example of examples) {
    const found = check(example.text);
    overall.push({ predicted: found.length > 0, actual: example.expected.length > 0 });
    let wrong = found.length > 0 !== example.expected.length > 0;
    for (const kind of ['patient-identifier', 'adverse-event'] as const) {
      const decision = {
        predicted: found.some((f) => f.kind === kind),
        actual: example.expected.includes(kind),
      };
      byKind[kind].push(decision);
      if (decision.actual !== decision.predicted) wrong = true;
    }
    for (const category of example.categories ?? []) {
      const tally = (categoryRecall[category] ??= { found: 0, total: 0 });
      tally.total++;
      if (found.some((f) => f.category === category)) tally.found++;
    }
    if (wrong) mistakes.push({ id: example.id, text: example.text, expected: example.expected, found });
  }
  return {
    overall: score(overall),
    byKind: {
      'patient-identifier': score(byKind['patient-identifier']),
      'adverse-event': score(byKind['adverse-event']),
    },
    categoryRecall,
    mistakes,
  };
}

/** One line for a console: "precision 0.95 (19/20), recall 0.90 (19/21)". */
export function formatScore(s: Score): string {
  const flagged = s.truePositives + s.falsePositives;
  const positives = s.truePositives + s.falseNegatives;
  return `precision ${s.precision.toFixed(2)} (${s.truePositives}/${flagged}), recall ${s.recall.toFixed(2)} (${s.truePositives}/${positives})`;
}

function score(decisions: Decision[]): Score {
  const count = (predicted: boolean, actual: boolean) =>
    decisions.filter((d) => d.predicted === predicted && d.actual === actual).length;
  const truePositives = count(true, true);
  const falsePositives = count(true, false);
  const falseNegatives = count(false, true);
  const trueNegatives = count(false, false);
  return {
    truePositives,
    falsePositives,
    falseNegatives,
    trueNegatives,
    precision: truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives),
    recall: truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives),
  };
}
