import { AuditEntry } from '../audit/audit-entry.entity';
import { Assessment } from '../assessment/assessment.entity';
import { AssessmentHistory } from '../assessment/assessment-history.entity';
import { AnswerValue } from '../assessment/answer-value';
import { Evidence } from '../assessment/evidence';
import { Verification } from '../assessment/verification';
import { AccessToken } from '../auth/access-token.entity';
import { Campaign } from '../campaign/campaign.entity';
import { Commune } from '../commune/commune.entity';
import { Criterion } from '../criterion/criterion.entity';
import { CriterionVersion } from '../criterion/criterion-version.entity';
import { Notification, NotificationPreference } from '../notification/notification.entity';
import { Obstacle } from '../obstacle/obstacle.entity';
import { Recommendation } from '../obstacle/recommendation.entity';
import { UnitProgress } from '../status/unit-progress.entity';
import { CriterionSnapshot, ProgressSnapshot, ProgressSnapshotDay } from '../status/progress-snapshot.entity';
import { CriterionProgress } from '../status/criterion-progress.entity';
import { Province } from '../province/province.entity';
import { ReportSubmission, ReportSubmissionVersion } from '../report/report-submission.entity';
import { ReportTemplate } from '../report/report-template.entity';
import { ReportingRound, ReportSchedule } from '../report/reporting-round.entity';
import { Solution } from '../solution/solution.entity';
import { Task, TaskProgressEntry } from '../task/task.entity';
import { Unit } from '../unit/unit.entity';
import { RoleGrant } from '../user/role-grant.entity';
import { User } from '../user/user.entity';

export const entities = [
  Province,
  Commune,
  Unit,
  Campaign,
  Criterion,
  CriterionVersion,
  AnswerValue,
  Evidence,
  Verification,
  Assessment,
  AssessmentHistory,
  UnitProgress,
  Solution,
  Task,
  TaskProgressEntry,
  Obstacle,
  Recommendation,
  User,
  RoleGrant,
  AccessToken,
  CriterionProgress,
  AuditEntry,
  ProgressSnapshot,
  CriterionSnapshot,
  ProgressSnapshotDay,
  ReportTemplate,
  ReportSchedule,
  ReportingRound,
  ReportSubmission,
  ReportSubmissionVersion,
  Notification,
  NotificationPreference,
];
