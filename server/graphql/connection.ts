import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badInput } from './errors';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1–${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  first?: number;

  @Field({ nullable: true, description: 'Cursor of the last edge of the previous page.' })
  after?: string;
}

@ObjectType({ description: 'Relay page information: where this page lies in the whole list.' })
export class PageInfo {
  @Field({ description: 'True when more rows follow: ask again with `after: endCursor`.' })
  hasNextPage!: boolean;

  @Field({ description: 'True when this page was asked for with `after` (rows precede it).' })
  hasPreviousPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the first row of this page; null when the page is empty.',
  })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Cursor of the last row of this page, to pass as `after` for the next page; null when the page is empty.',
  })
  endCursor!: string | null;
}

/** A page of rows with a lazily counted total: the count runs only when a client asks for it. */
export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
  count: () => Promise<number>;
}

/** Keyset position of a page: rows after `afterId`, at most `first` of them. */
export interface PageWindow {
  first: number;
  afterId: number | null;
}

export function pageWindow(args: PageArgs): PageWindow {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput(`Số bản ghi mỗi trang phải từ 1 đến ${MAX_PAGE_SIZE}.`, 'first');
  }
  return { first, afterId: args.after === undefined || args.after === null ? null : decodeCursor(args.after) };
}

export function encodeCursor(id: number): string {
  return Buffer.from(`c:${id}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const match = /^c:(\d{1,12})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw badInput('Con trỏ phân trang (after) không hợp lệ.', 'after');
  return Number(match[1]);
}

/** Builds the page from `first + 1` rows fetched in id order, the extra row telling whether more follow. */
export function toPage<T extends { id: number }>(rows: T[], window: PageWindow, count: () => Promise<number>): Page<T> {
  const nodes = rows.slice(0, window.first);
  return {
    nodes,
    count,
    pageInfo: {
      hasNextPage: rows.length > window.first,
      hasPreviousPage: window.afterId !== null,
      startCursor: nodes.length ? encodeCursor(nodes[0].id) : null,
      endCursor: nodes.length ? encodeCursor(nodes[nodes.length - 1].id) : null,
    },
  };
}

/** The Relay connection type of a node type, e.g. CommuneConnection with CommuneEdge. */
export function Connection<T extends { id: number }>(nodeType: ClassType<T>, typeName = nodeType.name) {
  @ObjectType(`${typeName}Edge`, { description: `An edge of a ${typeName} list.` })
  class Edge {
    @Field({ description: 'Pass as `after` to read the rows that follow this one.' })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${typeName} at this position of the list.` })
    node!: T;
  }

  @ObjectType(`${typeName}Connection`, { description: `A page of ${typeName} rows (Relay cursor connection).` })
  class ConnectionType {
    constructor(private readonly page: Page<T>) {}

    @Field(() => [Edge], {
      description: 'The rows of this page in id order, each with its cursor; empty past the last page.',
    })
    edges(): Edge[] {
      return this.page.nodes.map((node) => ({ cursor: encodeCursor(node.id), node }));
    }

    @Field(() => [nodeType], { description: 'The nodes of the edges, for clients that need no cursors.' })
    nodes(): T[] {
      return this.page.nodes;
    }

    @Field(() => PageInfo, { description: 'Whether more rows follow, and the cursors of this page.' })
    pageInfo(): PageInfo {
      return this.page.pageInfo;
    }

    @Field(() => Int, { description: 'Number of rows matching the filter, over all pages.' })
    totalCount(): Promise<number> {
      return this.page.count();
    }
  }
  return ConnectionType;
}
