import { LocalDateResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { Assessment } from '../assessment/assessment.entity';
import { Commune } from '../commune/commune.entity';
import { Criterion } from '../criterion/criterion.entity';
import { Authority, Bloc } from '../domain/enums';
import { Solution } from '../solution/solution.entity';
import { StatusCounts, UnitStatus } from '../status/status.types';

@ObjectType({ description: 'One unmet criterion of a unit: what to do, by when, and how.' })
export class PendingItem {
  @Field(() => Criterion, { description: 'The unmet criterion (tiêu chí).' })
  criterion!: Criterion;

  @Field(() => LocalDateResolver, {
    description: "When it is due (YYYY-MM-DD): the criterion's own due date, else the campaign deadline.",
  })
  dueDate!: string;

  @Field(() => Int, { description: 'Days from the reference date to the due date; negative when overdue.' })
  daysLeft!: number;

  @Field(() => Assessment, {
    nullable: true,
    description:
      'The answer as it is now (also when the list is as of a past day); empty when the unit has not answered.',
  })
  assessment?: Assessment;

  @Field(() => Solution, {
    nullable: true,
    description: "The solution that applies: the commune's own, else the province's, else the national one.",
  })
  solution?: Solution;

  @Field(() => Authority, { nullable: true, description: 'Who can act, from the solution.' })
  authority?: Authority;
}

@ObjectType({ description: 'A unit\'s pending remediation work in a campaign ("Việc cần làm").' })
export class PendingWork {
  @Field(() => UnitStatus, {
    nullable: true,
    description: "The unit's status in the campaign; empty when the unit takes no part in it.",
  })
  status?: UnitStatus;

  @Field(() => [PendingItem], { description: 'Unmet criteria, earliest due first.' })
  items!: PendingItem[];
}

@ObjectType({ description: 'An unmet criterion with the communes that fail it.' })
export class UnmetCriterion {
  @Field(() => Criterion, { description: 'A commune criterion of the bloc that at least one commune fails.' })
  criterion!: Criterion;

  @Field(() => [Commune], {
    description: 'The communes (the caller may read) whose unit of the bloc does not meet it, unanswered included.',
  })
  communes!: Commune[];

  @Field(() => Solution, {
    nullable: true,
    description: "The solution for the province as a whole: the province's own, else the national one.",
  })
  solution?: Solution;

  @Field(() => [Solution], {
    description: "Failing communes' own solutions, which their officers see instead of the province's.",
  })
  communeSolutions!: Solution[];
}

@ObjectType({ description: "Communes failing the same number of a bloc's criteria." })
export class CommunesByUnmetCount {
  @Field(() => Int, { description: "How many of the bloc's criteria each of these communes fails." })
  unmetCount!: number;

  @Field(() => [Commune], { description: 'The communes failing exactly that many.' })
  communes!: Commune[];
}

@ObjectType({ description: "One bloc's remediation picture in a province (the slides of report 000, computed)." })
export class BlocRemediation {
  @Field(() => Bloc, { description: 'The bloc (khối) described.' })
  bloc!: Bloc;

  @Field(() => Int, { description: 'Commune criteria of the bloc in the campaign (T in "K/T criteria unmet").' })
  criteriaTotal!: number;

  @Field(() => Int, { description: "Communes failing at least one of the bloc's criteria." })
  communesNotMet!: number;

  @Field(() => [UnmetCriterion], { description: 'Each unmet criterion with its failing communes, in official order.' })
  unmetCriteria!: UnmetCriterion[];

  @Field(() => [CommunesByUnmetCount], { description: 'Communes grouped by how many criteria they fail, most first.' })
  communesByUnmetCount!: CommunesByUnmetCount[];
}

@ObjectType({ description: "A province's remediation picture in a campaign." })
export class ProvinceRemediation {
  @Field(() => StatusCounts, { description: 'X of Y communes green (over what the caller may read).' })
  communeCounts!: StatusCounts;

  @Field(() => Int, { description: 'Days from the reference date to the campaign deadline; negative when past.' })
  daysLeft!: number;

  @Field(() => [BlocRemediation], {
    description: 'One entry per bloc (khối), in the order PARTY, PEOPLES_COUNCIL, PEOPLES_COMMITTEE, FATHERLAND_FRONT.',
  })
  blocs!: BlocRemediation[];
}
