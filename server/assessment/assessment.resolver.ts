import {
  GraphQLISODateTime,
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Criterion } from '../criterion/criterion.entity';
import { Bloc, Status } from '../domain/enums';
import { PageArgs, pageWindow } from '../graphql/connection';
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
import { VerificationQueueArgs, VerifyAssessmentInput, VerifyAssessmentsInput } from './verification.inputs';
import {
  verificationQueue,
  verificationQueueCounts,
  verificationSample,
  verifyAssessment,
  verifyAssessments,
} from './verification.service';
import { AssessmentConnection, AssessmentHistoryConnection } from './assessment.types';
import { assertAssessmentField, assertHistoryField, guarded, type GuardedEvidence } from './private-fields';

@ObjectType({ description: 'The fields shared by the payloads of changes to an assessment.' })
class AssessmentChangePayload {
  @Field(() => Assessment, { description: 'The assessment as saved, with its new version.' })
  assessment!: Assessment;

  @Field(() => UnitStatus, { description: "The unit's status in the criterion's campaign, today." })
  unitStatus!: UnitStatus;

  @Field(() => Status, {
    nullable: true,
    description: "The commune's status in the campaign, today; empty for a province-level unit.",
  })
  communeStatus?: Status;
}

@ObjectType({ description: 'The saved answer and the statuses as they stand after it.' })
export class AnswerCriterionPayload extends AssessmentChangePayload {}

@ObjectType({ description: 'The verified assessment and the statuses as they stand after the decision.' })
export class VerifyAssessmentPayload extends AssessmentChangePayload {}

@ObjectType({ description: 'The claims decided by one bulk verification.' })
export class VerifyAssessmentsPayload {
  @Field(() => [Assessment], { description: 'Each decided assessment as saved, in the order asked.' })
  assessments!: Assessment[];

  @Field(() => Int, { description: 'How many claims were decided.' })
  count!: number;
}

@ObjectType({ description: 'How many claims of one bloc wait in the verification queue.' })
export class QueueBlocCount {
  @Field(() => Bloc, { description: 'The bloc (khối) of the units whose claims are counted.' })
  bloc!: Bloc;

  @Field(() => Int, { description: 'Waiting claims of that bloc the caller may verify under the filters.' })
  count!: number;
}

@ObjectType({ description: 'How many claims wait in the verification queue under its filters.' })
export class VerificationQueueCounts {
  @Field(() => Int, { description: 'Every waiting claim the caller may verify under the filters.' })
  total!: number;

  @Field(() => [QueueBlocCount], { description: 'The same per bloc of the unit; blocs with none are left out.' })
  byBloc!: QueueBlocCount[];
}

