import { GraphQLISODateTime, Arg, Args, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Criterion } from '../criterion/criterion.entity';
import { Status } from '../domain/enums';
import { Connection, PageArgs, pageWindow } from '../graphql/connection';
import type { Context } from '../graphql/context';
import { UnitStatus } from '../status/status.types';
import { Unit } from '../unit/unit.entity';
import { UserSummary } from '../user/user-summary';
import { AssessmentHistory } from './assessment-history.entity';
import { Assessment } from './assessment.entity';
import { AnswerCriterionInput, AssessmentFilter } from './assessment.inputs';
import { answerCriterion, findAssessment, listAssessments, listHistory } from './assessment.service';

export const AssessmentConnection = Connection(Assessment);
export type AssessmentConnection = InstanceType<typeof AssessmentConnection>;
export const AssessmentHistoryConnection = Connection(AssessmentHistory);
export type AssessmentHistoryConnection = InstanceType<typeof AssessmentHistoryConnection>;

@ObjectType({ description: 'The saved answer and the statuses as they stand after it.' })
export class AnswerCriterionPayload {
  @Field(() => Assessment)
  assessment!: Assessment;

  @Field(() => UnitStatus, { description: 'The unit\'s status in the criterion\'s campaign, today.' })
  unitStatus!: UnitStatus;

  @Field(() => Status, { nullable: true, description: 'The commune\'s status in the campaign, today; empty for a province-level unit.' })
  communeStatus?: Status;
}

@Resolver(() => Assessment)
export class AssessmentResolver {
  @Query(() => AssessmentConnection, { description: 'Current answers, filtered and paged.' })
  async assessments(
    @Ctx() { em }: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => AssessmentFilter, { nullable: true }) filter?: AssessmentFilter,
  ): Promise<AssessmentConnection> {
    return new AssessmentConnection(await listAssessments(em, filter, pageWindow(page)));
  }

  @Query(() => Assessment)
  assessment(@Ctx() { em }: Context, @Arg('id', () => ID) id: string): Promise<Assessment> {
    return findAssessment(em, id);
  }

  @Mutation(() => AnswerCriterionPayload, {
    description: 'Answers a criterion for a unit: validates the answer against the criterion\'s type and pass rule, and keeps the previous answer in the history.',
  })
  answerCriterion(@Ctx() { em, viewer }: Context, @Arg('input') input: AnswerCriterionInput): Promise<AnswerCriterionPayload> {
    return answerCriterion(em, viewer!, input);
  }

  @FieldResolver(() => Unit)
  async unit(@Root() assessment: Assessment, @Ctx() { loaders }: Context): Promise<Unit> {
    return (await loaders.unit.load(assessment.unit.id))!;
  }

  @FieldResolver(() => Criterion)
  async criterion(@Root() assessment: Assessment, @Ctx() { loaders }: Context): Promise<Criterion> {
    return (await loaders.criterion.load(assessment.criterion.id))!;
  }

  @FieldResolver(() => UserSummary, { nullable: true, description: 'Who gave the current answer; empty for imported data.' })
  async answeredBy(@Root() assessment: Assessment, @Ctx() { loaders }: Context): Promise<UserSummary | undefined> {
    return assessment.answeredBy ? loaders.user.load(assessment.answeredBy.id) : undefined;
  }

  @FieldResolver(() => AssessmentHistoryConnection, { description: 'Every past state, oldest first.' })
  async history(
    @Root() assessment: Assessment,
    @Ctx() { em }: Context,
    @Args() page: PageArgs,
    @Arg('since', () => GraphQLISODateTime, { nullable: true }) since?: Date,
  ): Promise<AssessmentHistoryConnection> {
    return new AssessmentHistoryConnection(await listHistory(em, assessment.id, since, pageWindow(page)));
  }
}

@Resolver(() => AssessmentHistory)
export class AssessmentHistoryResolver {
  @FieldResolver(() => UserSummary, { nullable: true, description: 'Who made the change; empty for imported data.' })
  async changedBy(@Root() row: AssessmentHistory, @Ctx() { loaders }: Context): Promise<UserSummary | undefined> {
    return row.changedBy ? loaders.user.load(row.changedBy.id) : undefined;
  }
}
