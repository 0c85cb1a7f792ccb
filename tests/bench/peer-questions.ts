import { isDeepStrictEqual } from 'node:util';
import { exportStartIds, type Actors } from './actors';
import { cycle } from './cycle';
import { send } from './load';
import { SCENARIO, type ScenarioName } from './scenario-names';
import {
  assessmentPageRequest,
  body,
  heatMapRequest,
  SIDE_BY_SIDE_PAGE_SIZE,
  unitAssessmentsRequest,
  type PlannedRequest,
} from './scenarios';

/**
 * The three questions asked of the product and of the peer (PostGraphile over the same
 * database, as its superuser): the same data, each side in its own API's words. The peer's
 * sends no token, since it checks none.
 */
export interface PeerQuestion {
  /** The product's scenario this question is timed right after. */
  scenario: ScenarioName;
  /** The next pair of requests, asking both the same thing. */
  next(): { product: PlannedRequest; peer: PlannedRequest };
  /** Each side's answer reduced to the ids and figures that must agree, in one shape and order. */
  productAnswer(data: any): unknown;
  peerAnswer(data: any): unknown;
}

const PEER_UNIT_ASSESSMENTS = `
query UnitAssessments($unitId: Int!) {
  unitById(id: $unitId) {
    id name
    visibleAssessmentsByUnitId(first: 100, orderBy: PRIMARY_KEY_ASC) {
      totalCount
      nodes { id version met answeredAt criterionByCriterionId { id code text } }
    }
  }
}`;

const PEER_ASSESSMENT_PAGE = `
query AssessmentPage($first: Int!, $after: Cursor) {
  allVisibleAssessments(first: $first, after: $after, orderBy: PRIMARY_KEY_ASC) {
    pageInfo { endCursor hasNextPage }
    nodes {
      id version met answeredAt answerBoolean answerOptionKeys answerNumber
      unitByUnitId { id }
      criterionByCriterionId { id code }
    }
  }
}`;

const PEER_HEAT_MAP = `
query HeatMap($campaignId: Int!, $asOf: Date!) {
  heatMap(campaignId: $campaignId, asOf: $asOf) { nodes { provinceId code name green yellow red total greenPercent } }
}`;

/** PostGraphile's cursor of a row in primary-key order, as its own pages hand it out. */
const peerCursor = (id: number) => Buffer.from(JSON.stringify(['primary_key_asc', [id]])).toString('base64');

const instant = (value: string) => new Date(value).toISOString();
const byId = <T extends { id: number }>(rows: T[]) => [...rows].sort((a, b) => a.id - b.id);

interface ShownAssessment {
  id: string | number;
  version: number;
  met: boolean;
  answeredAt: string;
}

const assessmentFigures = (a: ShownAssessment) => ({
  id: Number(a.id),
  version: a.version,
  met: a.met,
  answeredAt: instant(a.answeredAt),
});

function unitAssessments(actors: Actors): PeerQuestion {
  const officer = cycle(actors.officers);
  const unitAnswer = (
    unit: { id: string | number; name: string },
    list: { totalCount: number; nodes: (ShownAssessment & Record<string, any>)[] },
    criterionOf: (node: Record<string, any>) => { id: string | number; code: string; text: string },
  ) => ({
    id: Number(unit.id),
    name: unit.name,
    totalCount: list.totalCount,
    nodes: byId(
      list.nodes.map((node) => {
        const criterion = criterionOf(node);
        return {
          ...assessmentFigures(node),
          criterion: { id: Number(criterion.id), code: criterion.code, text: criterion.text },
        };
      }),
    ),
  });
  return {
    scenario: SCENARIO.unitAssessments,
    next: () => {
      const o = officer();
      return {
        product: unitAssessmentsRequest(o),
        peer: { body: body(PEER_UNIT_ASSESSMENTS, { unitId: o.unitId }) },
      };
    },
    productAnswer: ({ unit }) => unitAnswer(unit, unit.assessments, (node) => node.criterion),
    peerAnswer: ({ unitById }) =>
      unitAnswer(unitById, unitById.visibleAssessmentsByUnitId, (node) => node.criterionByCriterionId),
  };
}

