import { Embedded, Entity, Index, ManyToOne, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Criterion } from '../criterion/criterion.entity';
import { Unit } from '../unit/unit.entity';
import { User } from '../user/user.entity';
import { AnswerValue } from './answer-value';
import { Evidence } from './evidence';
import { VerifiedClaim } from './verification';

@ObjectType({ description: "Assessment (kết quả tự đánh giá): a unit's current answer to a criterion." })
@Entity()
@Unique({ properties: ['unit', 'criterion'] })
@Index({ properties: ['criterion', 'met'] })
export class Assessment extends VerifiedClaim {
  @Field(() => ID, { description: 'Opaque id of the assessment; there is one per unit and criterion.' })
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Unit)
  unit!: Unit;

  @ManyToOne(() => Criterion)
  criterion!: Criterion;

  @Field(() => AnswerValue, {
    description: "The current answer; which part is set follows the criterion's answer type.",
  })
  @Embedded(() => AnswerValue, { prefix: 'answer_' })
  answer!: AnswerValue;

  @Field({ description: "Whether the answer meets the criterion's pass rule; computed, never typed in." })
  @Property()
  met!: boolean;

  @Field(() => Evidence, {
    description: "Evidence (minh chứng) of the current answer; its note is readable only within the unit's province.",
  })
  @Embedded(() => Evidence, { prefix: 'evidence_' })
  evidence!: Evidence;

  @ManyToOne(() => User, { nullable: true })
  answeredBy?: User;

  @Field(() => GraphQLISODateTime, { description: 'When the current answer was given (ISO 8601, UTC).' })
  @Property()
  answeredAt!: Date;

  @Field(() => Int, {
    description:
      'The version of the criterion (CriterionVersion.number) the answer was given against, or judged again under for a RULE_CHANGE.',
  })
  @Property({ type: 'integer', default: 1 })
  criterionVersion: number & Opt = 1;

  @Field(() => Int, {
    description: 'Increases by one with every change; pass it back as expectedVersion to avoid overwriting.',
  })
  @Property({ version: true, type: 'integer' })
  version!: number & Opt;
}
