import { createHash } from 'node:crypto';
import { getOperationAST, OperationTypeNode, parse } from 'graphql';
import type { Request } from 'express';

/** Documents already classified, by text; bounded, since clients send a handful of distinct operations. */
const known = new Map<string, boolean>();
const KNOWN_LIMIT = 1000;

/**
 * Whether a request may write, so that it runs on the primary and reads its own writes (the
 * figures a mutation returns) rather than a replica that may lag. Decided before Apollo
 * parses, from the body alone: a GET carries only queries; a document that does not parse
 * counts as writing, the safe side. The client sends persisted queries as a hash alone once
 * registered, so a document is also remembered by its hash — only when the hash is truly
 * its SHA-256, so that no request can file a mutation's hash as a query; a hash not seen
 * with its document by this process counts as writing.
 */
export function mayWrite(req: Request, maxTokens: number): boolean {
  if (req.method === 'GET') return false;
  const { query, operationName, extensions } = (req.body ?? {}) as {
    query?: unknown;
    operationName?: unknown;
    extensions?: { persistedQuery?: { sha256Hash?: unknown } };
  };
  const name = typeof operationName === 'string' ? operationName : '';
  const hash = extensions?.persistedQuery?.sha256Hash;
  const hashKey = typeof hash === 'string' ? `#${hash}\n${name}` : undefined;
  if (typeof query !== 'string') return hashKey === undefined ? true : (known.get(hashKey) ?? true);
  const key = `${name}\n${query}`;
  let writes = known.get(key);
  if (writes === undefined) {
    try {
      const operation = getOperationAST(parse(query, { maxTokens }), name || undefined);
      writes = operation?.operation !== OperationTypeNode.QUERY;
    } catch {
      writes = true;
    }
    remember(key, writes);
  }
  if (hashKey && !known.has(hashKey) && hash === createHash('sha256').update(query).digest('hex'))
    remember(hashKey, writes);
  return writes;
}

function remember(key: string, writes: boolean): void {
  if (known.size >= KNOWN_LIMIT) known.clear();
  known.set(key, writes);
}
