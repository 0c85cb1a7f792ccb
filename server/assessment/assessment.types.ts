import { Connection } from '../graphql/connection';
import { AssessmentHistory } from './assessment-history.entity';
import { Assessment } from './assessment.entity';

/** Pages of answers (also Unit.assessments) and of their history. */
export const AssessmentConnection = Connection(Assessment);
export type AssessmentConnection = InstanceType<typeof AssessmentConnection>;
export const AssessmentHistoryConnection = Connection(AssessmentHistory);
export type AssessmentHistoryConnection = InstanceType<typeof AssessmentHistoryConnection>;
