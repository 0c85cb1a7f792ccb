import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
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

@ArgsType()
export class VerificationQueueArgs {
  @Field(() => ID, { description: 'The campaign whose claims are listed.' })
  campaignId!: string;

  @Field(() => ID, { nullable: true, description: 'Only units of this province.' })
  provinceId?: string;

  @Field(() => Bloc, { nullable: true, description: 'Only units of this bloc.' })
  bloc?: Bloc;
}
