import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Campaign } from '../campaign/campaign.entity';
import { AnswerType, Bloc, Comparator, Level } from '../domain/enums';

@ObjectType({ description: 'One choice of a SINGLE_CHOICE or MULTI_CHOICE criterion.' })
export class CriterionOption {
  @Field({ description: 'Stable key used in answers, e.g. "A".' })
  key!: string;

  @Field()
  label!: string;
}

@ObjectType({ description: 'Criterion (tiêu chí / chỉ tiêu): a question for one bloc and level in one campaign.' })
@Entity()
@Unique({ properties: ['campaign', 'code'] })
export class Criterion {
  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Campaign, { index: true })
  campaign!: Campaign;

  @Field({ description: 'Code within the campaign, e.g. "XA-DU-01".' })
  @Property()
  code!: string;

  @Field(() => Bloc)
  @Enum(() => Bloc)
  bloc!: Bloc;

  @Field(() => Level)
  @Enum(() => Level)
  level!: Level;

  @Field()
  @Property({ type: 'text' })
  text!: string;

  @Field(() => Int, { description: 'Order within the bloc, as the official tables list it.' })
  @Property()
  position!: number;

  /** Empty: due at the campaign deadline. */
  @Property({ type: 'date', nullable: true })
  dueDate?: string;

  @Field(() => AnswerType)
  @Enum(() => AnswerType)
  answerType!: AnswerType;

  @Field(() => [CriterionOption])
  @Property({ type: 'json' })
  options: CriterionOption[] & Opt = [];

  @Field(() => [String], { description: 'SINGLE_CHOICE: the option keys that meet the criterion.' })
  @Property({ type: 'json' })
  passingOptionKeys: string[] & Opt = [];

  @Field(() => [String], { description: 'MULTI_CHOICE: the option keys that must all be ticked.' })
  @Property({ type: 'json' })
  requiredOptionKeys: string[] & Opt = [];

  @Field(() => Comparator, { nullable: true, description: 'NUMBER: how the answer is compared with the target.' })
  @Enum({ items: () => Comparator, nullable: true })
  comparator?: Comparator;

  @Field(() => Float, { nullable: true, description: 'NUMBER: the target, e.g. 98 for "≥ 98".' })
  @Property({ type: 'double', nullable: true })
  target?: number;

  @Field(() => Float, { nullable: true, description: 'NUMBER: smallest accepted answer.' })
  @Property({ type: 'double', nullable: true })
  minValue?: number;

  @Field(() => Float, { nullable: true, description: 'NUMBER: largest accepted answer.' })
  @Property({ type: 'double', nullable: true })
  maxValue?: number;

  @Field(() => Boolean, {
    description: 'True for a criterion added only to reach the stated catalog size; its text is not in the reports.',
  })
  @Property({ type: 'boolean' })
  isPlaceholder: boolean & Opt = false;
}
