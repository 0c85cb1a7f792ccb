import { Embedded, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Criterion } from '../criterion/criterion.entity';
import { VerificationStatus } from '../domain/enums';
import { Unit } from '../unit/unit.entity';
import { User } from '../user/user.entity';
import { AnswerValue } from './answer-value';
import { Evidence } from './evidence';

@ObjectType({ description: "Assessment (kết quả tự đánh giá): a unit's current answer to a criterion." })
@Entity()
@Unique({ properties: ['unit', 'criterion'] })
@Index({ properties: ['criterion', 'met'] })
export class Assessment {
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

  @Field(() => VerificationStatus, {
    description: 'Verification (xác minh) of the claim by an overseer; a new answer resets it to UNVERIFIED.',
  })
  @Enum({ items: () => VerificationStatus, default: VerificationStatus.UNVERIFIED })
  verification: VerificationStatus & Opt = VerificationStatus.UNVERIFIED;

  /** Exposed through AssessmentResolver: readable only within the unit's province, like answeredBy. */
  @ManyToOne(() => User, { nullable: true })
  verifiedBy?: User;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the claim was confirmed or rejected; empty while UNVERIFIED.',
  })
  @Property({ nullable: true })
  verifiedAt?: Date;

  @Field(() => String, {
    nullable: true,
    description: "The overseer's reason for the decision (required on REJECTED).",
  })
  @Property({ type: 'text', nullable: true })
  verificationReason?: string;

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
