import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, InputType } from 'type-graphql';
import { AnswerType, Bloc, Comparator, Level } from '../domain/enums';
import type { CriterionDefinitionInput } from './criterion-definition';

@InputType({ description: 'One choice of a SINGLE_CHOICE or MULTI_CHOICE criterion.' })
export class CriterionOptionInput {
  @Field({ description: 'Stable key used in answers: 1–20 letters, digits, "-" or "_", e.g. "A".' })
  key!: string;

  @Field({ description: 'Text of the option (Vietnamese), 1–500 characters.' })
  label!: string;
}

@InputType({
  description:
    'A criterion as its author defines it; set only the parts its answer type uses. Every problem is reported at once in extensions.fieldErrors.',
})
export class CriterionInput implements CriterionDefinitionInput {
  @Field({
    nullable: true,
    description: 'Code within the campaign, e.g. "CT-05"; unique in it. Generated ("TC-01", …) when omitted.',
  })
  code?: string;

  @Field(() => Bloc, { description: "The bloc (khối) whose units answer it; one of the campaign's blocs." })
  bloc!: Bloc;

  @Field(() => Level, { nullable: true, description: "The level (cấp); the campaign's level when omitted." })
  level?: Level;

  @Field({ description: 'The question or indicator (Vietnamese), 1–2,000 characters.' })
  text!: string;

  @Field(() => AnswerType, { description: 'How it is answered.' })
  answerType!: AnswerType;

  @Field(() => [CriterionOptionInput], {
    nullable: true,
    description: 'SINGLE_CHOICE and MULTI_CHOICE: 2–50 options in form order.',
  })
  options?: CriterionOptionInput[];

  @Field(() => [String], { nullable: true, description: 'SINGLE_CHOICE: the option keys that meet the criterion.' })
  passingOptionKeys?: string[];

  @Field(() => [String], { nullable: true, description: 'MULTI_CHOICE: the option keys that must all be ticked.' })
  requiredOptionKeys?: string[];

  @Field(() => Comparator, {
    nullable: true,
    description: 'NUMBER and PERCENT: how the answer is compared with the target; GTE (≥) by default.',
  })
  comparator?: Comparator;

  @Field(() => Float, { nullable: true, description: 'NUMBER and PERCENT: the target (required for them).' })
  target?: number;

  @Field(() => Float, { nullable: true, description: 'BETWEEN: the upper end of the range (required for it).' })
  targetMax?: number;

  @Field({
    nullable: true,
    description: 'NUMBER and PERCENT: unit of measure (đơn vị tính); "%" for PERCENT by default.',
  })
  measureUnit?: string;

  @Field(() => Float, { nullable: true, description: 'NUMBER: smallest accepted answer (PERCENT: 0 by default).' })
  minValue?: number;

  @Field(() => Float, { nullable: true, description: 'NUMBER: largest accepted answer (PERCENT: 100 by default).' })
  maxValue?: number;

  @Field({ nullable: true, description: 'Whether units may answer "không phát sinh"; false by default.' })
  allowsNotApplicable?: boolean;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: "Its own due date (YYYY-MM-DD); omitted: the campaign's deadline.",
  })
  dueDate?: string;
}
