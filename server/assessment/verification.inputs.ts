import { ArgsType, Field, GraphQLISODateTime, ID, InputType, Int } from 'type-graphql';
import { Bloc, VerificationDecision } from '../domain/enums';

@InputType({ description: "An overseer's decision on a unit's claim that a criterion is met (xác minh)." })
export class VerifyAssessmentInput {
  @Field(() => ID, { description: 'The assessment whose claim is verified.' })
  assessmentId!: string;

  @Field(() => VerificationDecision, {
    description: 'CONFIRM the claimed "met", or REJECT it (then a reason is required).',
  })
  decision!: VerificationDecision;

  @Field({ nullable: true, description: 'Why: required to reject, optional to confirm; at most 2,000 characters.' })
  reason?: string;

  @Field(() => Int, {
    description:
      "The version of the assessment the overseer looked at; if it changed since (a new answer, another overseer's decision) the decision is refused with VERSION_CONFLICT.",
  })
  expectedVersion!: number;
}

@InputType({
  description: 'One decision on several claims still waiting in the verification queue (xác minh hàng loạt).',
})
export class VerifyAssessmentsInput {
  @Field(() => [ID], {
    description:
      'The assessments decided, at most 200, each a met claim still UNVERIFIED; one that is not (unknown, not the caller’s to verify, already decided) refuses the whole batch.',
  })
  assessmentIds!: string[];

  @Field(() => VerificationDecision, {
    description: 'CONFIRM every claim, or REJECT every one (then a reason is required).',
  })
  decision!: VerificationDecision;

  @Field({
    nullable: true,
    description: 'One reason for every claim: required to reject, optional to confirm; at most 2,000 characters.',
  })
  reason?: string;
}

@ArgsType()
export class VerificationQueueArgs {
  @Field(() => ID, { description: 'The campaign whose claims are listed.' })
  campaignId!: string;

  @Field(() => ID, { nullable: true, description: 'Only units of this province.' })
  provinceId?: string;

  @Field(() => ID, { nullable: true, description: 'Only units of this commune (Unit.commune).' })
  communeId?: string;

  @Field(() => Bloc, { nullable: true, description: 'Only units of this bloc.' })
  bloc?: Bloc;

  @Field(() => ID, { nullable: true, description: 'Only claims of this criterion.' })
  criterionId?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Only claims answered more than this many days ago (24-hour periods before now).',
  })
  olderThanDays?: number;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Only claims answered before this instant.' })
  answeredBefore?: Date;
}
