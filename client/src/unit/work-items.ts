import type { AssessmentFieldsFragment, CriterionFieldsFragment } from '../gql/graphql';
import { daysUntil } from '../ui/format';

export interface WorkItem {
  criterion: CriterionFieldsFragment;
  assessment: AssessmentFieldsFragment | undefined;
  /** Days to the criterion's due date; negative once it has passed. */
  daysLeft: number;
  /** The answer counts toward green (see `counts`). */
  counted: boolean;
}

export interface WorkLists {
  /** Not counting toward green (answered "no", not answered, a rejected or unconfirmed claim): soonest due first, then the official order. */
  todo: WorkItem[];
  done: WorkItem[];
}

/**
 * Whether an answer counts toward green, as the server counts it: met and not rejected by an
 * overseer, and confirmed where the campaign counts only verified claims.
 */
export function counts(assessment: AssessmentFieldsFragment | undefined, countUnverified: boolean): boolean {
  if (!assessment?.met || assessment.verification === 'REJECTED') return false;
  return countUnverified || assessment.verification === 'CONFIRMED';
}

export function workItems(
  criteria: CriterionFieldsFragment[],
  assessments: AssessmentFieldsFragment[],
  today: string,
  countUnverified: boolean,
): WorkLists {
  const byCriterion = new Map(assessments.map((assessment) => [assessment.criterion.id, assessment]));
  const items = criteria.map((criterion) => {
    const assessment = byCriterion.get(criterion.id);
    return {
      criterion,
      assessment,
      daysLeft: daysUntil(criterion.dueDate, today),
      counted: counts(assessment, countUnverified),
    };
  });
  return {
    todo: items
      .filter((item) => !item.counted)
      .sort((a, b) => a.daysLeft - b.daysLeft || a.criterion.position - b.criterion.position),
    done: items.filter((item) => item.counted),
  };
}
