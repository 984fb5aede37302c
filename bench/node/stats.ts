// Summaries of timing samples: median, 95th percentile and maximum.

/** A summary of samples in their unit; `n` is how many there were. */
export interface Summary {
  p50: number;
  p95: number;
  max: number;
  n: number;
}

/** The q-quantile (0..1) of sorted samples, nearest-rank. */
function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

/** Median, p95 and max of samples (nearest-rank, so every figure is a time that was really measured). */
export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    max: sorted[sorted.length - 1] ?? Number.NaN,
    n: sorted.length,
  };
}
