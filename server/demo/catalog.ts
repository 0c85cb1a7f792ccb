import { AnswerType, Bloc, Level } from '../domain/enums';
import type { DemoCriterion, DemoOption, DemoResult } from './demo-data-set';
import { type CriterionFact, parseAnswerType, parseBloc, parseLevel } from './sources';

/** Output order of the blocs everywhere in the data set. */
export const BLOCS: readonly Bloc[] = Object.values(Bloc);

/** The short bloc names of the criterion ids in criteria.json ("XA-DU-01"). */
const CODE_PREFIX: Readonly<Record<Bloc, string>> = {
  [Bloc.PARTY]: 'DU',
  [Bloc.PEOPLES_COUNCIL]: 'HDND',
  [Bloc.PEOPLES_COMMITTEE]: 'UBND',
  [Bloc.FATHERLAND_FRONT]: 'MTTQ',
};

const LEVEL_PREFIX: Readonly<Record<Level, string>> = { [Level.COMMUNE]: 'XA', [Level.PROVINCE]: 'TINH' };

const PLACEHOLDER_TEXT: Readonly<Record<Level, string>> = {
  [Level.COMMUNE]: 'Tiêu chí chưa trích xuất từ báo cáo (giữ chỗ)',
  [Level.PROVINCE]: 'Tiêu chí cấp tỉnh chưa trích xuất từ báo cáo (giữ chỗ)',
};

const optionKey = (index: number): string => String.fromCharCode('A'.charCodeAt(0) + index);

function optionKeys(
  options: readonly DemoOption[],
  labels: readonly string[] | undefined,
  criterionId: string,
): string[] {
  return (labels ?? []).map((label) => {
    const option = options.find((o) => o.label === label);
    if (!option) throw new Error(`${criterionId}: "${label}" is not one of its options`);
    return option.key;
  });
}

function knownCriterion(campaignCode: string, fact: CriterionFact, position: number): DemoCriterion {
  const options = (fact.options ?? []).map((label, index) => ({ key: optionKey(index), label }));
  return {
    campaignCode,
    code: fact.id,
    bloc: parseBloc(fact.bloc),
    level: parseLevel(fact.level),
    text: fact.text,
    answerType: parseAnswerType(fact.answerType),
    options,
    passingOptionKeys: optionKeys(options, fact.passingOptions, fact.id),
    requiredOptionKeys: optionKeys(options, fact.requiredOptions, fact.id),
    isPlaceholder: false,
    position,
  };
}

function placeholderCriterion(campaignCode: string, bloc: Bloc, level: Level, position: number): DemoCriterion {
  return {
    campaignCode,
    code: `${LEVEL_PREFIX[level]}-${CODE_PREFIX[bloc]}-P${String(position).padStart(2, '0')}`,
    bloc,
    level,
    text: `${PLACEHOLDER_TEXT[level]} số ${position}`,
    answerType: AnswerType.BOOLEAN,
    options: [],
    passingOptionKeys: [],
    requiredOptionKeys: [],
    isPlaceholder: true,
    position,
  };
}

/**
 * One bloc's criteria in a campaign: the known ones in report order, then placeholders up to
 * the size the reports state. Known criteria beyond that size are kept: the report listing
 * them is the better evidence for its own date.
 */
export function blocCatalog(
  campaignCode: string,
  bloc: Bloc,
  level: Level,
  known: readonly CriterionFact[],
  statedTotal: number,
): DemoCriterion[] {
  const criteria = known.map((fact, index) => knownCriterion(campaignCode, fact, index + 1));
  for (let position = criteria.length + 1; position <= statedTotal; position++) {
    criteria.push(placeholderCriterion(campaignCode, bloc, level, position));
  }
  return criteria;
}

export interface UnitKey {
  campaignCode: string;
  bloc: Bloc;
  level: Level;
  provinceCode: string;
  communeCode: string | null;
}

/** A unit's answers: every criterion of its bloc, split by whether the unit meets it. */
export function unitResult(
  unit: UnitKey,
  criterionCodes: readonly string[],
  meets: (code: string, index: number) => boolean,
): DemoResult {
  const met: string[] = [];
  const unmet: string[] = [];
  criterionCodes.forEach((code, index) => (meets(code, index) ? met : unmet).push(code));
  return { ...unit, metCriterionCodes: met, unmetCriterionCodes: unmet };
}
