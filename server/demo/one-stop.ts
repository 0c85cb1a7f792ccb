import { AnswerType, Bloc, Level } from '../domain/enums';
import { binaryMatrix, evenRowSums, type SumRange } from './binary-matrix';
import { unitResult } from './catalog';
import type { CommuneDirectory } from './communes';
import { previousDay } from '../domain/dates';
import { percent } from '../domain/percent';
import type { DemoCampaign, DemoCriterion, DemoPastAnswer, DemoResult } from './demo-data-set';
import { createRng } from '../domain/prng';
import { countForPercent, facts, type ProvinceFact, REPORT_003_DATE } from './sources';

/**
 * Report 003 ties the heat-map colour to these conditions (GREEN = all met) but does not state
 * where YELLOW ends. "Under 50 % met" cannot reproduce its figures: in six provinces the red
 * communes would have to meet more conditions than that allows (Cần Thơ's 14 red communes
 * must meet at least 103 between them, 7 each allows 98). Every cut between 65 % and 80 % fits
 * all 34 provinces; 75 % is the round one in the middle.
 */
export const ONE_STOP_CAMPAIGN: DemoCampaign = {
  code: 'one-stop-2025-09',
  name: 'Điều kiện cơ bản vận hành Trung tâm Phục vụ hành chính công cấp xã',
  level: Level.COMMUNE,
  provinceCode: null,
  asOf: REPORT_003_DATE,
  answeredOn: previousDay(REPORT_003_DATE),
  deadline: REPORT_003_DATE,
  redBelowPercent: 75,
};

/** Row-sum ranges of the province's communes: GREEN all met, RED under the campaign's cut, else YELLOW. */
function statusRanges(province: ProvinceFact, conditionCount: number): SumRange[] {
  const fewestNotRed = Math.ceil((conditionCount * ONE_STOP_CAMPAIGN.redBelowPercent) / 100);
  const range = (min: number, max: number, count: number): SumRange[] =>
    Array.from({ length: count }, () => ({ min, max }));
  return [
    ...range(conditionCount, conditionCount, province.green),
    ...range(fewestNotRed, conditionCount - 1, province.yellow),
    ...range(0, fewestNotRed - 1, province.red),
  ];
}

/**
 * The conditions applied from 1/7/2025, when the two-level local government and its commune
 * service centres began; the report of 22/9 checks them. Due before the report's day, so the
 * day before it is judged on the same conditions (the change column of Phụ lục 4).
 */
const CONDITIONS_DUE = '2025-07-01';

function criteria(): DemoCriterion[] {
  return facts.oneStop.conditions.map((text, index) => ({
    campaignCode: ONE_STOP_CAMPAIGN.code,
    code: `DK-${String(index + 1).padStart(2, '0')}`,
    bloc: Bloc.PEOPLES_COMMITTEE,
    level: Level.COMMUNE,
    text,
    answerType: AnswerType.BOOLEAN,
    options: [],
    passingOptionKeys: [],
    requiredOptionKeys: [],
    isPlaceholder: false,
    position: index + 1,
    dueDate: CONDITIONS_DUE,
  }));
}

/** Communes meeting each condition, from the reported share of the province's communes. */
function conditionCounts(province: ProvinceFact): number[] {
  const reported = facts.oneStop.provinces.find((p) => p.code === province.code);
  if (!reported) throw new Error(`No one-stop readiness figures for ${province.code}`);
  const percents: Record<string, number> = reported.percentMeeting;
  return facts.oneStop.conditions.map((condition) => countForPercent(percents[condition], province.communeCount));
}

function provinceResults(province: ProvinceFact, directory: CommuneDirectory, codes: readonly string[]): DemoResult[] {
  const rng = createRng(`one-stop:${province.code}`);
  const columnSums = conditionCounts(province);
  const total = columnSums.reduce((a, b) => a + b, 0);
  const matrix = binaryMatrix(evenRowSums(statusRanges(province, codes.length), total, rng), columnSums);
  const communes = directory.byProvince.get(province.code) ?? [];
  const rows = communes.map((_, row) => row);
  // Bắc Ninh is all green, and its communes read best in report order.
  const rowOfCommune = province.code === facts.bacNinh.provinceCode ? rows : rng.shuffle(rows);
  return communes.map((commune, index) =>
    unitResult(
      {
        campaignCode: ONE_STOP_CAMPAIGN.code,
        bloc: Bloc.PEOPLES_COMMITTEE,
        level: Level.COMMUNE,
        provinceCode: province.code,
        communeCode: commune.code,
      },
      codes,
      (_, column) => matrix[rowOfCommune[index]][column],
    ),
  );
}

/**
 * How many communes turned GREEN overnight (negative: stopped being GREEN) for the % green to
 * move by the reported change; the smallest such number, as the report's figure is rounded.
 */
function turnedGreenOvernight(province: ProvinceFact): number {
  const today = percent(province.green, province.communeCount);
  for (let size = 0; size <= province.communeCount; size++) {
    for (const k of size ? [size, -size] : [0]) {
      const yesterday = province.green - k;
      if (yesterday < 0 || yesterday > province.communeCount) continue;
      if (Math.round((today - percent(yesterday, province.communeCount)) * 100) / 100 === province.greenChangePercent)
        return k;
    }
  }
  throw new Error(`${province.code}: no count of communes gives a change of ${province.greenChangePercent}`);
}

/**
 * The day before the report (Phụ lục 4's last column): communes that turned GREEN had one
 * condition unmet the day before; communes that stopped being GREEN (those closest to it)
 * had met every condition they now miss.
 */
function previousDayAnswers(province: ProvinceFact, results: readonly DemoResult[]): DemoPastAnswer[] {
  const turned = turnedGreenOvernight(province);
  if (turned === 0) return [];
  const rows = results.filter((r) => r.provinceCode === province.code);
  const chosen =
    turned > 0
      ? createRng(`one-stop-previous-day:${province.code}`)
          .shuffle(rows.filter((r) => r.unmetCriterionCodes.length === 0))
          .slice(0, turned)
      : [...rows.filter((r) => r.unmetCriterionCodes.length > 0)]
          .sort((a, b) => a.unmetCriterionCodes.length - b.unmetCriterionCodes.length)
          .slice(0, -turned);
  return chosen.flatMap((r) =>
    (turned > 0 ? r.metCriterionCodes.slice(0, 1) : r.unmetCriterionCodes).map((criterionCode) => ({
      campaignCode: r.campaignCode,
      bloc: r.bloc,
      provinceCode: r.provinceCode,
      communeCode: r.communeCode,
      criterionCode,
      met: turned < 0,
      answeredOn: ONE_STOP_CAMPAIGN.answeredOn!,
    })),
  );
}

export function buildOneStop(directory: CommuneDirectory) {
  const oneStopCriteria = criteria();
  const codes = oneStopCriteria.map((c) => c.code);
  const results = facts.provinces.flatMap((province) => provinceResults(province, directory, codes));
  const pastAnswers = facts.provinces.flatMap((province) => previousDayAnswers(province, results));
  return { campaign: ONE_STOP_CAMPAIGN, criteria: oneStopCriteria, results, pastAnswers };
}
