// tinybench's own statistics: the runner reads them from a Bench that kept no samples, the importer
// from tinybench and vitest JSON. Both map tinybench's quantile names to levels with this table.

/** The quantiles tinybench reports (its Statistics fields), by level. */
export const TINYBENCH_QUANTILES: Readonly<Record<string, number>> = {
  p50: 0.5,
  p75: 0.75,
  p99: 0.99,
  p995: 0.995,
  p999: 0.999,
};
