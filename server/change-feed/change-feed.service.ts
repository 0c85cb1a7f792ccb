import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AssessmentHistory } from '../assessment/assessment-history.entity';
import type { Access } from '../auth/access';
import type { SubjectName } from '../auth/ability';
import { query, sql } from '../database/sql';
import { pageWindow } from '../graphql/connection';
import { badInput } from '../graphql/errors';
import { Task } from '../task/task.entity';
import {
  ChangeKind,
  type Change,
  type ChangeConnection,
  type ChangeFeedArgs,
  type FeedPosition,
} from './change-feed.types';

/** Kinds in their order within one transaction. */
const KIND_ORDER = [ChangeKind.ASSESSMENT, ChangeKind.TASK];

export function encodePosition(position: FeedPosition): string {
  return Buffer.from(`f:${position.xid}:${KIND_ORDER.indexOf(position.kind)}:${position.id}`).toString('base64url');
}

function decodePosition(cursor: string): FeedPosition {
  const match = /^f:(\d{1,20}):([01]):(\d{1,12})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw badInput('Con trỏ của luồng thay đổi (after) không hợp lệ.', 'after');
  return { xid: BigInt(match[1]), kind: KIND_ORDER[Number(match[2])], id: Number(match[3]) };
}

function compare(a: FeedPosition, b: FeedPosition): number {
  if (a.xid !== b.xid) return a.xid < b.xid ? -1 : 1;
  return KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.id - b.id;
}

/** Rows of one kind that come after a position, as a filter on (change_xid, id). */
function afterPosition(kind: ChangeKind, position: FeedPosition | null): Record<string, unknown> {
  if (!position) return {};
  const xid = String(position.xid);
  const order = KIND_ORDER.indexOf(kind) - KIND_ORDER.indexOf(position.kind);
  if (order > 0) return { changeXid: { $gte: xid } };
  if (order < 0) return { changeXid: { $gt: xid } };
  return { $or: [{ changeXid: { $gt: xid } }, { changeXid: xid, id: { $gt: position.id } }] };
}

interface FeedSource<T extends { id: number; changeXid: string }> {
  kind: ChangeKind;
  entity: new () => T;
  subject: SubjectName;
  since: (since: Date) => FilterQuery<T>;
  /** Rows no list shows (answers to placeholder criteria, which stand only in the counters) stay out. */
  shown: FilterQuery<T>;
  toChange: (row: T) => Omit<Change, 'position' | 'kind'>;
}

const SOURCES: FeedSource<any>[] = [
  {
    kind: ChangeKind.ASSESSMENT,
    entity: AssessmentHistory,
    subject: 'AssessmentHistory',
    since: (since) => ({ changedAt: { $gte: since } }),
    shown: { assessment: { criterion: { isPlaceholder: false } } },
    toChange: (row: AssessmentHistory) => ({ changedAt: row.changedAt, assessmentChange: row }),
  } satisfies FeedSource<AssessmentHistory>,
  {
    kind: ChangeKind.TASK,
    entity: Task,
    subject: 'Task',
    since: (since) => ({ updatedAt: { $gte: since } }),
    shown: {},
    toChange: (row: Task) => ({ changedAt: row.updatedAt, task: row }),
  } satisfies FeedSource<Task>,
];

/**
 * The oldest transaction still running: every change of an older transaction is committed (or
 * gone) and visible now, and every one still to come belongs to this transaction or a later one.
 */
async function settledBefore(em: EntityManager): Promise<bigint> {
  const [row] = await query<{ xmin: string }>(em, sql`select pg_snapshot_xmin(pg_current_snapshot())::text as xmin`);
  return BigInt(row.xmin);
}

/**
 * One page of everything the caller may read that changed after a cursor, oldest first. Only
 * changes of transactions older than every running one are handed out, so a change whose
 * sequence id was taken before a later one commits can never fall behind a cursor already given.
 * The bound and the rows are read in one transaction, so on the primary: a replica behind it
 * could lack rows the bound already covers.
 */
export function readChanges(em: EntityManager, access: Access, args: ChangeFeedArgs): Promise<ChangeConnection> {
  const { first } = pageWindow({ first: args.first });
  const after = args.after === undefined || args.after === null ? null : decodePosition(args.after);
  // A clean fork: the transaction must not flush whatever else the request's manager holds.
  return em.fork().transactional((tx) => readPage(tx, access, args, first, after));
}

async function readPage(
  em: EntityManager,
  access: Access,
  args: ChangeFeedArgs,
  first: number,
  after: FeedPosition | null,
): Promise<ChangeConnection> {
  const kinds = args.kinds?.length ? args.kinds : KIND_ORDER;
  const bound = await settledBefore(em);

  const pages = await Promise.all(
    SOURCES.filter((source) => kinds.includes(source.kind)).map(async (source) => {
      const where = access.readable(source.subject, {
        $and: [
          afterPosition(source.kind, after),
          { changeXid: { $lt: String(bound) } },
          args.since ? source.since(args.since) : {},
          source.shown,
        ],
      });
      if (where === null) return [];
      const rows = await em.find(source.entity, where, {
        orderBy: { changeXid: 'asc', id: 'asc' },
        limit: first + 1,
      });
      return rows.map((row): Change => ({
        kind: source.kind,
        ...source.toChange(row),
        position: { xid: BigInt(row.changeXid), kind: source.kind, id: row.id },
      }));
    }),
  );
  const changes = pages.flat().sort((a, b) => compare(a.position, b.position));
  const nodes = changes.slice(0, first);
  const hasNextPage = changes.length > first;
  const edges = nodes.map((node) => ({ cursor: encodePosition(node.position), node }));
  const endCursor = edges.length ? edges[edges.length - 1].cursor : null;
  // With nothing more ready, every change before the bound has been delivered (or is not the caller's).
  const settled: FeedPosition = { xid: bound, kind: KIND_ORDER[0], id: 0 };
  const resume = hasNextPage
    ? nodes[nodes.length - 1].position
    : after && compare(after, settled) > 0
      ? after
      : settled;
  return {
    edges,
    nodes,
    pageInfo: { hasNextPage, hasPreviousPage: after !== null, startCursor: edges[0]?.cursor ?? null, endCursor },
    resumeCursor: encodePosition(resume),
  };
}
