import { AnswerType, Authority, Bloc, Level, TaskAssigner } from '../domain/enums';
import bacNinhJson from './sources/bac-ninh-2026-01.json';
import criteriaJson from './sources/criteria.json';
import nationalStatsJson from './sources/criteria-national-stats.json';
import reportItemsJson from './sources/obstacles-recommendations.json';
import oneStopJson from './sources/one-stop-readiness.json';
import planTasksJson from './sources/plan-tasks.json';
import provincesJson from './sources/provinces.json';

/** The facts extracted from the reports (see /work/shared/data/README.md), as imported JSON. */
export const facts = {
  provinces: provincesJson.provinces,
  oneStop: oneStopJson,
  criteria: criteriaJson,
  nationalStats: nationalStatsJson.criteria,
  bacNinh: bacNinhJson,
  planTasks: planTasksJson,
  reportItems: reportItemsJson,
};

export type ProvinceFact = (typeof facts.provinces)[number];
export type CriterionFact = (typeof facts.criteria.criteria)[number];
export type NationalStatFact = (typeof facts.nationalStats)[number];

/** Date of report 003, the national snapshot every 2025 campaign reproduces. */
export const REPORT_003_DATE = provincesJson.asOf;

/** The JSON carries enum values as plain strings; reject anything the enums do not know. */
function parseEnum<E extends string>(values: Record<string, E>, value: string, what: string): E {
  const found = Object.values(values).find((v) => v === value);
  if (found === undefined) throw new Error(`Unknown ${what} "${value}" in the demo sources`);
  return found;
}

export const parseBloc = (value: string): Bloc => parseEnum(Bloc, value, 'bloc');
export const parseLevel = (value: string): Level => parseEnum(Level, value, 'level');
export const parseAnswerType = (value: string): AnswerType => parseEnum(AnswerType, value, 'answer type');
export const parseAuthority = (value: string): Authority => parseEnum(Authority, value, 'authority');
export const parseAssigner = (value: string): TaskAssigner => parseEnum(TaskAssigner, value, 'task assigner');

/** A report's percentage: two decimals, half away from zero. */
function roundPercent(part: number, whole: number): number {
  return Math.round((10000 * part) / whole) / 100;
}

/**
 * The count out of `whole` whose rounded percentage is the reported one. Unique whenever
 * whole < 10,000, which holds for every denominator in the reports.
 */
export function countForPercent(percent: number, whole: number): number {
  const guess = Math.round((percent * whole) / 100);
  const count = [guess, guess - 1, guess + 1].find((c) => c >= 0 && c <= whole && roundPercent(c, whole) === percent);
  if (count === undefined) throw new Error(`No count out of ${whole} rounds to ${percent} %`);
  return count;
}
