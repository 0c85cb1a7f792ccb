import type { Rng } from '../domain/prng';

export interface SumRange {
  min: number;
  max: number;
}

/**
 * Row sums within the given ranges that add up to `total`, as even as the ranges allow (the
 * lowest rows are raised first, ties in seeded order). The most even row sums are majorised by
 * every other choice, so if any matrix exists for some choice it exists for these (Gale–Ryser).
 */
export function evenRowSums(ranges: readonly SumRange[], total: number, rng: Rng): number[] {
  const sums = ranges.map((r) => r.min);
  let left = total - sums.reduce((a, b) => a + b, 0);
  const capacity = ranges.reduce((a, r) => a + r.max - r.min, 0);
  if (left < 0 || left > capacity) throw new Error(`Row sums in these ranges cannot add up to ${total}`);
  const order = rng.shuffle(ranges.map((_, i) => i));
  while (left > 0) {
    const level = Math.min(...order.filter((i) => sums[i] < ranges[i].max).map((i) => sums[i]));
    for (const i of order) {
      if (left > 0 && sums[i] === level && sums[i] < ranges[i].max) {
        sums[i]++;
        left--;
      }
    }
  }
  return sums;
}

/**
 * A 0/1 matrix with the given row and column sums. Each row takes its ones in the columns
 * with the largest remaining demand (Ryser's greedy), which succeeds whenever any such matrix
 * exists, in whatever order the rows come; the sums are checked at the end regardless.
 */
export function binaryMatrix(rowSums: readonly number[], columnSums: readonly number[]): boolean[][] {
  const demand = columnSums.slice();
  const columns = columnSums.map((_, c) => c);
  const matrix = rowSums.map((rowSum) => {
    const chosen = columns
      .slice()
      .sort((a, b) => demand[b] - demand[a] || a - b)
      .slice(0, rowSum);
    const row = columns.map(() => false);
    for (const c of chosen) {
      row[c] = true;
      demand[c]--;
    }
    return row;
  });
  const sumsHold = demand.every((d) => d === 0) && matrix.every((row, r) => row.filter(Boolean).length === rowSums[r]);
  if (!sumsHold) throw new Error('No 0/1 matrix has these row and column sums');
  return matrix;
}
