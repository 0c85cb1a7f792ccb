import { encodeCursor } from '../../server/graphql/connection';
import { communeCampaignOf, exportStartIds, type Actors, type Officer } from './actors';
import type { AnswerTargets } from './answer-targets';
import { cycle } from './cycle';
import type { FloorRun } from './floors';
import { SCENARIO, type ScenarioName } from './scenario-names';
import {
  ANSWER,
  CRITERION_TABLE,
  EXPORT_PAGE,
  HEAT_MAP,
  PENDING_WORK,
  PROVINCE_DASHBOARD,
  UNIT_ASSESSMENTS,
} from './queries';

/** One request of a scenario: whose token (none for the peer, which checks none), what body, and what to learn from the answer. */
export interface PlannedRequest {
  token?: string;
  body: string;
  onBody?: (body: string) => void;
}

export interface Scenario {
  name: ScenarioName;
  description: string;
  /** The one operation the scenario sends; none for the mixed one. */
  operation?: string;
  next: () => PlannedRequest;
}

export const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });

function pendingWork(actors: Actors): Scenario {
  const officer = cycle(actors.officers);
  return {
    name: SCENARIO.pendingWork,
    operation: PENDING_WORK,
    description: 'a commune officer reads their unit, status and unmet criteria with solutions',
    next: () => {
      const o = officer();
      return {
        token: o.token,
        body: body(PENDING_WORK, { unitId: o.unitId, campaignId: o.campaignId, provinceId: o.provinceId }),
      };
    },
  };
}

/** An officer's unit with its answers and their criteria, as the product is asked it beside the peer. */
export function unitAssessmentsRequest(officer: Officer): PlannedRequest {
  return { token: officer.token, body: body(UNIT_ASSESSMENTS, { unitId: officer.unitId }) };
}

function unitAssessments(actors: Actors): Scenario {
  const officer = cycle(actors.officers);
  return {
    name: SCENARIO.unitAssessments,
    operation: UNIT_ASSESSMENTS,
    description: 'a commune officer reads their unit with its assessments and their criteria (also asked of the peer)',
    next: () => unitAssessmentsRequest(officer()),
  };
}

function answering(targets: AnswerTargets): Scenario {
  return {
    name: SCENARIO.answering,
    operation: ANSWER,
    description: 'a commune officer answers a BOOLEAN criterion of their unit (met and unmet in turn)',
    next: () => {
      const t = targets.flipNext();
      return {
        token: t.officer.token,
        body: body(ANSWER, { input: { unitId: t.officer.unitId, criterionId: t.criterionId, boolean: t.met } }),
      };
    },
  };
}

function provinceDashboard(actors: Actors): Scenario {
  const overseer = cycle(actors.overseers);
  return {
    name: SCENARIO.provinceDashboard,
    operation: PROVINCE_DASHBOARD,
    description:
      "a province overseer reads status counts, own units' statuses and a page of 50 communes with their units",
    next: () => {
      const { token, provinceId } = overseer();
      const variables = {
        provinceId,
        campaignId: communeCampaignOf(actors.campaigns, provinceId),
        provinceCampaignId: actors.campaigns.phase2Province,
      };
      return { token, body: body(PROVINCE_DASHBOARD, variables) };
    },
  };
}

export function heatMapRequest(actors: Actors): PlannedRequest {
  return { token: actors.nationalToken, body: body(HEAT_MAP, { campaignId: actors.campaigns.oneStop }) };
}

function heatMap(actors: Actors): Scenario {
  return {
    name: SCENARIO.heatMap,
    operation: HEAT_MAP,
    description:
      'the national overseer reads the heat map: 34 provinces with GREEN / YELLOW / RED communes (one-stop campaign; also asked of the peer)',
    next: () => heatMapRequest(actors),
  };
}

function criterionTable(actors: Actors): Scenario {
  return {
    name: SCENARIO.criterionTable,
    operation: CRITERION_TABLE,
    description: 'the national overseer reads met/total per province for every phase-2 commune criterion',
    next: () => ({
      token: actors.nationalToken,
      body: body(CRITERION_TABLE, { campaignId: actors.campaigns.phase2Commune }),
    }),
  };
}

/** The page the API export scenario reads. */
export const EXPORT_PAGE_SIZE = 500;
/** The page the product and the peer are both asked for. */
export const SIDE_BY_SIDE_PAGE_SIZE = 100;

