import { AbilityBuilder, createMongoAbility, type MongoAbility, type MongoQuery } from '@casl/ability';
import { CampaignState, Level, Role } from '../domain/enums';
import { ReviewerKind, SubmissionStatus } from '../report/report.enums';
import { BoundedMap } from './bounded-map';
import type { Viewer } from './viewer';

/**
 * The one place that decides who may do what. Abilities are built per request from the
 * account's role grants; their conditions use dotted paths over entity relations, which CASL
 * checks on objects and `access.ts` turns into database filters, so lists, counts, aggregates
 * and DataLoaders read only permitted rows.
 */
export type Action =
  | 'read'
  | 'answer'
  | 'verify'
  | 'manage'
  | 'create'
  | 'revoke'
  /** Reports: edit a draft, submit it, review (accept, return, reopen) it; follow recommendations up. */
  | 'write'
  | 'submit'
  | 'review'
  | 'follow'
  /**
   * Tasks: the owner unit's people report progress, result, evidence and dates (reportTaskProgress).
   * Overseers, who `manage` a task, may too (CASL's manage covers every action): for a task owned
   * by an agency without accounts (a ministry), they are the ones who record what it reported.
   */
  | 'report';
export type SubjectName =
  | 'Province'
  | 'Commune'
  | 'CommuneStatus'
  | 'Unit'
  | 'Campaign'
  | 'Criterion'
  | 'Assessment'
  | 'AssessmentHistory'
  | 'Solution'
  | 'Task'
  | 'Obstacle'
  | 'Recommendation'
  | 'User'
  | 'RoleGrant'
  | 'ApiToken'
  | 'AuditEntry'
  | 'ReportTemplate'
  | 'ReportSchedule'
  | 'ReportingRound'
  | 'ReportSubmission'
  | 'Notification';
export type AppAbility = MongoAbility<[Action, SubjectName | object]>;

/**
 * Evidence notes and who answered or changed an answer are readable only within the unit's
 * own province; readers from outside (the nation, national API clients) get the other fields.
 */
const OUTSIDE_ASSESSMENT_FIELDS = [
  'id',
  'unit',
  'criterion',
  'answer',
  'met',
  'evidence.documentNumber',
  'evidence.documentDate',
  'evidence.link',
  'answeredAt',
  'version',
  'criterionVersion',
  'history',
  'verification.status',
  'verification.at',
  'verification.reason',
];
const OUTSIDE_HISTORY_FIELDS = [
  'id',
  'assessment',
  'version',
  'answer',
  'met',
  'evidence.documentNumber',
  'evidence.documentDate',
  'evidence.link',
  'changedAt',
  'kind',
  'criterionVersion',
  'verification.status',
  'verification.at',
  'verification.reason',
];
/** Changes to accounts, grants, tokens and sign-ins concern administrators, not the overseers' monitoring. */
const ACCOUNT_OBJECT_TYPES = ['User', 'RoleGrant', 'ApiToken', 'Session'];
const MONITORING_CHANGES = { objectType: { $nin: ACCOUNT_OBJECT_TYPES } };
/** An audit entry without who made it (username, token): readers outside the province may not learn who answered. */
const AUDIT_FIELDS_WITHOUT_ACTOR = ['id', 'at', 'action', 'objectType', 'objectId', 'changes'];
/** Account fields anyone may read of their own account; e-mails are for administrators. */
const OWN_ACCOUNT_FIELDS = ['id', 'username', 'fullName', 'grants', 'mustChangePassword'];

/**
 * Units and their readers see a campaign once it is published; its authors see their drafts
 * too, since `manage` covers every action in CASL, reading included.
 */
const PUBLISHED: Conditions = { state: CampaignState.PUBLISHED };

/** Where a grant reaches: a province, one commune of it, and/or one bloc. Empty = the nation. */
interface Reach {
  province?: number;
  commune?: number;
  bloc?: string;
}

type Can = AbilityBuilder<AppAbility>['can'];
type Conditions = MongoQuery;

function unitConditions(reach: Reach, prefix = ''): Conditions {
  return {
    ...(reach.province ? { [`${prefix}province.id`]: reach.province } : {}),
    ...(reach.commune ? { [`${prefix}commune.id`]: reach.commune } : {}),
    ...(reach.bloc ? { [`${prefix}bloc`]: reach.bloc } : {}),
  };
}

