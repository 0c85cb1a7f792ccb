import type { Product } from './product-process';

export interface AnswerTargets {
  unitId: string;
  /** BOOLEAN criteria of open campaigns that the unit answers. */
  criterionIds: string[];
}

/** What Xã Lâm Thao's Party bloc officer may answer again and again: the unit and its yes/no criteria of open campaigns. */
export async function lamThaoPartyTargets(product: Product, token: string): Promise<AnswerTargets> {
  const units = await product.graphql(
    `{ communes(first: 1, filter: { search: "lam thao" }) { nodes { units { id bloc
       assessments(first: 50) { nodes { criterion { id answerType campaign { closedOn } } } } } } } }`,
    {},
    token,
  );
  const party = units.data.communes.nodes[0].units.find((u: { bloc: string }) => u.bloc === 'PARTY');
  const criterionIds = party.assessments.nodes
    .filter(
      (a: { criterion: { answerType: string; campaign: { closedOn: string | null } } }) =>
        a.criterion.answerType === 'BOOLEAN' && !a.criterion.campaign.closedOn,
    )
    .map((a: { criterion: { id: string } }) => a.criterion.id);
  return { unitId: party.id, criterionIds };
}

export const ANSWER =
  'mutation ($u: ID!, $c: ID!, $b: Boolean!) { answerCriterion(input: { unitId: $u, criterionId: $c, boolean: $b }) { assessment { id version } } }';

/** Sends one answer; the assessment's id and new version when the server acknowledged it. */
export async function answer(
  product: Product,
  token: string,
  targets: AnswerTargets,
  i: number,
): Promise<{ id: string; version: number } | undefined> {
  const result = await product.graphql(
    ANSWER,
    { u: targets.unitId, c: targets.criterionIds[i % targets.criterionIds.length], b: i % 2 === 0 },
    token,
  );
  return result.data?.answerCriterion?.assessment;
}
