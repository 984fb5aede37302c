// The shape of one benchmark figure (a row of the table and of results.json), shared by every suite.
import { summarize } from './stats';

/** One measured figure with, where there is one, its reference measured in the same run and its target. */
export interface Figure {
  /** Which suite measured it ("search", later "extraction", "popup", "briefing", "import", "bundle"). */
  suite: string;
  name: string;
  /** Library size it was measured at, when it depends on one. */
  size?: number;
  unit: 'ms' | 'MB' | 'KB' | 'records/s';
  /** For repeated measurements: median, 95th percentile, maximum and count. */
  p50?: number;
  p95?: number;
  max?: number;
  n?: number;
  /** For a single measurement. */
  value?: number;
  reference?: { name: string; p50?: number; p95?: number; value?: number };
  /** The target from issue 8 or 4, in words ("p95 < 20 ms at 50,000"). */
  target?: string;
  note?: string;
  /** Finer figures (per query kind...) kept in results.json only. */
  details?: Record<string, unknown>;
}

/** A figure from repeated samples. */
export function sampled(
  base: Omit<Figure, 'p50' | 'p95' | 'max' | 'n' | 'value'>,
  samples: readonly number[],
): Figure {
  const { p50, p95, max, n } = summarize(samples);
  return { ...base, p50, p95, max, n };
}

/** A reference summarised from samples, for the `reference` column. */
export function referenceOf(name: string, samples: readonly number[]): Figure['reference'] {
  const { p50, p95 } = summarize(samples);
  return { name, p50, p95 };
}
