import { Enum, Property, type Opt } from '@mikro-orm/core';
import { Field, Float, ObjectType } from 'type-graphql';
import { AnswerType, Comparator } from '../domain/enums';

@ObjectType({ description: 'One choice of a SINGLE_CHOICE or MULTI_CHOICE criterion.' })
export class CriterionOption {
  @Field({ description: 'Stable key used in answers, e.g. "A".' })
  key!: string;

  @Field({ description: 'Text of the option as the official form words it (Vietnamese).' })
  label!: string;
}

/**
 * How a criterion is worded, answered and judged: the fields a criterion holds for the version
 * in force and each of its versions (CriterionVersion) keeps for its own days.
 */
@ObjectType({
  description: 'How a criterion is worded, answered and judged (shared by Criterion and CriterionVersion).',
})
export abstract class CriterionDefinitionFields {
  @Field({ description: 'The question as the official catalog words it (Vietnamese).' })
  @Property({ type: 'text' })
  text!: string;

  @Field(() => AnswerType, {
    description: 'How it is answered; says which part of AnswerValue / AnswerCriterionInput to use.',
  })
  @Enum(() => AnswerType)
  answerType!: AnswerType;

  @Field(() => [CriterionOption], {
    description: 'SINGLE_CHOICE and MULTI_CHOICE: the options to choose from, in form order; empty otherwise.',
  })
  @Property({ type: 'json' })
  options: CriterionOption[] & Opt = [];

  @Field(() => [String], { description: 'SINGLE_CHOICE: the option keys that meet the criterion.' })
  @Property({ type: 'json' })
  passingOptionKeys: string[] & Opt = [];

  @Field(() => [String], { description: 'MULTI_CHOICE: the option keys that must all be ticked.' })
  @Property({ type: 'json' })
  requiredOptionKeys: string[] & Opt = [];

  @Field(() => Comparator, {
    nullable: true,
    description: 'NUMBER and PERCENT: how the answer is compared with the target.',
  })
  @Enum({ items: () => Comparator, nullable: true })
  comparator?: Comparator;

  @Field(() => Float, { nullable: true, description: 'NUMBER and PERCENT: the target, e.g. 98 for "≥ 98".' })
  @Property({ type: 'double', nullable: true })
  target?: number;

  @Field(() => Float, { nullable: true, description: 'BETWEEN: the upper end of the target range (included).' })
  @Property({ type: 'double', nullable: true })
  targetMax?: number;

  @Field(() => String, {
    nullable: true,
    description: 'NUMBER and PERCENT: the unit of measure (đơn vị tính), e.g. "%", "hồ sơ".',
  })
  @Property({ nullable: true })
  measureUnit?: string;

  @Field(() => Float, { nullable: true, description: 'NUMBER: smallest accepted answer.' })
  @Property({ type: 'double', nullable: true })
  minValue?: number;

  @Field(() => Float, { nullable: true, description: 'NUMBER: largest accepted answer.' })
  @Property({ type: 'double', nullable: true })
  maxValue?: number;

  @Field(() => Boolean, {
    description:
      'Whether a unit may answer "không phát sinh" (nothing arose this period): counted neither met nor unmet, and left out of the due criteria.',
  })
  @Property({ type: 'boolean', default: false })
  allowsNotApplicable: boolean & Opt = false;
}
