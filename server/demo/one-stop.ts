import { AnswerType, Bloc, Level } from '../domain/enums';
import { binaryMatrix, evenRowSums, type SumRange } from './binary-matrix';
import { unitResult } from './catalog';
import type { CommuneDirectory } from './communes';
import type { DemoCampaign, DemoCriterion, DemoResult } from './demo-data-set';
import { createRng } from './prng';
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
  deadline: REPORT_003_DATE,
  redBelowPercent: 75,
};

/** Row-sum ranges of the province's communes: GREEN all met, RED under the campaign's cut, else YELLOW. */
function statusRanges(province: ProvinceFact, conditionCount: number): SumRange[] {
  const fewestNotRed = Math.ceil((conditionCount * ONE_STOP_CAMPAIGN.redBelowPercent) / 100);
  const range = (min: number, max: number, count: number): SumRange[] => Array.from({ length: count }, () => ({ min, max }));
  return [
    ...range(conditionCount, conditionCount, province.green),
    ...range(fewestNotRed, conditionCount - 1, province.yellow),
    ...range(0, fewestNotRed - 1, province.red),
  ];
}

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

export function buildOneStop(directory: CommuneDirectory) {
  const oneStopCriteria = criteria();
  const codes = oneStopCriteria.map((c) => c.code);
  const results = facts.provinces.flatMap((province) => provinceResults(province, directory, codes));
  return { campaign: ONE_STOP_CAMPAIGN, criteria: oneStopCriteria, results };
}
