import { Embedded, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { AssessmentChangeKind } from '../domain/enums';
import { User } from '../user/user.entity';
import { AnswerValue } from './answer-value';
import { Assessment } from './assessment.entity';
import { Evidence } from './evidence';
import { VerifiedClaim } from './verification';

/** Append-only: a row is written with every change of an assessment and never updated. */
@ObjectType({ description: 'One past state of an assessment, kept for every change.' })
// An assessment's state at the end of a past day is its last row before midnight: one index probe each.
@Index({
  name: 'assessment_history_state_at_index',
  expression:
    'create index "assessment_history_state_at_index" on "assessment_history" ("assessment_id", "changed_at" desc, "id" desc) include ("met", "verification")',
})
@Entity()
export class AssessmentHistory extends VerifiedClaim {
  @Field(() => ID, {
    description: 'Opaque id of this history row; the rows of one assessment sort by it in time order.',
  })
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Assessment, { index: true })
  assessment!: Assessment;

  @Field(() => Int, {
    description: "The assessment's version after this change: 1 for the first answer, one more for each change.",
  })
  @Property()
  version!: number;

  @Field(() => AnswerValue, { description: 'The answer as it stood after this change.' })
  @Embedded(() => AnswerValue, { prefix: 'answer_' })
  answer!: AnswerValue;

  @Field({ description: 'Whether that answer met the pass rule in force when it was given.' })
  @Property()
  met!: boolean;

  @Field(() => Evidence, {
    description: "The evidence as it stood after this change; the note only within the unit's province.",
  })
  @Embedded(() => Evidence, { prefix: 'evidence_' })
  evidence!: Evidence;

  @Field(() => Int, {
    description:
      'The version of the criterion (CriterionVersion.number) the answer was given against, or judged again under for a RULE_CHANGE.',
  })
  @Property({ type: 'integer', default: 1 })
  criterionVersion: number & Opt = 1;

  @Field(() => AssessmentChangeKind, { description: 'Whether the unit answered or an overseer verified.' })
  @Enum({ items: () => AssessmentChangeKind, default: AssessmentChangeKind.ANSWER })
  kind: AssessmentChangeKind & Opt = AssessmentChangeKind.ANSWER;

  @ManyToOne(() => User, { nullable: true })
  changedBy?: User;

  @Field(() => GraphQLISODateTime, { description: 'When the change was saved (ISO 8601, UTC).' })
  @Property({ index: true })
  changedAt!: Date;

  /** The writing transaction (stamped by the database): the change feed's position, served only inside its opaque cursors. */
  @Property({ columnType: 'xid8', type: 'string', defaultRaw: 'pg_current_xact_id()' })
  changeXid!: string & Opt;
}
