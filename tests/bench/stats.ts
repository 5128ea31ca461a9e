/** Summaries of timing samples; benchmarks report figures, they never fail on them. */

function sortedCopy(samples: readonly number[]): number[] {
  if (samples.length === 0) throw new Error('No samples to summarise');
  return [...samples].sort((left, right) => left - right);
}

export function median(samples: readonly number[]): number {
  const sorted = sortedCopy(samples);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  if (sorted.length % 2 === 1) return upper;
  const lower = sorted[middle - 1] ?? upper;
  return (lower + upper) / 2;
}

/**
 * Nearest-rank percentile (fraction 0.95 = p95): always one of the measured samples, so a p95 of
 * 200 samples is the 190th fastest call rather than an interpolated value nobody observed.
 */
export function percentile(samples: readonly number[], fraction: number): number {
  if (fraction <= 0 || fraction > 1) throw new Error(`Percentile fraction out of range: ${fraction}`);
  const sorted = sortedCopy(samples);
  const rank = Math.ceil(fraction * sorted.length);
  return sorted[rank - 1] ?? 0;
}
