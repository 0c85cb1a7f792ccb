import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../user/user.entity';
import { CriterionDefinitionFields } from './criterion-definition-fields';
import { Criterion } from './criterion.entity';

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
export class CriterionVersion extends CriterionDefinitionFields {
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
