import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { Bloc, Level } from '../domain/enums';

@InputType({ description: 'Evidence for an answer.' })
export class EvidenceInput {
  @Field({ nullable: true, description: 'Document number, at most 100 characters.' })
  documentNumber?: string;

  @Field(() => LocalDateResolver, { nullable: true })
  documentDate?: string;

  @Field({ nullable: true, description: 'An http(s) link, at most 2,000 characters.' })
  link?: string;

  @Field({ nullable: true, description: 'At most 4,000 characters.' })
  note?: string;
}

@InputType({ description: 'A unit\'s answer to a criterion; set only the part matching the criterion\'s answer type.' })
export class AnswerCriterionInput {
  @Field(() => ID)
  unitId!: string;

  @Field(() => ID)
  criterionId!: string;

  @Field({ nullable: true, description: 'For BOOLEAN criteria.' })
  boolean?: boolean;

  @Field(() => [String], { nullable: true, description: 'For SINGLE_CHOICE (exactly one) and MULTI_CHOICE criteria: option keys.' })
  optionKeys?: string[];

  @Field(() => Float, { nullable: true, description: 'For NUMBER criteria.' })
  number?: number;

  @Field(() => EvidenceInput, { nullable: true })
  evidence?: EvidenceInput;

  @Field(() => Int, {
    nullable: true,
    description: 'The version the answer was based on (0 when there was none); a newer stored version refuses the write with VERSION_CONFLICT.',
  })
  expectedVersion?: number;
}

@InputType({ description: 'Filters of the assessment list; all given filters apply together.' })
export class AssessmentFilter {
  @Field(() => ID, { nullable: true })
  campaignId?: string;

  @Field(() => ID, { nullable: true })
  provinceId?: string;

  @Field(() => ID, { nullable: true })
  communeId?: string;

  @Field(() => ID, { nullable: true })
  unitId?: string;

  @Field(() => ID, { nullable: true })
  criterionId?: string;

  @Field(() => Bloc, { nullable: true })
  bloc?: Bloc;

  @Field(() => Level, { nullable: true })
  level?: Level;

  @Field({ nullable: true, description: 'true: only met; false: only unmet.' })
  met?: boolean;
}
