import type { MiddlewareFn } from 'type-graphql';
import type { Context } from './context';
import { unauthenticated } from './errors';

/** Root fields open to callers without a token: signing in, and the schema itself. */
const PUBLIC_ROOT_FIELDS = new Set(['login', '__schema', '__type', '__typename']);
const ROOT_TYPES = new Set(['Query', 'Mutation']);

/** Every root field needs a valid token, so no data leaves without one, whatever a resolver forgets. */
export const requireViewer: MiddlewareFn<Context> = ({ context, info }, next) => {
  if (ROOT_TYPES.has(info.parentType.name) && !PUBLIC_ROOT_FIELDS.has(info.fieldName) && !context.viewer) {
    throw unauthenticated();
  }
  return next();
};