function assessmentPage(actors: Actors): PeerQuestion {
  const start = cycle(exportStartIds(actors));
  return {
    scenario: SCENARIO.assessmentPage,
    next: () => {
      const startId = start();
      return {
        product: assessmentPageRequest(actors, startId),
        peer: {
          body: body(PEER_ASSESSMENT_PAGE, {
            first: SIDE_BY_SIDE_PAGE_SIZE,
            after: startId ? peerCursor(startId) : null,
          }),
        },
      };
    },
    productAnswer: ({ assessments }) => ({
      hasNextPage: assessments.pageInfo.hasNextPage,
      nodes: byId(
        assessments.nodes.map((a: any) => ({
          ...assessmentFigures(a),
          answer: { boolean: a.answer.boolean, optionKeys: a.answer.optionKeys, number: a.answer.number },
          unitId: Number(a.unit.id),
          criterion: { id: Number(a.criterion.id), code: a.criterion.code },
        })),
      ),
    }),
    peerAnswer: ({ allVisibleAssessments: page }) => ({
      hasNextPage: page.pageInfo.hasNextPage,
      nodes: byId(
        page.nodes.map((a: any) => ({
          ...assessmentFigures(a),
          answer: { boolean: a.answerBoolean, optionKeys: a.answerOptionKeys, number: a.answerNumber },
          unitId: a.unitByUnitId.id,
          criterion: { id: a.criterionByCriterionId.id, code: a.criterionByCriterionId.code },
        })),
      ),
    }),
  };
}

function heatMap(actors: Actors, asOf: string): PeerQuestion {
  type Counts = { green: number; yellow: number; red: number; total: number; greenPercent: number };
  const figures = (id: string | number, code: string, name: string, c: Counts) => ({
    id: Number(id),
    code,
    name,
    green: c.green,
    yellow: c.yellow,
    red: c.red,
    total: c.total,
    greenPercent: c.greenPercent,
  });
  return {
    scenario: SCENARIO.heatMap,
    next: () => ({
      product: heatMapRequest(actors),
      peer: { body: body(PEER_HEAT_MAP, { campaignId: actors.campaigns.oneStop, asOf }) },
    }),
    productAnswer: ({ provinces }) => byId(provinces.map((p: any) => figures(p.id, p.code, p.name, p.statusCounts))),
    peerAnswer: ({ heatMap: rows }) => byId(rows.nodes.map((p: any) => figures(p.provinceId, p.code, p.name, p))),
  };
}

/** `asOf`: today in Vietnam, the day the product's statuses default to. */
export function peerQuestions(actors: Actors, asOf: string): PeerQuestion[] {
  return [unitAssessments(actors), assessmentPage(actors), heatMap(actors, asOf)];
}

/** Pairs of requests compared per question: enough to cover several units and pages. */
const COMPARED_PAIRS = 8;

async function answerOf(url: string, planned: PlannedRequest, reduce: (data: any) => unknown): Promise<unknown> {
  const { status, body: text } = await send(url, planned);
  const parsed = JSON.parse(text) as { data?: unknown; errors?: unknown };
  if (status !== 200 || parsed.errors || !parsed.data) throw new Error(`HTTP ${status}: ${text.slice(0, 500)}`);
  return reduce(parsed.data);
}

/**
 * Asks both sides the same few questions before any timing and says where they differ:
 * a faster answer that says something else would measure nothing. Empty when all agree.
 */
export async function compareAnswers(
  question: PeerQuestion,
  productUrl: string,
  peerUrl: string,
): Promise<string | undefined> {
  for (let i = 0; i < COMPARED_PAIRS; i++) {
    const pair = question.next();
    try {
      const product = await answerOf(productUrl, pair.product, question.productAnswer);
      const peer = await answerOf(peerUrl, pair.peer, question.peerAnswer);
      if (!isDeepStrictEqual(product, peer))
        return `answers differ for ${pair.product.body}:\n      product ${JSON.stringify(product).slice(0, 600)}\n      peer    ${JSON.stringify(peer).slice(0, 600)}`;
    } catch (error) {
      return `a request failed for ${pair.product.body}: ${(error as Error).message}`;
    }
  }
  return undefined;
}
