import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { TaskAssigner } from '../domain/enums';
import { Province } from '../province/province.entity';
import { Unit } from '../unit/unit.entity';

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

  @Field({ nullable: true, description: 'Recurrence, e.g. "Hằng tháng", for recurring tasks.' })
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

  @Field(() => GraphQLISODateTime, { description: 'When the task was created or last changed.' })
  @Property({ type: 'Date', defaultRaw: 'now()', onCreate: () => new Date(), onUpdate: () => new Date() })
  updatedAt!: Date & Opt;

  /** The transaction that last wrote the task (stamped by the database on every write): the change feed's position. */
  @Property({ columnType: 'xid8', type: 'string', defaultRaw: 'pg_current_xact_id()' })
  changeXid!: string & Opt;
}
