import type { Criterion } from '../../server/criterion/criterion.entity';
import { meets, validateAnswer, type AnswerParts } from '../../server/criterion/pass-rule';
import { AnswerType, Comparator } from '../../server/domain/enums';
import { ErrorCode } from '../../server/graphql/errors';

/** Criteria as plain objects: the pass rule reads only these fields. */
const criterion = (fields: Partial<Criterion>): Criterion =>
  ({
    code: 'TC-1',
    options: [],
    passingOptionKeys: [],
    requiredOptionKeys: [],
    ...fields,
  }) as Criterion;

const options = (...keys: string[]) => keys.map((key) => ({ key, label: key.toUpperCase() }));
const yesNo = criterion({ answerType: AnswerType.BOOLEAN });
const single = criterion({
  answerType: AnswerType.SINGLE_CHOICE,
  options: options('full', 'partial', 'none'),
  passingOptionKeys: ['full', 'partial'],
});
const multi = criterion({
  answerType: AnswerType.MULTI_CHOICE,
  options: options('portal', 'app', 'kiosk'),
  requiredOptionKeys: ['portal', 'app'],
});
const number = (comparator: Comparator | undefined, target: number | undefined, range: Partial<Criterion> = {}) =>
  criterion({ answerType: AnswerType.NUMBER, comparator, target, ...range });

const judged = (c: Criterion, parts: AnswerParts) => meets(c, validateAnswer(c, parts));

function refusal(c: Criterion, parts: AnswerParts): { code: unknown; message: string } {
  try {
    validateAnswer(c, parts);
  } catch (error) {
    const { extensions, message } = error as { extensions: { code: unknown }; message: string };
    return { code: extensions.code, message };
  }
  throw new Error(`accepted ${JSON.stringify(parts)}`);
}

describe('which answers meet a criterion', () => {
  it('yes/no: only "yes"', () => {
    expect(judged(yesNo, { boolean: true })).toBe(true);
    expect(judged(yesNo, { boolean: false })).toBe(false);
  });

  it('single choice: one of the passing options', () => {
    expect(judged(single, { optionKeys: ['full'] })).toBe(true);
    expect(judged(single, { optionKeys: ['partial'] })).toBe(true);
    expect(judged(single, { optionKeys: ['none'] })).toBe(false);
  });

  it('multiple choice: every required option, whatever else is chosen', () => {
    expect(judged(multi, { optionKeys: ['app', 'portal'] })).toBe(true);
    expect(judged(multi, { optionKeys: ['kiosk', 'portal', 'app'] })).toBe(true);
    expect(judged(multi, { optionKeys: ['portal', 'kiosk'] })).toBe(false);
    expect(judged(multi, { optionKeys: [] })).toBe(false);
  });

  it.each([
    [
      Comparator.GTE,
      98,
      [
        [97.9, false],
        [98, true],
        [100, true],
      ],
    ],
    [
      Comparator.GT,
      98,
      [
        [98, false],
        [98.1, true],
      ],
    ],
    [
      Comparator.LTE,
      5,
      [
        [5, true],
        [5.5, false],
      ],
    ],
    [
      Comparator.LT,
      5,
      [
        [4.9, true],
        [5, false],
      ],
    ],
    [
      Comparator.EQ,
      1,
      [
        [1, true],
        [0, false],
        [2, false],
      ],
    ],
  ] as const)('number %s %d', (comparator, target, cases) => {
    for (const [value, met] of cases)
      expect([value, judged(number(comparator, target), { number: value })]).toEqual([value, met]);
  });

  it('a number criterion without comparator or target means "at least 0"', () => {
    expect(judged(number(undefined, undefined), { number: 0 })).toBe(true);
    expect(judged(number(undefined, undefined), { number: -1 })).toBe(false);
    expect(judged(number(undefined, 10), { number: 10 })).toBe(true);
  });
});

describe('what is stored of a valid answer', () => {
  it('only the part of the answer type; option keys sorted', () => {
    expect(validateAnswer(yesNo, { boolean: false, number: null, optionKeys: null })).toEqual({ boolean: false });
    expect(validateAnswer(multi, { optionKeys: ['kiosk', 'app'] })).toEqual({ optionKeys: ['app', 'kiosk'] });
    expect(validateAnswer(number(Comparator.GTE, 1, { minValue: 0, maxValue: 100 }), { number: 100 })).toEqual({
      number: 100,
    });
  });
});

describe('answers refused with INVALID_ANSWER and a Vietnamese message', () => {
  it.each([
    ['no part at all', yesNo, {}, 'có/không (boolean)'],
    ['the wrong part', yesNo, { number: 1 }, 'có/không (boolean)'],
    ['two parts', yesNo, { boolean: true, number: 1 }, 'chỉ dạng đó'],
    ['a number for a choice', single, { number: 1 }, 'phương án (optionKeys)'],
    ['an option not in the list', single, { optionKeys: ['most'] }, '"most" không có trong danh sách'],
    ['two options of a single choice', single, { optionKeys: ['full', 'partial'] }, 'đúng một phương án'],
    ['no option of a single choice', single, { optionKeys: [] }, 'đúng một phương án'],
    ['an option chosen twice', multi, { optionKeys: ['app', 'app'] }, 'chỉ được chọn một lần'],
    [
      'a number below the range',
      number(Comparator.GTE, 1, { minValue: 0 }),
      { number: -0.5 },
      'ngoài khoảng cho phép (0 – +∞)',
    ],
    ['a number above the range', number(Comparator.GTE, 1, { maxValue: 100 }), { number: 101 }, '(−∞ – 100)'],
    ['not a finite number', number(Comparator.GTE, 1), { number: Number.POSITIVE_INFINITY }, 'Giá trị số không hợp lệ'],
    ['NaN', number(Comparator.GTE, 1), { number: Number.NaN }, 'Giá trị số không hợp lệ'],
  ] as const)('%s', (_, c, parts, words) => {
    const { code, message } = refusal(c, parts as AnswerParts);
    expect(code).toBe(ErrorCode.INVALID_ANSWER);
    expect(message).toContain(words);
  });

  it('range bounds are inclusive', () => {
    const bounded = number(Comparator.GTE, 1, { minValue: 0, maxValue: 10 });
    expect(validateAnswer(bounded, { number: 0 })).toEqual({ number: 0 });
    expect(validateAnswer(bounded, { number: 10 })).toEqual({ number: 10 });
  });
});
