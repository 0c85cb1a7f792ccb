/**
 * The operations each role's screen sends, as a client would write them. Every list that
 * meets a relation is in here on purpose: the SQL statements per request show whether the
 * server batches them or pays one query per row.
 */
export const PENDING_WORK = `
query PendingWork($unitId: ID!, $campaignId: ID!, $provinceId: ID!) {
  unit(id: $unitId) {
    id name bloc
    status(campaignId: $campaignId) { status due met answered total }
    commune { id name status(campaignId: $campaignId) }
    assessments(first: 100, filter: { campaignId: $campaignId, met: false }) {
      totalCount
      nodes {
        id version answeredAt
        criterion { id code text dueDate solutions(provinceId: $provinceId) { authority text } }
      }
    }
  }
}`;

export const ANSWER = `
mutation Answer($input: AnswerCriterionInput!) {
  answerCriterion(input: $input) {
    assessment { id version met }
    unitStatus { status due met answered total }
    communeStatus
  }
}`;

/** The question asked of the product and of the peer side by side: one unit's answers with their criteria. */
export const UNIT_ASSESSMENTS = `
query UnitAssessments($unitId: ID!) {
  unit(id: $unitId) {
    id name
    assessments(first: 100) {
      totalCount
      nodes { id version met answeredAt criterion { id code text } }
    }
  }
}`;

export const PROVINCE_DASHBOARD = `
query ProvinceDashboard($provinceId: ID!, $campaignId: ID!, $provinceCampaignId: ID!) {
  province(id: $provinceId) {
    id name
    statusCounts(campaignId: $campaignId) { green yellow red total greenPercent }
    units { id bloc name status(campaignId: $provinceCampaignId) { status due met } }
    communes(first: 50) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes {
        id name status(campaignId: $campaignId)
        units { id bloc status(campaignId: $campaignId) { status due met } }
      }
    }
  }
}`;

export const HEAT_MAP = `
query HeatMap($campaignId: ID!) {
  provinces { id code name statusCounts(campaignId: $campaignId) { green yellow red total greenPercent } }
}`;

export const CRITERION_TABLE = `
query CriterionTable($campaignId: ID!) {
  criteria(campaignId: $campaignId) {
    id code text bloc
    provinceResults { province { name } met total ratePercent }
  }
}`;

export const EXPORT_PAGE = `
query ExportPage($first: Int!, $after: String) {
  assessments(first: $first, after: $after) {
    pageInfo { endCursor hasNextPage }
    nodes {
      id version met answeredAt
      answer { boolean optionKeys number }
      unit { id }
      criterion { id code }
    }
  }
}`;
