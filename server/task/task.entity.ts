import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { GraphQLJSONObject, LocalDateResolver } from 'graphql-scalars';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { TaskAssigner } from '../domain/enums';
import { Province } from '../province/province.entity';
import { Unit } from '../unit/unit.entity';
import { User } from '../user/user.entity';

@ObjectType({ description: 'Task (nhiệm vụ): plan work with an owner and a deadline or recurrence.' })
@Entity()
export class Task {
  @Field(() => ID, { description: 'Opaque id of the task (nhiệm vụ).' })
  @PrimaryKey()
  id!: number;

  @Field({ description: 'Stable code, e.g. "T01".' })
  @Property({ unique: true })
  code!: string;

  @Field({ description: 'What is to be done, as the plan words it (Vietnamese).' })
  @Property({ type: 'text' })
  title!: string;

  @Field({ nullable: true, description: 'Group (Nhóm I–VI).' })
  @Property({ nullable: true })
  group?: string;

  @Field({
    nullable: true,
    description: "Name of the task's group (Nhóm) as the plan words it; empty when the plan gives none.",
  })
  @Property({ nullable: true })
  groupName?: string;

  @ManyToOne(() => Unit, { nullable: true, index: true })
  ownerUnit?: Unit;

  @Field({ nullable: true, description: 'Owner named as an agency, where the owner is not a unit.' })
  @Property({ type: 'text', nullable: true })
  ownerName?: string;

  @Field(() => TaskAssigner, { description: 'Who assigned it: central, province or commune chair.' })
  @Enum(() => TaskAssigner)
  assignedBy!: TaskAssigner;

  /** The province the task belongs to; empty for national tasks. */
  @ManyToOne(() => Province, { nullable: true, index: true })
  province?: Province;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'Deadline (YYYY-MM-DD); empty for recurring or open-ended tasks.',
  })
  @Property({ type: 'date', nullable: true })
  deadline?: string;

  @Field({
    nullable: true,
    description:
      'Recurrence, e.g. "Thường xuyên" or "Hằng tháng", for recurring tasks; one without a deadline is overdue until its owner reports it started.',
  })
  @Property({ nullable: true })
  recurrence?: string;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'When work started (YYYY-MM-DD); empty when not recorded.',
  })
  @Property({ type: 'date', nullable: true })
  startedOn?: string;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'When it was completed (YYYY-MM-DD); empty while open.',
  })
  @Property({ type: 'date', nullable: true })
  completedOn?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Progress the owner reported, 0–100 %; 100 once completed; empty until the owner reports any.',
  })
  @Property({ type: 'smallint', nullable: true })
  progressPercent?: number;

  @Field({
    nullable: true,
    description: "The owner's result text (kết quả thực hiện), as the report's tasks appendix prints it.",
  })
  @Property({ type: 'text', nullable: true })
  result?: string;

  @Field({ nullable: true, description: 'Evidence of the result: a document number, a note or a link (minh chứng).' })
  @Property({ type: 'text', nullable: true })
  evidence?: string;

  @Field(() => GraphQLISODateTime, { description: 'When the task was created or last changed.' })
  @Property({ type: 'Date', defaultRaw: 'now()', onCreate: () => new Date(), onUpdate: () => new Date() })
  updatedAt!: Date & Opt;

  /** The transaction that last wrote the task (stamped by the database on every write): the change feed's position. */
  @Property({ columnType: 'xid8', type: 'string', defaultRaw: 'pg_current_xact_id()' })
  changeXid!: string & Opt;
}

/** Append-only: a row is written with every progress report of a task's owner and never updated. */
@ObjectType({
  description: "One progress report of a task's owner: who, when, what changed and the task's progress after it.",
})
@Entity()
export class TaskProgressEntry {
  @Field(() => ID, { description: 'Opaque id of the history row; the rows of one task sort by it in time order.' })
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Task, { index: true })
  task!: Task;

  @ManyToOne(() => User, { nullable: true })
  changedBy?: User;

  /** Exposed through TaskProgressEntryResolver: readable only within the owner unit's province. */
  @Property()
  changedByName!: string;

  @Field(() => GraphQLISODateTime, { description: 'When.' })
  @Property({ type: 'Date', defaultRaw: 'now()' })
  changedAt!: Date & Opt;

  @Field(() => GraphQLJSONObject, {
    description:
      'What changed: each field reported (progressPercent, result, evidence, startedOn, completedOn) with its value before and after, {field: {from, to}}.',
  })
  @Property({ type: 'json' })
  changes!: Record<string, { from: unknown; to: unknown }>;

  @Field(() => Int, { nullable: true, description: 'Progress after the report, 0–100 %.' })
  @Property({ type: 'smallint', nullable: true })
  progressPercent?: number;

  @Field({ nullable: true, description: 'The result text after the report.' })
  @Property({ type: 'text', nullable: true })
  result?: string;

  @Field({ nullable: true, description: 'The evidence after the report.' })
  @Property({ type: 'text', nullable: true })
  evidence?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The start date after the report (YYYY-MM-DD).' })
  @Property({ type: 'date', nullable: true })
  startedOn?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The completion date after the report (YYYY-MM-DD).' })
  @Property({ type: 'date', nullable: true })
  completedOn?: string;
}
