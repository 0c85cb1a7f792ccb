import { GraphQLISODateTime, Arg, Args, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Criterion } from '../criterion/criterion.entity';
import { Status } from '../domain/enums';
import { Connection, PageArgs, pageWindow } from '../graphql/connection';
import { loadPermitted } from '../database/entity-loader';
import type { Context } from '../graphql/context';
import { UnitStatus } from '../status/status.types';
import { Unit } from '../unit/unit.entity';
import { UserSummary } from '../user/user-summary';
import { AssessmentHistory } from './assessment-history.entity';
import { Assessment } from './assessment.entity';
import { AnswerCriterionInput, AssessmentFilter } from './assessment.inputs';
import { answerCriterion, findAssessment, listAssessments, listHistory } from './assessment.service';
import { Evidence } from './evidence';
import { assertAssessmentField, assertHistoryField, guarded, type GuardedEvidence } from './private-fields';

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
    @Ctx() { em, access }: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => AssessmentFilter, { nullable: true }) filter?: AssessmentFilter,
  ): Promise<AssessmentConnection> {
    return new AssessmentConnection(await listAssessments(em, access, filter, pageWindow(page)));
  }

  @Query(() => Assessment)
  assessment(@Ctx() { em, access }: Context, @Arg('id', () => ID) id: string): Promise<Assessment> {
    return findAssessment(em, access, id);
  }

  @Mutation(() => AnswerCriterionPayload, {
    description: 'Answers a criterion for a unit: validates the answer against the criterion\'s type and pass rule, and keeps the previous answer in the history.',
  })
  answerCriterion(@Ctx() { em, access }: Context, @Arg('input') input: AnswerCriterionInput): Promise<AnswerCriterionPayload> {
    return answerCriterion(em, access, input);
  }

  @FieldResolver(() => Unit)
  async unit(@Root() assessment: Assessment, @Ctx() { loaders }: Context): Promise<Unit> {
    return loadPermitted(loaders.unit, assessment.unit.id);
  }

  @FieldResolver(() => Criterion)
  async criterion(@Root() assessment: Assessment, @Ctx() { loaders }: Context): Promise<Criterion> {
    return loadPermitted(loaders.criterion, assessment.criterion.id);
  }

  @FieldResolver(() => UserSummary, {
    nullable: true,
    description: 'Who gave the current answer; empty for imported data. Readable only within the unit\'s province.',
  })
  async answeredBy(@Root() assessment: Assessment, @Ctx() ctx: Context): Promise<UserSummary | undefined> {
    await assertAssessmentField(ctx, assessment, 'answeredBy');
    return assessment.answeredBy ? loadPermitted(ctx.loaders.user, assessment.answeredBy.id) : undefined;
  }

  @FieldResolver(() => Evidence)
  evidence(@Root() assessment: Assessment, @Ctx() ctx: Context): GuardedEvidence {
    return guarded(assessment.evidence, () => assertAssessmentField(ctx, assessment, 'evidence.note'));
  }

  @FieldResolver(() => AssessmentHistoryConnection, { description: 'Every past state, oldest first.' })
  async history(
    @Root() assessment: Assessment,
    @Ctx() { em, access }: Context,
    @Args() page: PageArgs,
    @Arg('since', () => GraphQLISODateTime, { nullable: true }) since?: Date,
  ): Promise<AssessmentHistoryConnection> {
    return new AssessmentHistoryConnection(await listHistory(em, access, assessment.id, since, pageWindow(page)));
  }
}

@Resolver(() => AssessmentHistory)
export class AssessmentHistoryResolver {
  @FieldResolver(() => UserSummary, {
    nullable: true,
    description: 'Who made the change; empty for imported data. Readable only within the unit\'s province.',
  })
  async changedBy(@Root() row: AssessmentHistory, @Ctx() ctx: Context): Promise<UserSummary | undefined> {
    await assertHistoryField(ctx, row, 'changedBy');
    return row.changedBy ? loadPermitted(ctx.loaders.user, row.changedBy.id) : undefined;
  }

  @FieldResolver(() => Evidence)
  evidence(@Root() row: AssessmentHistory, @Ctx() ctx: Context): GuardedEvidence {
    return guarded(row.evidence, () => assertHistoryField(ctx, row, 'evidence.note'));
  }
}

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Free-text note; readable only within the unit\'s province.' })
  async note(@Root() evidence: GuardedEvidence): Promise<string | undefined> {
    await evidence.guardNote();
    return evidence.note;
  }
}
