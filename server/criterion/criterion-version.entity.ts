import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { AnswerType, Comparator } from '../domain/enums';
import { User } from '../user/user.entity';
import { Criterion, CriterionOption } from './criterion.entity';

/**
 * One definition of a published criterion, in force from a date until the next version's.
 * Written when the campaign is published (version 1) and with every later change, never
 * edited: answers name the version they were given against, and past days are judged by the
 * version in force then.
 */
@ObjectType({
  description:
    'A version (phiên bản) of a criterion: its text, answer type, options, pass rule and due date from a date on.',
})
@Entity()
@Unique({ properties: ['criterion', 'number'] })
export class CriterionVersion {
  @Field(() => ID, { description: 'Opaque id of the version.' })
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Criterion, { index: true, deleteRule: 'cascade' })
  criterion!: Criterion;

  @Field(() => Int, { description: '1 for the definition published first, one more for each change.' })
  @Property()
  number!: number;

  @Field(() => LocalDateResolver, { description: 'First day (YYYY-MM-DD, Vietnam) the version is in force.' })
  @Property({ type: 'date' })
  effectiveFrom!: string;

  @Field({ description: 'The question as this version words it (Vietnamese).' })
  @Property({ type: 'text' })
  text!: string;

  @Field(() => AnswerType, { description: 'How this version is answered.' })
  @Enum(() => AnswerType)
  answerType!: AnswerType;

  @Field(() => [CriterionOption], { description: 'SINGLE_CHOICE and MULTI_CHOICE: the options of this version.' })
  @Property({ type: 'json' })
  options: CriterionOption[] & Opt = [];

  @Field(() => [String], { description: 'SINGLE_CHOICE: the option keys that pass.' })
  @Property({ type: 'json' })
  passingOptionKeys: string[] & Opt = [];

  @Field(() => [String], { description: 'MULTI_CHOICE: the option keys that must all be ticked.' })
  @Property({ type: 'json' })
  requiredOptionKeys: string[] & Opt = [];

  @Field(() => Comparator, { nullable: true, description: 'NUMBER and PERCENT: how the answer meets the target.' })
  @Enum({ items: () => Comparator, nullable: true })
  comparator?: Comparator;

  @Field(() => Float, { nullable: true, description: 'NUMBER and PERCENT: the target.' })
  @Property({ type: 'double', nullable: true })
  target?: number;

  @Field(() => Float, { nullable: true, description: 'BETWEEN: the upper end of the target range.' })
  @Property({ type: 'double', nullable: true })
  targetMax?: number;

  @Field(() => String, { nullable: true, description: 'NUMBER and PERCENT: the unit of measure (đơn vị tính).' })
  @Property({ nullable: true })
  measureUnit?: string;

  @Field(() => Float, { nullable: true, description: 'NUMBER: smallest accepted answer.' })
  @Property({ type: 'double', nullable: true })
  minValue?: number;

  @Field(() => Float, { nullable: true, description: 'NUMBER: largest accepted answer.' })
  @Property({ type: 'double', nullable: true })
  maxValue?: number;

  @Field(() => Boolean, { description: 'Whether "không phát sinh" may be answered under this version.' })
  @Property({ type: 'boolean' })
  allowsNotApplicable!: boolean;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: "This version's own due date; empty: the campaign deadline.",
  })
  @Property({ type: 'date', nullable: true })
  dueDate?: string;

  @Field(() => GraphQLISODateTime, { description: 'When the version was written (ISO 8601, UTC).' })
  @Property()
  createdAt!: Date;

  @ManyToOne(() => User, { nullable: true })
  createdBy?: User;
}
