import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { TaskAssigner } from '../domain/enums';

@InputType({ description: 'Filters of the task list; all given filters apply together.' })
export class TaskFilter {
  @Field(() => ID, { nullable: true, description: "Tasks of one province (its own and its units')." })
  provinceId?: string;

  @Field(() => ID, { nullable: true, description: 'Only tasks owned by this unit.' })
  ownerUnitId?: string;

  @Field({ nullable: true, description: 'true: only national tasks (no province).' })
  national?: boolean;

  @Field(() => ID, { nullable: true, description: "Only tasks owned by the commune's units." })
  communeId?: string;

  @Field(() => TaskAssigner, { nullable: true, description: 'Only tasks assigned by this level.' })
  assignedBy?: TaskAssigner;

  @Field({
    nullable: true,
    description: "true: only tasks the caller may report progress on (reportTaskProgress): its own units' tasks.",
  })
  reportable?: boolean;
}

@InputType({
  description:
    "A new plan task; a province overseer assigns within the province, the national overseer nation-wide, a commune leader (the commune chair) to one of the commune's units.",
})
export class CreateTaskInput {
  @Field({ description: '1–2,000 characters.' })
  title!: string;

  @Field({ nullable: true, description: 'Group (Nhóm I–VI).' })
  group?: string;

  @Field(() => ID, {
    nullable: true,
    description: "The owner unit; its province becomes the task's province. Required from a commune leader.",
  })
  ownerUnitId?: string;

  @Field({ nullable: true, description: 'An owner named as an agency, where no unit owns the task.' })
  ownerName?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The province, for a task no unit owns; empty with no owner unit = national.',
  })
  provinceId?: string;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'Deadline (YYYY-MM-DD); omit for a recurring or open-ended task.',
  })
  deadline?: string;

  @Field({ nullable: true, description: 'For recurring tasks, e.g. "Hằng tháng".' })
  recurrence?: string;
}

@InputType({ description: 'Changes to a task; omitted fields stay, null clears a date.' })
export class UpdateTaskInput {
  @Field({ nullable: true, description: 'New title, 1–2,000 characters.' })
  title?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'New deadline (YYYY-MM-DD); null clears it.' })
  deadline?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When work started (YYYY-MM-DD); null clears it.' })
  startedOn?: string | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'When it was completed (YYYY-MM-DD); null reopens the task.',
  })
  completedOn?: string | null;
}

@InputType({
  description:
    "The owner's report on a task; omitted fields stay, null clears. A completion date makes the progress 100 %; progress or a completion date without a start date starts the task on that day (today or the completion date).",
})
export class ReportTaskProgressInput {
  @Field(() => Int, {
    nullable: true,
    description: 'Progress, 0–100 %; 100 needs a completion date (here or already recorded).',
  })
  progressPercent?: number | null;

  @Field(() => String, { nullable: true, description: 'Result text (kết quả thực hiện), at most 4,000 characters.' })
  result?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Evidence: a document number, a note or a link, at most 2,000 characters.',
  })
  evidence?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When work started (YYYY-MM-DD), not after today.' })
  startedOn?: string | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'When it was completed (YYYY-MM-DD), not after today nor before the start; null reopens the task.',
  })
  completedOn?: string | null;
}
