import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Commune } from '../commune/commune.entity';
import { Bloc, Level } from '../domain/enums';
import { Province } from '../province/province.entity';
import { Unit } from '../unit/unit.entity';
import { User } from '../user/user.entity';
import { ReportingRound } from './reporting-round.entity';
import { ReviewerKind, SubmissionAction, SubmissionStatus } from './report.enums';

export type ReportValues = Record<string, unknown>;

@ObjectType({
  description:
    "Report submission (báo cáo của đơn vị): a unit's report in a round — DRAFT → SUBMITTED → ACCEPTED, or RETURNED with the reviewer's comment and resubmitted; every version kept.",
})
@Entity()
@Unique({ properties: ['round', 'unit'] })
@Index({ properties: ['province', 'status'] })
export class ReportSubmission {
  @Field(() => ID, { description: 'Opaque id of the submission.' })
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => ReportingRound)
  round!: ReportingRound;

  @ManyToOne(() => Unit, { index: true })
  unit!: Unit;

  /** The unit's place and the template's reviewer, copied so that access rules read them directly. */
  @ManyToOne(() => Province)
  province!: Province;

  @ManyToOne(() => Commune, { nullable: true, index: true })
  commune?: Commune;

  @Field(() => Bloc, { description: "The unit's bloc." })
  @Enum(() => Bloc)
  bloc!: Bloc;

  @Field(() => Level, { description: "The unit's level." })
  @Enum(() => Level)
  level!: Level;

  @Field(() => ReviewerKind, { description: 'Who reviews it (from the template).' })
  @Enum(() => ReviewerKind)
  reviewer!: ReviewerKind;

  @Field(() => SubmissionStatus, { description: 'Where it stands.' })
  @Enum(() => SubmissionStatus)
  status: SubmissionStatus & Opt = SubmissionStatus.DRAFT;

  @Field(() => GraphQLJSONObject, {
    description: "The values by template field key (see ReportFieldKind for each kind's shape).",
  })
  @Property({ type: 'json' })
  values: ReportValues & Opt = {};

  @Field(() => String, { nullable: true, description: 'Name printed in the signature block.' })
  @Property({ nullable: true })
  signerName?: string;

  @Field(() => Int, { description: 'Increases with every change; pass it back as expectedVersion.' })
  @Property({ type: 'integer' })
  version: number & Opt = 0;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it was first submitted; on time when that day (in Vietnam) is not after the due date.',
  })
  @Property({ nullable: true })
  firstSubmittedAt?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was last submitted (đã nộp lúc …).' })
  @Property({ nullable: true })
  submittedAt?: Date;

  @ManyToOne(() => User, { nullable: true })
  submittedBy?: User;

  @ManyToOne(() => User, { nullable: true })
  reviewedBy?: User;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was last accepted or returned.' })
  @Property({ nullable: true })
  reviewedAt?: Date;

  @Field(() => String, { nullable: true, description: "The reviewer's last comment (required when returning)." })
  @Property({ type: 'text', nullable: true })
  reviewComment?: string;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: "The reviewer's verdicts by VERDICT field key: {fieldKey: {subjectKey: Verdict}}.",
  })
  @Property({ type: 'json', nullable: true })
  reviewVerdicts?: Record<string, Record<string, string>>;

  @Field(() => GraphQLISODateTime, { description: 'When it last changed.' })
  @Property({ type: 'Date', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt!: Date & Opt;
}

@ObjectType({ description: 'One version of a submission: what it held after a change, who made it and when.' })
@Entity()
@Index({ properties: ['submission', 'version'] })
export class ReportSubmissionVersion {
  @Field(() => ID, { description: 'Opaque id of the version row.' })
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => ReportSubmission)
  submission!: ReportSubmission;

  @Field(() => Int, { description: "The submission's version after the change." })
  @Property({ type: 'integer' })
  version!: number;

  @Field(() => SubmissionAction, { description: 'What the change was.' })
  @Enum(() => SubmissionAction)
  action!: SubmissionAction;

  @Field(() => SubmissionStatus, { description: 'The status after the change.' })
  @Enum(() => SubmissionStatus)
  status!: SubmissionStatus;

  @Field(() => GraphQLJSONObject, { description: 'The values after the change.' })
  @Property({ type: 'json' })
  values!: ReportValues;

  @Field(() => String, { nullable: true, description: "The reviewer's comment of a RETURN or REOPEN." })
  @Property({ type: 'text', nullable: true })
  comment?: string;

  @ManyToOne(() => User, { nullable: true })
  changedBy?: User;

  @Field({ description: 'Username of who made the change.' })
  @Property()
  changedByName!: string;

  @Field(() => GraphQLISODateTime, { description: 'When.' })
  @Property({ type: 'Date' })
  changedAt!: Date;
}
