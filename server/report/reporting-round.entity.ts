import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Bloc, Level } from '../domain/enums';
import { Province } from '../province/province.entity';
import { ReportTemplate } from './report-template.entity';
import { ScheduleFrequency } from './report.enums';

@ObjectType({
  description:
    'A report schedule: a template assigned to a level, blocs and scope (the nation or one province), due monthly, quarterly or once; it opens one round per period by itself.',
})
@Entity()
export class ReportSchedule {
  @Field(() => ID, { description: 'Opaque id of the schedule.' })
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => ReportTemplate)
  template!: ReportTemplate;

  @Field(() => Level, { description: 'Level of the units that report.' })
  @Enum(() => Level)
  level!: Level;

  @Field(() => [Bloc], { description: 'Blocs whose units report.' })
  @Property({ type: 'json' })
  blocs!: Bloc[];

  /** Empty: every province. */
  @ManyToOne(() => Province, { nullable: true })
  province?: Province;

  @Field(() => ScheduleFrequency, { description: 'How often a round opens.' })
  @Enum(() => ScheduleFrequency)
  frequency!: ScheduleFrequency;

  @Field(() => Int, { nullable: true, description: 'MONTHLY and QUARTERLY: the day of the month a round is due.' })
  @Property({ type: 'integer', nullable: true })
  dueDay?: number;

  @Field(() => LocalDateResolver, { description: 'First day of the first period (ONCE: the day the round opens).' })
  @Property({ type: 'date' })
  startsOn!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'ONCE: the due date.' })
  @Property({ type: 'date', nullable: true })
  dueOn?: string;
}

@ObjectType({
  description: 'Reporting round (kỳ báo cáo): one period of a schedule; every unit in scope has a submission.',
})
@Entity()
@Unique({ properties: ['schedule', 'period'] })
export class ReportingRound {
  @Field(() => ID, { description: 'Opaque id of the round.' })
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => ReportSchedule)
  schedule!: ReportSchedule;

  @ManyToOne(() => ReportTemplate)
  template!: ReportTemplate;

  /** The schedule's scope, copied so that access filters read it directly. */
  @ManyToOne(() => Province, { nullable: true, index: true })
  province?: Province;

  @Field({ description: 'Period code: "2026-04", "2026-Q2" or "ONCE".' })
  @Property()
  period!: string;

  @Field({ description: 'The period as reports name it: "tháng 4/2026", "quý II/2026".' })
  @Property()
  label!: string;

  @Field(() => LocalDateResolver, { description: 'First day of the period.' })
  @Property({ type: 'date' })
  periodStart!: string;

  @Field(() => LocalDateResolver, { description: 'Last day of the period.' })
  @Property({ type: 'date' })
  periodEnd!: string;

  @Field(() => LocalDateResolver, {
    description: 'Due date: a report first submitted after this day (in Vietnam) is late.',
  })
  @Property({ type: 'date' })
  dueOn!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the round was opened.' })
  @Property({ type: 'Date', defaultRaw: 'now()' })
  openedAt!: Date & Opt;
}
