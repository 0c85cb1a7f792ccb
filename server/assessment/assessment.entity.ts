import { Embedded, Entity, Index, ManyToOne, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Criterion } from '../criterion/criterion.entity';
import { Unit } from '../unit/unit.entity';
import { User } from '../user/user.entity';
import { AnswerValue } from './answer-value';
import { Evidence } from './evidence';

@ObjectType({ description: 'Assessment (kết quả tự đánh giá): a unit\'s current answer to a criterion.' })
@Entity()
@Unique({ properties: ['unit', 'criterion'] })
@Index({ properties: ['criterion', 'met'] })
export class Assessment {
  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Unit)
  unit!: Unit;

  @ManyToOne(() => Criterion)
  criterion!: Criterion;

  @Field(() => AnswerValue)
  @Embedded(() => AnswerValue, { prefix: 'answer_' })
  answer!: AnswerValue;

  @Field({ description: 'Whether the answer meets the criterion\'s pass rule; computed, never typed in.' })
  @Property()
  met!: boolean;

  @Field(() => Evidence)
  @Embedded(() => Evidence, { prefix: 'evidence_' })
  evidence!: Evidence;

  @ManyToOne(() => User, { nullable: true })
  answeredBy?: User;

  @Field(() => GraphQLISODateTime)
  @Property()
  answeredAt!: Date;

  @Field(() => Int, { description: 'Increases by one with every change; pass it back as expectedVersion to avoid overwriting.' })
  @Property({ version: true, type: 'integer' })
  version!: number & Opt;
}