/** A page of assessments after `startId` (from the first when 0), as the API client pages. */
export function assessmentPageRequest(actors: Actors, startId: number): PlannedRequest {
  return {
    token: actors.apiToken,
    body: body(EXPORT_PAGE, { first: SIDE_BY_SIDE_PAGE_SIZE, after: startId ? encodeCursor(startId) : null }),
  };
}

function assessmentPage(actors: Actors): Scenario {
  const start = cycle(exportStartIds(actors));
  return {
    name: SCENARIO.assessmentPage,
    operation: EXPORT_PAGE,
    description: `an API client reads a page of ${SIDE_BY_SIDE_PAGE_SIZE} assessments with criterion and unit, at spread-out cursors (also asked of the peer)`,
    next: () => assessmentPageRequest(actors, start()),
  };
}

function apiExport(actors: Actors): Scenario {
  const start = cycle(exportStartIds(actors));
  const fresh = () => {
    const id = start();
    return id ? encodeCursor(id) : null;
  };
  /** Cursors of export chains between two pages; a chain is picked up by the next free request. */
  const idle: (string | null)[] = [];
  return {
    name: SCENARIO.apiExport,
    operation: EXPORT_PAGE,
    description: 'an API client pages through all assessments, 500 a page, by cursor',
    next: () => {
      const after = idle.length ? (idle.shift() as string | null) : fresh();
      return {
        token: actors.apiToken,
        body: body(EXPORT_PAGE, { first: EXPORT_PAGE_SIZE, after }),
        onBody: (text) => {
          const { pageInfo } = (
            JSON.parse(text) as {
              data: { assessments: { pageInfo: { endCursor: string | null; hasNextPage: boolean } } };
            }
          ).data.assessments;
          idle.push(pageInfo.hasNextPage ? pageInfo.endCursor : null);
        },
      };
    },
  };
}

/**
 * Deadline-day proportions, per thousand requests: officers reading and answering dominate;
 * overseers refresh dashboards; the national views and exports are few.
 */
const MIX: Partial<Record<ScenarioName, number>> = {
  [SCENARIO.pendingWork]: 600,
  [SCENARIO.answering]: 200,
  [SCENARIO.provinceDashboard]: 130,
  [SCENARIO.heatMap]: 50,
  [SCENARIO.criterionTable]: 5,
  [SCENARIO.apiExport]: 15,
};

/** A fixed, evenly shuffled deck of scenario names with the mix's proportions, dealt in turn. */
function mixDeck(): ScenarioName[] {
  const deck = (Object.entries(MIX) as [ScenarioName, number][]).flatMap(([name, count]) =>
    Array<ScenarioName>(count).fill(name),
  );
  let seed = 57;
  for (let i = deck.length - 1; i > 0; i--) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    const j = seed % (i + 1);
    [deck[i], deck[j]] = [deck[j], deck[i]];
  }
  return deck;
}

function mixed(parts: Scenario[]): Scenario {
  const byName = new Map(parts.map((s) => [s.name, s]));
  const deal = cycle(mixDeck());
  return {
    name: SCENARIO.mixed,
    description: `all of the above in deadline-day proportions (‰): ${Object.entries(MIX)
      .map(([n, w]) => `${n} ${w}`)
      .join(', ')}`,
    next: () => byName.get(deal())!.next(),
  };
}

export interface ScenarioWithFloor {
  scenario: Scenario;
  floor?: FloorRun;
  /** The mixed scenario saturates the server; the others measure latency at low concurrency. */
  saturating: boolean;
}

/** The scenarios in running order: reads first, then writes, then the mix. */
export function buildScenarios(
  actors: Actors,
  targets: AnswerTargets,
  floors: Record<Exclude<ScenarioName, 'mixed'>, FloorRun>,
): ScenarioWithFloor[] {
  const single = [
    pendingWork(actors),
    unitAssessments(actors),
    provinceDashboard(actors),
    heatMap(actors),
    criterionTable(actors),
    apiExport(actors),
    assessmentPage(actors),
    answering(targets),
  ];
  return [
    ...single.map((scenario) => ({
      scenario,
      floor: floors[scenario.name as Exclude<ScenarioName, 'mixed'>],
      saturating: false,
    })),
    { scenario: mixed(single), saturating: true },
  ];
}
