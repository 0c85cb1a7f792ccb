import { Enum, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { sql } from '../database/sql';
import { Bloc } from '../domain/enums';
import { ReportSubmission } from '../report/report-submission.entity';
import { FollowUpSource, FollowUpStatus } from '../report/report.enums';
import { Unit } from '../unit/unit.entity';

/** The tables of the two kinds, for hand-written figures over either. */
export const UNIT_REPORT_TABLES = { obstacle: sql`obstacle`, recommendation: sql`recommendation` };

/**
 * What obstacles and recommendations share: a unit reports a categorised text on a date, and
 * the receiving level follows it up (open → answered → resolved) until it is settled.
 */
@ObjectType({ description: 'What obstacles and recommendations share.' })
export abstract class UnitReport {
  @Field(() => ID, { description: 'Opaque id of the report.' })
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Unit, { index: true })
  unit!: Unit;

  @Field(() => Bloc, { description: 'The bloc (khối) of the reporting unit.' })
  @Enum(() => Bloc)
  bloc!: Bloc;

  @Field({ description: 'Category, so that differently worded reports can be ranked together.' })
  @Property({ index: true })
  category!: string;

  @Field({ description: 'What the unit reported, in its own words (Vietnamese).' })
  @Property({ type: 'text' })
  text!: string;

  @Field(() => LocalDateResolver, { description: 'When it was reported (YYYY-MM-DD).' })
  @Property({ type: 'date' })
  reportedOn!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Who is asked to act (Chính phủ, Ban Chỉ đạo, the province, a department…); empty when none was named.',
  })
  @Property({ nullable: true, index: true })
  addressee?: string;

  @Field(() => FollowUpStatus, { description: 'Follow-up: open, answered or resolved.' })
  @Enum({ items: () => FollowUpStatus, default: FollowUpStatus.OPEN })
  status: FollowUpStatus & Opt = FollowUpStatus.OPEN;

  @Field(() => String, { nullable: true, description: "The addressee's answer, as recorded by the receiving level." })
  @Property({ type: 'text', nullable: true })
  answer?: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the answer was recorded.' })
  @Property({ nullable: true })
  answeredAt?: Date;

  @Field(() => LocalDateResolver, { nullable: true, description: 'By when it should be settled; overdue after it.' })
  @Property({ type: 'date', nullable: true })
  dueOn?: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was marked resolved.' })
  @Property({ nullable: true })
  resolvedAt?: Date;

  @Field(() => FollowUpSource, {
    description: "Where it was written: a unit's report, a reviewer's finding, or imported.",
  })
  @Enum({ items: () => FollowUpSource, default: FollowUpSource.IMPORTED })
  source: FollowUpSource & Opt = FollowUpSource.IMPORTED;

  /** The submission it was written in (by the unit or as a reviewer's finding). */
  @ManyToOne(() => ReportSubmission, { nullable: true, index: true, deleteRule: 'cascade' })
  submission?: ReportSubmission;
}
