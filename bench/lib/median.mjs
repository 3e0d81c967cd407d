/**
 * The median of numbers (the mean of the middle two for an even count, NaN for none): benchmarks report
 * medians so one run disturbed by a neighbour on the shared machine does not move the figure.
 * @param {number[]} values
 */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
