/** Summary of repeated measurements: the median is the figure, min and max show the spread. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function summarize(values: number[]): Summary {
  if (values.length === 0) throw new Error('no measurements to summarize');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return { median, min: sorted[0] as number, max: sorted[sorted.length - 1] as number, runs: sorted.length };
}

export async function repeat(times: number, measure: (run: number) => Promise<number>): Promise<Summary> {
  const values: number[] = [];
  for (let run = 0; run < times; run += 1) values.push(await measure(run));
  return summarize(values);
}

export function formatSummary(summary: Summary, digits = 1, unit = ''): string {
  const f = (n: number) => `${n.toFixed(digits)}${unit}`;
  return summary.runs === 1 ? f(summary.median) : `${f(summary.median)} (${f(summary.min)}–${f(summary.max)})`;
}