/** What any role that reads assessment data may read within its reach. */
function readWithin(can: Can, reach: Reach, options: { provinceFields: boolean }): void {
  can('read', 'Province', reach.province ? { id: reach.province } : {});
  const commune: Conditions = reach.commune
    ? { id: reach.commune }
    : reach.province
      ? { 'province.id': reach.province }
      : {};
  can('read', 'Commune', commune);
  can('read', 'Unit', unitConditions(reach));
  const assessmentReach = unitConditions(reach, 'unit.');
  const historyReach = unitConditions(reach, 'assessment.unit.');
  if (options.provinceFields) {
    can('read', 'Assessment', assessmentReach);
    can('read', 'AssessmentHistory', historyReach);
  } else {
    can('read', 'Assessment', OUTSIDE_ASSESSMENT_FIELDS, assessmentReach);
    can('read', 'AssessmentHistory', OUTSIDE_HISTORY_FIELDS, historyReach);
  }
  can('read', 'Obstacle', assessmentReach);
  can('read', 'Recommendation', assessmentReach);
  can('read', 'Task', unitConditions(reach, 'ownerUnit.'));
  for (const scope of reach.province ? [null, reach.province] : [undefined]) {
    const campaign: Conditions =
      scope === undefined ? {} : scope === null ? { province: null } : { 'province.id': scope };
    can('read', 'Campaign', { ...campaign, ...PUBLISHED });
    const criterion: Conditions =
      scope === undefined ? {} : scope === null ? { 'campaign.province': null } : { 'campaign.province.id': scope };
    can('read', 'Criterion', {
      ...criterion,
      'campaign.state': CampaignState.PUBLISHED,
      ...(reach.bloc ? { bloc: reach.bloc } : {}),
    });
    const solution: Conditions =
      scope === undefined ? {} : scope === null ? { province: null } : { 'province.id': scope };
    can('read', 'Solution', solution);
    can('read', 'ReportTemplate', solution);
    can('read', 'ReportingRound', solution);
  }
}

/**
 * A unit's own people read its reports at every stage, drafts included; the receiving level
 * (overseers, inspection committees, API clients) reads them once submitted.
 */
function readSubmissions(can: Can, reach: Reach, drafts: boolean): void {
  can('read', 'ReportSubmission', {
    ...unitConditions(reach),
    ...(drafts ? {} : { status: { $ne: SubmissionStatus.DRAFT } }),
  });
}

/** The receiving level accepts or returns the reports of its reach addressed to it, and follows recommendations up. */
function reviewWithin(can: Can, reach: Reach, reviewer: ReviewerKind): void {
  can('review', 'ReportSubmission', { ...unitConditions(reach), reviewer });
  can('follow', 'Recommendation', unitConditions(reach, 'unit.'));
  can('follow', 'Obstacle', unitConditions(reach, 'unit.'));
}

/** Overseers also read the tasks of their reach that no unit owns, and the national plan. */
function readPlanTasks(can: Can, province?: number): void {
  can('read', 'Task', province ? { 'province.id': province } : {});
  can('read', 'Task', { province: null });
}

