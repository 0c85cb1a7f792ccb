import { PERCENT_DECIMALS, percent } from '../../server/domain/percent';

it.each([
  [5, 32, 15.62],
  [7, 32, 21.88],
  [2, 65, 3.08],
  [12, 104, 11.54],
  [61, 99, 61.62],
  [0, 0, 0],
  [99, 99, 100],
])('%i/%i = %d %% as the reports round it', (part, whole, expected) => {
  expect(percent(part, whole)).toBe(expected);
});

it.each([
  [30, 96, 31.2],
  [6, 96, 6.2],
  [3, 96, 3.1],
  [9, 96, 9.4],
  [1, 3, 33.3],
])('%i/%i = %d %% in the rankings of report 003 (one decimal, ties to even)', (part, whole, expected) => {
  expect(percent(part, whole, PERCENT_DECIMALS.reportRankings)).toBe(expected);
});