@Resolver(() => Assessment)
export class AssessmentResolver {
  @Query(() => AssessmentConnection, { description: 'Current answers, filtered and paged.' })
  async assessments(
    @Ctx() { em, access }: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => AssessmentFilter, {
      nullable: true,
      description: 'Which assessments; omitted: every one the caller may read.',
    })
    filter?: AssessmentFilter,
  ): Promise<AssessmentConnection> {
    return new AssessmentConnection(await listAssessments(em, access, filter, pageWindow(page)));
  }

  @Query(() => Assessment, {
    description: 'One assessment by id; NOT_FOUND when it does not exist or lies outside what the caller may read.',
  })
  assessment(
    @Ctx() { em, access }: Context,
    @Arg('id', () => ID, { description: 'Id of the assessment (Assessment.id).' }) id: string,
  ): Promise<Assessment> {
    return findAssessment(em, access, id);
  }

  @Mutation(() => AnswerCriterionPayload, {
    description:
      "Answers a criterion for a unit: validates the answer against the criterion's type and pass rule, and keeps the previous answer in the history.",
  })
  answerCriterion(
    @Ctx() { em, access }: Context,
    @Arg('input', { description: 'The unit, the criterion, the answer value matching its answer type, and evidence.' })
    input: AnswerCriterionInput,
  ): Promise<AnswerCriterionPayload> {
    return answerCriterion(em, access, input);
  }

  @Mutation(() => VerifyAssessmentPayload, {
    description:
      "Confirms or rejects a unit's claim that a criterion is met (xác minh), for an overseer of the unit; kept in the history. Only a met claim can be verified.",
  })
  verifyAssessment(
    @Ctx() { em, access }: Context,
    @Arg('input', { description: 'The assessment and the decision (a reason is required to reject).' })
    input: VerifyAssessmentInput,
  ): Promise<VerifyAssessmentPayload> {
    return verifyAssessment(em, access, input);
  }

  @Mutation(() => VerifyAssessmentsPayload, {
    description:
      'Confirms or rejects several waiting claims at once with one decision (and one reason for rejects), all or nothing: each goes through the rules of verifyAssessment and keeps its history row, audit entry and notification; one claim that is unknown, not the caller’s to verify, already decided (ALREADY_VERIFIED) or not met refuses the batch, with extensions.assessmentId. At most 200 claims.',
  })
  async verifyAssessments(
    @Ctx() { em, access }: Context,
    @Arg('input', { description: 'The assessments and the decision (a reason is required to reject).' })
    input: VerifyAssessmentsInput,
  ): Promise<VerifyAssessmentsPayload> {
    const assessments = await verifyAssessments(em, access, input);
    return { assessments, count: assessments.length };
  }

  @Query(() => VerificationQueueCounts, {
    description: 'How many claims wait in the verification queue under the same filters, in all and per bloc.',
  })
  verificationQueueCounts(
    @Ctx() { em, access }: Context,
    @Args() args: VerificationQueueArgs,
  ): Promise<VerificationQueueCounts> {
    return verificationQueueCounts(em, access, args);
  }

  @Query(() => [Assessment], {
    description:
      'A random sample of the verification queue under the same filters, for spot-checks, oldest answer first; the same seed draws the same sample from the same queue.',
  })
  verificationSample(
    @Ctx() { em, access }: Context,
    @Args() args: VerificationQueueArgs,
    @Arg('size', () => Int, { description: 'How many claims to draw, 1 to 100; fewer when fewer wait.' }) size: number,
    @Arg('seed', () => Int, { nullable: true, description: 'Draws the same sample each time; omitted: a new draw.' })
    seed?: number,
  ): Promise<Assessment[]> {
    return verificationSample(em, access, args, size, seed);
  }

  @Query(() => AssessmentConnection, {
    description:
      'Claims met and not yet verified that the caller may verify, in a campaign, oldest answer first (the verification queue).',
  })
  async verificationQueue(
    @Ctx() { em, access }: Context,
    @Args() page: PageArgs,
    @Args() args: VerificationQueueArgs,
  ): Promise<AssessmentConnection> {
    return new AssessmentConnection(await verificationQueue(em, access, args, pageWindow(page)));
  }

  @FieldResolver(() => Unit, { description: 'The unit (đơn vị) that gave the answer.' })
  async unit(@Root() assessment: Assessment, @Ctx() { loaders }: Context): Promise<Unit> {
    return loadPermitted(loaders.unit, assessment.unit.id);
  }

  @FieldResolver(() => Criterion, {
    description: 'The criterion (tiêu chí) answered; its campaign says which campaign the answer counts in.',
  })
  async criterion(@Root() assessment: Assessment, @Ctx() { loaders }: Context): Promise<Criterion> {
    return loadPermitted(loaders.criterion, assessment.criterion.id);
  }

  @FieldResolver(() => UserSummary, {
    nullable: true,
    description: "Who gave the current answer; empty for imported data. Readable only within the unit's province.",
  })
  async answeredBy(@Root() assessment: Assessment, @Ctx() ctx: Context): Promise<UserSummary | undefined> {
    await assertAssessmentField(ctx, assessment, 'answeredBy');
    return assessment.answeredBy ? loadPermitted(ctx.loaders.user, assessment.answeredBy.id) : undefined;
  }

  @FieldResolver(() => UserSummary, {
    nullable: true,
    description:
      "The overseer who confirmed or rejected the claim; empty while UNVERIFIED. Readable only within the unit's province.",
  })
  async verifiedBy(@Root() assessment: Assessment, @Ctx() ctx: Context): Promise<UserSummary | undefined> {
    await assertAssessmentField(ctx, assessment, 'verification.by');
    return assessment.verification.by ? loadPermitted(ctx.loaders.user, assessment.verification.by.id) : undefined;
  }

  @FieldResolver(() => Evidence, {
    description: "Evidence (minh chứng) of the current answer; its note is readable only within the unit's province.",
  })
  evidence(@Root() assessment: Assessment, @Ctx() ctx: Context): GuardedEvidence {
    return guarded(assessment.evidence, () => assertAssessmentField(ctx, assessment, 'evidence.note'));
  }

  @FieldResolver(() => AssessmentHistoryConnection, { description: 'Every past state, oldest first.' })
  async history(
    @Root() assessment: Assessment,
    @Ctx() { em, access }: Context,
    @Args() page: PageArgs,
    @Arg('since', () => GraphQLISODateTime, {
      nullable: true,
      description: 'Only changes saved at or after this instant (ISO 8601); omitted: from the first answer.',
    })
    since?: Date,
  ): Promise<AssessmentHistoryConnection> {
    return new AssessmentHistoryConnection(await listHistory(em, access, assessment.id, since, pageWindow(page)));
  }
}

@Resolver(() => AssessmentHistory)
export class AssessmentHistoryResolver {
  @FieldResolver(() => UserSummary, {
    nullable: true,
    description: "Who made the change; empty for imported data. Readable only within the unit's province.",
  })
  async changedBy(@Root() row: AssessmentHistory, @Ctx() ctx: Context): Promise<UserSummary | undefined> {
    await assertHistoryField(ctx, row, 'changedBy');
    return row.changedBy ? loadPermitted(ctx.loaders.user, row.changedBy.id) : undefined;
  }

  @FieldResolver(() => UserSummary, {
    nullable: true,
    description:
      "The overseer whose decision stood after this change; empty while UNVERIFIED. Readable only within the unit's province.",
  })
  async verifiedBy(@Root() row: AssessmentHistory, @Ctx() ctx: Context): Promise<UserSummary | undefined> {
    await assertHistoryField(ctx, row, 'verification.by');
    return row.verification.by ? loadPermitted(ctx.loaders.user, row.verification.by.id) : undefined;
  }

  @FieldResolver(() => Evidence, {
    description: "The evidence as it stood after this change; the note only within the unit's province.",
  })
  evidence(@Root() row: AssessmentHistory, @Ctx() ctx: Context): GuardedEvidence {
    return guarded(row.evidence, () => assertHistoryField(ctx, row, 'evidence.note'));
  }
}

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: "Free-text note; readable only within the unit's province.",
  })
  async note(@Root() evidence: GuardedEvidence): Promise<string | undefined> {
    await evidence.guardNote();
    return evidence.note;
  }
}