function grantRules(can: Can, grant: Viewer['grants'][number], readOnly: boolean): void {
  const province = grant.province?.id;
  const commune = grant.commune?.id;
  const bloc = grant.bloc;
  switch (grant.role) {
    case Role.NATIONAL_OVERSEER:
      readWithin(can, {}, { provinceFields: false });
      readPlanTasks(can);
      can('read', 'CommuneStatus');
      readSubmissions(can, {}, false);
      if (!readOnly) {
        can('manage', 'ReportTemplate');
        can('manage', 'ReportSchedule');
        can('follow', 'Recommendation');
        can('follow', 'Obstacle');
        can('read', 'AuditEntry', AUDIT_FIELDS_WITHOUT_ACTOR, MONITORING_CHANGES);
        // National objects are changed by national overseers: their names are no secret among them.
        can('read', 'AuditEntry', { ...MONITORING_CHANGES, province: null });
        can('manage', 'Campaign');
        can('verify', 'Assessment');
        can('manage', 'Criterion');
        can('manage', 'Solution');
        can('manage', 'Task');
        can('create', 'ApiToken');
        can(['read', 'revoke'], 'ApiToken', { 'user.id': grant.user.id });
      }
      return;
    case Role.PROVINCE_OVERSEER:
      readWithin(can, { province }, { provinceFields: true });
      readPlanTasks(can, province);
      can('read', 'CommuneStatus', { 'province.id': province });
      readSubmissions(can, { province }, false);
      if (!readOnly) {
        can('manage', 'ReportTemplate', { 'province.id': province });
        can('manage', 'ReportSchedule', { 'province.id': province });
        reviewWithin(can, { province }, ReviewerKind.STEERING_COMMITTEE);
        can('read', 'AuditEntry', { ...MONITORING_CHANGES, 'province.id': province });
        can('manage', 'Campaign', { 'province.id': province });
        // Verifies claims of every unit of the province, also under national campaigns.
        can('verify', 'Assessment', { 'unit.province.id': province });
        can('manage', 'Criterion', { 'campaign.province.id': province });
        can('manage', 'Solution', { 'province.id': province });
        can('manage', 'Task', { 'province.id': province });
        can('create', 'ApiToken', { 'province.id': province });
        can(['read', 'revoke'], 'ApiToken', { 'user.id': grant.user.id });
      }
      return;
    case Role.PROVINCE_BLOC_OFFICER:
      readWithin(can, { province, bloc }, { provinceFields: true });
      readSubmissions(can, { province, bloc }, true);
      if (!readOnly) {
        can('answer', 'Unit', { 'province.id': province, bloc, level: Level.PROVINCE });
        can('report', 'Task', {
          'ownerUnit.province.id': province,
          'ownerUnit.bloc': bloc,
          'ownerUnit.level': Level.PROVINCE,
        });
        can(['write', 'submit'], 'ReportSubmission', { 'province.id': province, bloc, level: Level.PROVINCE });
      }
      return;
    case Role.COMMUNE_LEADER:
      readWithin(can, { province, commune }, { provinceFields: true });
      can('read', 'CommuneStatus', { id: commune });
      readSubmissions(can, { province, commune }, true);
      if (!readOnly) {
        // Submits on behalf of the commune's units, without writing their reports.
        can('submit', 'ReportSubmission', { 'commune.id': commune });
        // The commune chair assigns the commune's own tasks to its units and reports on any of them.
        can(['create', 'report'], 'Task', { 'ownerUnit.commune.id': commune });
      }
      return;
    case Role.COMMUNE_BLOC_OFFICER:
      readWithin(can, { province, commune, bloc }, { provinceFields: true });
      // The officer sees the commune's overall colour, though not the other blocs' answers.
      can('read', 'CommuneStatus', { id: commune });
      readSubmissions(can, { province, commune, bloc }, true);
      if (!readOnly) {
        can('answer', 'Unit', { 'commune.id': commune, bloc });
        can(['write', 'submit'], 'ReportSubmission', { 'commune.id': commune, bloc });
        can('report', 'Task', { 'ownerUnit.commune.id': commune, 'ownerUnit.bloc': bloc });
      }
      return;
    case Role.INSPECTION_COMMITTEE:
      // Ủy ban Kiểm tra of a province or of one commune: reads the figures and reports there,
      // reviews the supervision reports addressed to it, never answers or writes for a unit.
      readWithin(can, { province, commune }, { provinceFields: true });
      can('read', 'CommuneStatus', (commune ? { id: commune } : { 'province.id': province }) as Conditions);
      readSubmissions(can, { province, commune }, false);
      if (!readOnly) reviewWithin(can, { province, commune }, ReviewerKind.INSPECTION_COMMITTEE);
      return;
    case Role.API_CLIENT:
      readWithin(can, { province }, { provinceFields: !!province });
      readPlanTasks(can, province);
      can('read', 'CommuneStatus', province ? { 'province.id': province } : {});
      readSubmissions(can, { province }, false);
      return;
    case Role.ADMINISTRATOR:
      // Account management needs the places to grant, not the data about them.
      can('read', 'Province');
      can('read', 'Commune');
      if (!readOnly) {
        can('manage', 'User');
        can('manage', 'RoleGrant');
        can('manage', 'ApiToken');
        can('read', 'AuditEntry');
      }
      return;
  }
}

/**
 * Abilities follow from the account and its grants alone, so one is built per distinct set of
 * them and shared by the requests that hold it (abilities are not changed once built).
 */
const abilities = new BoundedMap<string, AppAbility>(20_000);

export function abilityFor(viewer: Viewer | undefined): AppAbility {
  const key = viewer
    ? [
        viewer.user.id,
        viewer.readOnly,
        ...viewer.grants.map((g) => [g.role, g.province?.id, g.commune?.id, g.bloc].join(':')),
      ].join('|')
    : '';
  let ability = abilities.get(key);
  if (!ability) {
    ability = defineAbilityFor(viewer);
    abilities.set(key, ability);
  }
  return ability;
}

function defineAbilityFor(viewer: Viewer | undefined): AppAbility {
  const { can, cannot, build } = new AbilityBuilder<AppAbility>(createMongoAbility);
  if (viewer) {
    for (const grant of viewer.grants) grantRules(can, grant, viewer.readOnly);
    can('read', 'User', OWN_ACCOUNT_FIELDS, { id: viewer.user.id });
    if (!viewer.readOnly) can('write', 'User', ['password'], { id: viewer.user.id });
    // Notifications are one account's own: nobody else reads them, administrators included;
    // marking them read (write) is a change, so read-only API tokens only read them.
    can('read', 'Notification', { 'recipient.id': viewer.user.id });
    if (!viewer.readOnly) can('write', 'Notification', { 'recipient.id': viewer.user.id });
    // Placeholder criteria (added by the demo only to reach the catalog sizes the reports state,
    // their texts unknown) are read by nobody, authors included: they stand only in the counters,
    // so official figures keep the reports' totals while no list, table, export or to-do item names one.
    cannot('read', 'Criterion', { isPlaceholder: true });
  }
  return build();
}
