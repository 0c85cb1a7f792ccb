/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Accounts($first: Int!, $after: String) {\n    users(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        username\n        fullName\n        email\n        grants {\n          ...GrantFields\n        }\n      }\n    }\n  }\n": typeof types.AccountsDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query Campaigns {\n    campaigns {\n      id\n      code\n      name\n      level\n      deadline\n      closedOn\n      province {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CampaignsDocument,
    "\n  query Commune($id: ID!) {\n    commune(id: $id) {\n      id\n      name\n      kind\n      province {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CommuneDocument,
    "\n  query CommuneUnits($id: ID!, $campaignId: ID!) {\n    commune(id: $id) {\n      id\n      status(campaignId: $campaignId)\n      units {\n        id\n        bloc\n        name\n        status(campaignId: $campaignId) {\n          status\n          met\n          due\n          total\n        }\n      }\n    }\n  }\n": typeof types.CommuneUnitsDocument,
    "\n  query NationalOverview($campaignId: ID!) {\n    provinces {\n      id\n      code\n      name\n      statusCounts(campaignId: $campaignId) {\n        ...StatusCountsFields\n      }\n    }\n  }\n": typeof types.NationalOverviewDocument,
    "\n  query ProvinceCommunes($filter: CommuneFilter!, $after: String, $first: Int!, $campaignId: ID!) {\n    communes(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        kind\n        status(campaignId: $campaignId)\n        units {\n          id\n          bloc\n          status(campaignId: $campaignId) {\n            status\n            met\n            due\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProvinceCommunesDocument,
    "\n  query ProvinceStatus($id: ID!, $campaignId: ID!) {\n    province(id: $id) {\n      id\n      statusCounts(campaignId: $campaignId) {\n        ...StatusCountsFields\n      }\n    }\n  }\n": typeof types.ProvinceStatusDocument,
    "\n  query Province($id: ID!) {\n    province(id: $id) {\n      id\n      code\n      name\n    }\n  }\n": typeof types.ProvinceDocument,
    "\n  fragment StatusCountsFields on StatusCounts {\n    green\n    yellow\n    red\n    total\n    greenPercent\n  }\n": typeof types.StatusCountsFieldsFragmentDoc,
    "\n  mutation AnswerCriterion($input: AnswerCriterionInput!) {\n    answerCriterion(input: $input) {\n      assessment {\n        ...AssessmentFields\n      }\n      unitStatus {\n        status\n        met\n        due\n        total\n        answered\n      }\n      communeStatus\n    }\n  }\n\n  fragment AssessmentFields on Assessment {\n    id\n    met\n    version\n    answeredAt\n    answeredBy {\n      id\n      fullName\n    }\n    answer {\n      boolean\n      number\n      optionKeys\n    }\n    evidence {\n      documentNumber\n      documentDate\n      link\n      note\n    }\n    criterion {\n      id\n    }\n  }\n": typeof types.AnswerCriterionDocument,
    "\n  query Unit($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      bloc\n      level\n      province {\n        id\n        name\n      }\n      commune {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UnitDocument,
    "\n  query UnitWork($unitId: ID!, $campaignId: ID!, $bloc: Bloc!, $level: Level!, $provinceId: ID!) {\n    unit(id: $unitId) {\n      id\n      status(campaignId: $campaignId) {\n        status\n        met\n        due\n        total\n        answered\n      }\n      commune {\n        id\n        name\n        status(campaignId: $campaignId)\n      }\n      assessments(first: 500, filter: { campaignId: $campaignId }) {\n        nodes {\n          ...AssessmentFields\n        }\n      }\n    }\n    campaign(id: $campaignId) {\n      id\n      criteria(bloc: $bloc, level: $level) {\n        ...CriterionFields\n      }\n    }\n  }\n\n  fragment CriterionFields on Criterion {\n    id\n    code\n    text\n    answerType\n    dueDate\n    position\n    isPlaceholder\n    comparator\n    target\n    minValue\n    maxValue\n    options {\n      key\n      label\n    }\n    passingOptionKeys\n    requiredOptionKeys\n    solutions(provinceId: $provinceId) {\n      id\n      authority\n      text\n      province {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UnitWorkDocument,
    "\n  query Viewer {\n    me {\n      id\n      username\n      fullName\n      grants {\n        ...GrantFields\n      }\n    }\n  }\n\n  fragment GrantFields on RoleGrant {\n    id\n    role\n    bloc\n    province {\n      id\n      name\n    }\n    commune {\n      id\n      name\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query OwnUnit($filter: UnitFilter!) {\n    units(first: 1, filter: $filter) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.OwnUnitDocument,
};
const documents: Documents = {
    "\n  query Accounts($first: Int!, $after: String) {\n    users(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        username\n        fullName\n        email\n        grants {\n          ...GrantFields\n        }\n      }\n    }\n  }\n": types.AccountsDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n    }\n  }\n": types.LoginDocument,
    "\n  query Campaigns {\n    campaigns {\n      id\n      code\n      name\n      level\n      deadline\n      closedOn\n      province {\n        id\n        name\n      }\n    }\n  }\n": types.CampaignsDocument,
    "\n  query Commune($id: ID!) {\n    commune(id: $id) {\n      id\n      name\n      kind\n      province {\n        id\n        name\n      }\n    }\n  }\n": types.CommuneDocument,
    "\n  query CommuneUnits($id: ID!, $campaignId: ID!) {\n    commune(id: $id) {\n      id\n      status(campaignId: $campaignId)\n      units {\n        id\n        bloc\n        name\n        status(campaignId: $campaignId) {\n          status\n          met\n          due\n          total\n        }\n      }\n    }\n  }\n": types.CommuneUnitsDocument,
    "\n  query NationalOverview($campaignId: ID!) {\n    provinces {\n      id\n      code\n      name\n      statusCounts(campaignId: $campaignId) {\n        ...StatusCountsFields\n      }\n    }\n  }\n": types.NationalOverviewDocument,
    "\n  query ProvinceCommunes($filter: CommuneFilter!, $after: String, $first: Int!, $campaignId: ID!) {\n    communes(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        kind\n        status(campaignId: $campaignId)\n        units {\n          id\n          bloc\n          status(campaignId: $campaignId) {\n            status\n            met\n            due\n          }\n        }\n      }\n    }\n  }\n": types.ProvinceCommunesDocument,
    "\n  query ProvinceStatus($id: ID!, $campaignId: ID!) {\n    province(id: $id) {\n      id\n      statusCounts(campaignId: $campaignId) {\n        ...StatusCountsFields\n      }\n    }\n  }\n": types.ProvinceStatusDocument,
    "\n  query Province($id: ID!) {\n    province(id: $id) {\n      id\n      code\n      name\n    }\n  }\n": types.ProvinceDocument,
    "\n  fragment StatusCountsFields on StatusCounts {\n    green\n    yellow\n    red\n    total\n    greenPercent\n  }\n": types.StatusCountsFieldsFragmentDoc,
    "\n  mutation AnswerCriterion($input: AnswerCriterionInput!) {\n    answerCriterion(input: $input) {\n      assessment {\n        ...AssessmentFields\n      }\n      unitStatus {\n        status\n        met\n        due\n        total\n        answered\n      }\n      communeStatus\n    }\n  }\n\n  fragment AssessmentFields on Assessment {\n    id\n    met\n    version\n    answeredAt\n    answeredBy {\n      id\n      fullName\n    }\n    answer {\n      boolean\n      number\n      optionKeys\n    }\n    evidence {\n      documentNumber\n      documentDate\n      link\n      note\n    }\n    criterion {\n      id\n    }\n  }\n": types.AnswerCriterionDocument,
    "\n  query Unit($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      bloc\n      level\n      province {\n        id\n        name\n      }\n      commune {\n        id\n        name\n      }\n    }\n  }\n": types.UnitDocument,
    "\n  query UnitWork($unitId: ID!, $campaignId: ID!, $bloc: Bloc!, $level: Level!, $provinceId: ID!) {\n    unit(id: $unitId) {\n      id\n      status(campaignId: $campaignId) {\n        status\n        met\n        due\n        total\n        answered\n      }\n      commune {\n        id\n        name\n        status(campaignId: $campaignId)\n      }\n      assessments(first: 500, filter: { campaignId: $campaignId }) {\n        nodes {\n          ...AssessmentFields\n        }\n      }\n    }\n    campaign(id: $campaignId) {\n      id\n      criteria(bloc: $bloc, level: $level) {\n        ...CriterionFields\n      }\n    }\n  }\n\n  fragment CriterionFields on Criterion {\n    id\n    code\n    text\n    answerType\n    dueDate\n    position\n    isPlaceholder\n    comparator\n    target\n    minValue\n    maxValue\n    options {\n      key\n      label\n    }\n    passingOptionKeys\n    requiredOptionKeys\n    solutions(provinceId: $provinceId) {\n      id\n      authority\n      text\n      province {\n        id\n        name\n      }\n    }\n  }\n": types.UnitWorkDocument,
    "\n  query Viewer {\n    me {\n      id\n      username\n      fullName\n      grants {\n        ...GrantFields\n      }\n    }\n  }\n\n  fragment GrantFields on RoleGrant {\n    id\n    role\n    bloc\n    province {\n      id\n      name\n    }\n    commune {\n      id\n      name\n    }\n  }\n": types.ViewerDocument,
    "\n  query OwnUnit($filter: UnitFilter!) {\n    units(first: 1, filter: $filter) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.OwnUnitDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Accounts($first: Int!, $after: String) {\n    users(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        username\n        fullName\n        email\n        grants {\n          ...GrantFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Accounts($first: Int!, $after: String) {\n    users(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        username\n        fullName\n        email\n        grants {\n          ...GrantFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Campaigns {\n    campaigns {\n      id\n      code\n      name\n      level\n      deadline\n      closedOn\n      province {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Campaigns {\n    campaigns {\n      id\n      code\n      name\n      level\n      deadline\n      closedOn\n      province {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Commune($id: ID!) {\n    commune(id: $id) {\n      id\n      name\n      kind\n      province {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Commune($id: ID!) {\n    commune(id: $id) {\n      id\n      name\n      kind\n      province {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommuneUnits($id: ID!, $campaignId: ID!) {\n    commune(id: $id) {\n      id\n      status(campaignId: $campaignId)\n      units {\n        id\n        bloc\n        name\n        status(campaignId: $campaignId) {\n          status\n          met\n          due\n          total\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommuneUnits($id: ID!, $campaignId: ID!) {\n    commune(id: $id) {\n      id\n      status(campaignId: $campaignId)\n      units {\n        id\n        bloc\n        name\n        status(campaignId: $campaignId) {\n          status\n          met\n          due\n          total\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NationalOverview($campaignId: ID!) {\n    provinces {\n      id\n      code\n      name\n      statusCounts(campaignId: $campaignId) {\n        ...StatusCountsFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query NationalOverview($campaignId: ID!) {\n    provinces {\n      id\n      code\n      name\n      statusCounts(campaignId: $campaignId) {\n        ...StatusCountsFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvinceCommunes($filter: CommuneFilter!, $after: String, $first: Int!, $campaignId: ID!) {\n    communes(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        kind\n        status(campaignId: $campaignId)\n        units {\n          id\n          bloc\n          status(campaignId: $campaignId) {\n            status\n            met\n            due\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProvinceCommunes($filter: CommuneFilter!, $after: String, $first: Int!, $campaignId: ID!) {\n    communes(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        kind\n        status(campaignId: $campaignId)\n        units {\n          id\n          bloc\n          status(campaignId: $campaignId) {\n            status\n            met\n            due\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvinceStatus($id: ID!, $campaignId: ID!) {\n    province(id: $id) {\n      id\n      statusCounts(campaignId: $campaignId) {\n        ...StatusCountsFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProvinceStatus($id: ID!, $campaignId: ID!) {\n    province(id: $id) {\n      id\n      statusCounts(campaignId: $campaignId) {\n        ...StatusCountsFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Province($id: ID!) {\n    province(id: $id) {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query Province($id: ID!) {\n    province(id: $id) {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StatusCountsFields on StatusCounts {\n    green\n    yellow\n    red\n    total\n    greenPercent\n  }\n"): (typeof documents)["\n  fragment StatusCountsFields on StatusCounts {\n    green\n    yellow\n    red\n    total\n    greenPercent\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerCriterion($input: AnswerCriterionInput!) {\n    answerCriterion(input: $input) {\n      assessment {\n        ...AssessmentFields\n      }\n      unitStatus {\n        status\n        met\n        due\n        total\n        answered\n      }\n      communeStatus\n    }\n  }\n\n  fragment AssessmentFields on Assessment {\n    id\n    met\n    version\n    answeredAt\n    answeredBy {\n      id\n      fullName\n    }\n    answer {\n      boolean\n      number\n      optionKeys\n    }\n    evidence {\n      documentNumber\n      documentDate\n      link\n      note\n    }\n    criterion {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerCriterion($input: AnswerCriterionInput!) {\n    answerCriterion(input: $input) {\n      assessment {\n        ...AssessmentFields\n      }\n      unitStatus {\n        status\n        met\n        due\n        total\n        answered\n      }\n      communeStatus\n    }\n  }\n\n  fragment AssessmentFields on Assessment {\n    id\n    met\n    version\n    answeredAt\n    answeredBy {\n      id\n      fullName\n    }\n    answer {\n      boolean\n      number\n      optionKeys\n    }\n    evidence {\n      documentNumber\n      documentDate\n      link\n      note\n    }\n    criterion {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Unit($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      bloc\n      level\n      province {\n        id\n        name\n      }\n      commune {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Unit($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      bloc\n      level\n      province {\n        id\n        name\n      }\n      commune {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitWork($unitId: ID!, $campaignId: ID!, $bloc: Bloc!, $level: Level!, $provinceId: ID!) {\n    unit(id: $unitId) {\n      id\n      status(campaignId: $campaignId) {\n        status\n        met\n        due\n        total\n        answered\n      }\n      commune {\n        id\n        name\n        status(campaignId: $campaignId)\n      }\n      assessments(first: 500, filter: { campaignId: $campaignId }) {\n        nodes {\n          ...AssessmentFields\n        }\n      }\n    }\n    campaign(id: $campaignId) {\n      id\n      criteria(bloc: $bloc, level: $level) {\n        ...CriterionFields\n      }\n    }\n  }\n\n  fragment CriterionFields on Criterion {\n    id\n    code\n    text\n    answerType\n    dueDate\n    position\n    isPlaceholder\n    comparator\n    target\n    minValue\n    maxValue\n    options {\n      key\n      label\n    }\n    passingOptionKeys\n    requiredOptionKeys\n    solutions(provinceId: $provinceId) {\n      id\n      authority\n      text\n      province {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitWork($unitId: ID!, $campaignId: ID!, $bloc: Bloc!, $level: Level!, $provinceId: ID!) {\n    unit(id: $unitId) {\n      id\n      status(campaignId: $campaignId) {\n        status\n        met\n        due\n        total\n        answered\n      }\n      commune {\n        id\n        name\n        status(campaignId: $campaignId)\n      }\n      assessments(first: 500, filter: { campaignId: $campaignId }) {\n        nodes {\n          ...AssessmentFields\n        }\n      }\n    }\n    campaign(id: $campaignId) {\n      id\n      criteria(bloc: $bloc, level: $level) {\n        ...CriterionFields\n      }\n    }\n  }\n\n  fragment CriterionFields on Criterion {\n    id\n    code\n    text\n    answerType\n    dueDate\n    position\n    isPlaceholder\n    comparator\n    target\n    minValue\n    maxValue\n    options {\n      key\n      label\n    }\n    passingOptionKeys\n    requiredOptionKeys\n    solutions(provinceId: $provinceId) {\n      id\n      authority\n      text\n      province {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      username\n      fullName\n      grants {\n        ...GrantFields\n      }\n    }\n  }\n\n  fragment GrantFields on RoleGrant {\n    id\n    role\n    bloc\n    province {\n      id\n      name\n    }\n    commune {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      username\n      fullName\n      grants {\n        ...GrantFields\n      }\n    }\n  }\n\n  fragment GrantFields on RoleGrant {\n    id\n    role\n    bloc\n    province {\n      id\n      name\n    }\n    commune {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnUnit($filter: UnitFilter!) {\n    units(first: 1, filter: $filter) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query OwnUnit($filter: UnitFilter!) {\n    units(first: 1, filter: $filter) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;