import { Embedded, Entity, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../user/user.entity';
import { AnswerValue } from './answer-value';
import { Assessment } from './assessment.entity';
import { Evidence } from './evidence';

/** Append-only: a row is written with every change of an assessment and never updated. */
@ObjectType({ description: 'One past state of an assessment, kept for every change.' })
@Entity()
export class AssessmentHistory {
  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Assessment, { index: true })
  assessment!: Assessment;

  @Field(() => Int)
  @Property()
  version!: number;

  @Field(() => AnswerValue)
  @Embedded(() => AnswerValue, { prefix: 'answer_' })
  answer!: AnswerValue;

  @Field()
  @Property()
  met!: boolean;

  @Field(() => Evidence)
  @Embedded(() => Evidence, { prefix: 'evidence_' })
  evidence!: Evidence;

  @ManyToOne(() => User, { nullable: true })
  changedBy?: User;

  @Field(() => GraphQLISODateTime)
  @Property({ index: true })
  changedAt!: Date;

  /** The writing transaction (stamped by the database): the change feed's position, served only inside its opaque cursors. */
  @Property({ columnType: 'xid8', type: 'string', defaultRaw: 'pg_current_xact_id()' })
  changeXid!: string & Opt;
}
