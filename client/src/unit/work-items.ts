import type { AssessmentFieldsFragment, CriterionFieldsFragment } from '../gql/graphql';
import { daysUntil } from '../ui/format';

export interface WorkItem {
  criterion: CriterionFieldsFragment;
  assessment: AssessmentFieldsFragment | undefined;
  /** Days to the criterion's due date; negative once it has passed. */
  daysLeft: number;
}

export interface WorkLists {
  /** Not met (answered "no", not answered, or a rejected claim): soonest due first, then the official order. */
  todo: WorkItem[];
  done: WorkItem[];
}

/** A claim an overseer rejected does not count toward green: the unit has it to do again. */
export const counts = (assessment: AssessmentFieldsFragment | undefined) => Boolean(assessment?.met) && assessment?.verification !== 'REJECTED';

export function workItems(
  criteria: CriterionFieldsFragment[],
  assessments: AssessmentFieldsFragment[],
  today: string,
): WorkLists {
  const byCriterion = new Map(assessments.map((assessment) => [assessment.criterion.id, assessment]));
  const items = criteria.map((criterion) => ({
    criterion,
    assessment: byCriterion.get(criterion.id),
    daysLeft: daysUntil(criterion.dueDate, today),
  }));
  return {
    todo: items
      .filter((item) => !counts(item.assessment))
      .sort((a, b) => a.daysLeft - b.daysLeft || a.criterion.position - b.criterion.position),
    done: items.filter((item) => counts(item.assessment)),
  };
}
