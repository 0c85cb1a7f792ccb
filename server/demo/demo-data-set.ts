import type { AnswerType, Authority, Bloc, CommuneKind, Level, TaskAssigner } from '../domain/enums';

/**
 * The national demo data set as plain rows, built deterministically from the facts
 * extracted from the official reports. The loader writes it with set-based SQL.
 */
export interface DemoDataSet {
  provinces: DemoProvince[];
  communes: DemoCommune[];
  campaigns: DemoCampaign[];
  criteria: DemoCriterion[];
  /** Which units meet which criterion; every listed unit has answered every criterion of its bloc. */
  results: DemoResult[];
  /** Earlier answers, before the results: each one is the first version of that answer in the history. */
  pastAnswers: DemoPastAnswer[];
  solutions: DemoSolution[];
  tasks: DemoTask[];
  obstacles: DemoReportItem[];
  recommendations: DemoReportItem[];
}

export interface DemoProvince {
  code: string;
  name: string;
}

export interface DemoCommune {
  provinceCode: string;
  /** Stable key, e.g. "bac-ninh-017". */
  code: string;
  name: string;
  kind: CommuneKind;
  /** True where the reports give no name and one was generated. */
  nameIsGenerated: boolean;
}

export interface DemoCampaign {
  code: string;
  name: string;
  level: Level;
  /** null = the whole nation. */
  provinceCode: string | null;
  asOf: string;
  /** The day the results were answered (08:00 Vietnam time), when before asOf; results replacing a past answer are answered on asOf. */
  answeredOn?: string;
  deadline: string;
  redBelowPercent: number;
}

export interface DemoOption {
  key: string;
  label: string;
}

export interface DemoCriterion {
  campaignCode: string;
  code: string;
  bloc: Bloc;
  level: Level;
  text: string;
  answerType: AnswerType;
  options: DemoOption[];
  passingOptionKeys: string[];
  requiredOptionKeys: string[];
  /** Criteria added only to reach the stated catalog size: their text is not in the reports. */
  isPlaceholder: boolean;
  position: number;
  /** Its own due date, before the campaign's deadline. */
  dueDate?: string;
}

/** One unit's answers in one campaign: the codes of the criteria it meets; the others it answered as unmet. */
export interface DemoResult {
  campaignCode: string;
  bloc: Bloc;
  level: Level;
  provinceCode: string;
  /** null for a province-level unit. */
  communeCode: string | null;
  metCriterionCodes: string[];
  unmetCriterionCodes: string[];
}

/** A unit's answer to one criterion as it stood on an earlier day, replaced by its result since. */
export interface DemoPastAnswer {
  campaignCode: string;
  bloc: Bloc;
  provinceCode: string;
  communeCode: string | null;
  criterionCode: string;
  met: boolean;
  /** YYYY-MM-DD, answered at 08:00 Vietnam time. */
  answeredOn: string;
}

export interface DemoSolution {
  campaignCode: string;
  criterionCode: string;
  /** null = nation-wide. */
  provinceCode: string | null;
  authority: Authority;
  text: string;
}

export interface DemoTask {
  code: string;
  title: string;
  group: string | null;
  groupName: string | null;
  /** Owner as a unit (bloc at a province or commune), or as a named agency. */
  ownerUnit: { bloc: Bloc; provinceCode: string; communeCode: string | null } | null;
  ownerName: string | null;
  assignedBy: TaskAssigner;
  provinceCode: string | null;
  deadline: string | null;
  recurrence: string | null;
  completedOn: string | null;
  startedOn: string | null;
}

export interface DemoReportItem {
  bloc: Bloc;
  provinceCode: string;
  communeCode: string;
  category: string;
  text: string;
  reportedOn: string;
}
