import { percent } from '../../server/domain/percent';

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
