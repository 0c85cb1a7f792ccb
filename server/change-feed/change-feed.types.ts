import { ArgsType, Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AssessmentHistory } from '../assessment/assessment-history.entity';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, PageInfo } from '../graphql/connection';
import { Task } from '../task/task.entity';

export enum ChangeKind {
  ASSESSMENT = 'ASSESSMENT',
  TASK = 'TASK',
}

registerEnumType(ChangeKind, {
  name: 'ChangeKind',
  description: 'What a change of the feed is about.',
  valuesConfig: {
    ASSESSMENT: { description: 'An assessment (kết quả tự đánh giá) was answered, or its claim verified (xác minh).' },
    TASK: { description: 'A task (nhiệm vụ) was created or changed.' },
  },
});

@ArgsType()
export class ChangeFeedArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1–${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  first?: number;

  @Field(() => String, {
    nullable: true,
    description:
      "Where to resume: the `resumeCursor` (or an edge's cursor) of an earlier answer; omit it on the first sync.",
  })
  after?: string;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description:
      'Only changes made at or after this instant; meant for the first sync, after which `after` alone resumes exactly.',
  })
  since?: Date;

  @Field(() => [ChangeKind], {
    nullable: true,
    description: 'Only these kinds of change (all by default). Keep one cursor per choice of kinds.',
  })
  kinds?: ChangeKind[];
}

@ObjectType({
  description:
    'One change (thay đổi) for a syncing tool: an assessment answered or verified, or a task created or changed.',
})
export class Change {
  @Field(() => ChangeKind, { description: 'What changed: an assessment or a task.' })
  kind!: ChangeKind;

  @Field(() => GraphQLISODateTime, { description: 'When the change was made.' })
  changedAt!: Date;

  @Field(() => AssessmentHistory, {
    nullable: true,
    description:
      "For ASSESSMENT: the state this change wrote (an answer or a verification decision), as kept in the assessment's history.",
  })
  assessmentChange?: AssessmentHistory;

  @Field(() => Task, {
    nullable: true,
    description: 'For TASK: the task as it stands now; a task changed several times appears once, at its last change.',
  })
  task?: Task;

  /** Position in the feed, served only as an opaque cursor. */
  position!: FeedPosition;
}

/**
 * Where a change stands in the feed: the writing transaction first, then the kind, then the id.
 * Every transaction that commits later has an id at least the oldest one running when a page
 * was read, so a cursor never passes a change that is yet to become visible.
 */
export interface FeedPosition {
  xid: bigint;
  kind: ChangeKind;
  id: number;
}

@ObjectType({ description: 'An edge of the change feed.' })
export class ChangeEdge {
  @Field({ description: 'Pass as `after` to read the changes that follow this one.' })
  cursor!: string;

  @Field(() => Change, { description: 'The change.' })
  node!: Change;
}

@ObjectType({ description: 'A page of the change feed (Relay cursor connection), oldest change first.' })
export class ChangeConnection {
  @Field(() => [ChangeEdge], { description: 'The changes of this page with their cursors, oldest first.' })
  edges!: ChangeEdge[];

  @Field(() => [Change], { description: 'The nodes of the edges, for clients that need no cursors.' })
  nodes!: Change[];

  @Field(() => PageInfo, {
    description: 'Whether more changes are ready now (hasNextPage), and the cursors of this page.',
  })
  pageInfo!: PageInfo;

  @Field({
    description:
      'Store this and pass it as `after` next time: the end of this page, or — when no more changes are ready — the point up to which every change has been delivered. Never null, even for an empty page.',
  })
  resumeCursor!: string;
}
