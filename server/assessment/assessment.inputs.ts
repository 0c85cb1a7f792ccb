import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { Bloc, Level } from '../domain/enums';

@InputType({ description: 'Evidence for an answer.' })
export class EvidenceInput {
  @Field({ nullable: true, description: 'Document number, at most 100 characters.' })
  documentNumber?: string;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'Date of the document (YYYY-MM-DD, calendar date in Vietnam).',
  })
  documentDate?: string;

  @Field({ nullable: true, description: 'An http(s) link, at most 2,000 characters.' })
  link?: string;

  @Field({ nullable: true, description: 'At most 4,000 characters.' })
  note?: string;
}

@InputType({ description: "A unit's answer to a criterion; set only the part matching the criterion's answer type." })
export class AnswerCriterionInput {
  @Field(() => ID, {
    description: 'The unit (đơn vị) that answers: one the caller may answer for (its own bloc and commune).',
  })
  unitId!: string;

  @Field(() => ID, { description: "A criterion of the unit's bloc and level, in any campaign the unit takes part in." })
  criterionId!: string;

  @Field({ nullable: true, description: 'For BOOLEAN criteria.' })
  boolean?: boolean;

  @Field(() => [String], {
    nullable: true,
    description: 'For SINGLE_CHOICE (exactly one) and MULTI_CHOICE criteria: option keys.',
  })
  optionKeys?: string[];

  @Field(() => Float, {
    nullable: true,
    description: 'For NUMBER and PERCENT criteria: the figure (a percentage as 72.5 for 72,5 %).',
  })
  number?: number;

  @Field({ nullable: true, description: 'For TEXT criteria: 1–4,000 characters.' })
  text?: string;

  @Field({
    nullable: true,
    description:
      'true answers "không phát sinh" (nothing arose this period) instead of a value, where the criterion allows it (Criterion.allowsNotApplicable).',
  })
  notApplicable?: boolean;

  @Field(() => EvidenceInput, {
    nullable: true,
    description: 'Evidence (minh chứng) of the answer; omitted parts are left empty.',
  })
  evidence?: EvidenceInput;

  @Field(() => Int, {
    nullable: true,
    description:
      'The version the answer was based on (0 when there was none); a newer stored version refuses the write with VERSION_CONFLICT.',
  })
  expectedVersion?: number;
}

@InputType({ description: 'Filters of the assessment list; all given filters apply together.' })
export class AssessmentFilter {
  @Field(() => ID, { nullable: true, description: 'Only answers to criteria of this campaign (đợt).' })
  campaignId?: string;

  @Field(() => ID, { nullable: true, description: 'Only units of this province, at either level.' })
  provinceId?: string;

  @Field(() => ID, { nullable: true, description: 'Only the four units of this commune.' })
  communeId?: string;

  @Field(() => ID, { nullable: true, description: 'Only this unit.' })
  unitId?: string;

  @Field(() => ID, { nullable: true, description: 'Only answers to this criterion.' })
  criterionId?: string;

  @Field(() => Bloc, { nullable: true, description: 'Only units of this bloc (khối).' })
  bloc?: Bloc;

  @Field(() => Level, { nullable: true, description: 'Only units of this level (cấp).' })
  level?: Level;

  @Field({ nullable: true, description: 'true: only met; false: only unmet.' })
  met?: boolean;
}
