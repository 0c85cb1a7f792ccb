import { getOperationAST, OperationTypeNode, parse } from 'graphql';
import type { Request } from 'express';

/** Documents already classified, by text; bounded, since clients send a handful of distinct operations. */
const known = new Map<string, boolean>();
const KNOWN_LIMIT = 1000;

/**
 * Whether a request may write, so that it runs on the primary and reads its own writes (the
 * figures a mutation returns) rather than a replica that may lag. Decided before Apollo
 * parses, from the body alone: a GET carries only queries; a body without a document (a
 * persisted-query hash) or one that does not parse counts as writing, the safe side.
 */
export function mayWrite(req: Request, maxTokens: number): boolean {
  if (req.method === 'GET') return false;
  const { query, operationName } = (req.body ?? {}) as { query?: unknown; operationName?: unknown };
  if (typeof query !== 'string') return true;
  const key = `${typeof operationName === 'string' ? operationName : ''}\n${query}`;
  let writes = known.get(key);
  if (writes === undefined) {
    try {
      const operation = getOperationAST(parse(query, { maxTokens }), typeof operationName === 'string' ? operationName : undefined);
      writes = operation?.operation !== OperationTypeNode.QUERY;
    } catch {
      writes = true;
    }
    if (known.size >= KNOWN_LIMIT) known.clear();
    known.set(key, writes);
  }
  return writes;
}
