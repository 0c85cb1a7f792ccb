import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { getNamedType, GraphQLError, isLeafType, visit, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from './connection';
import type { Context } from './context';
import { ErrorCode } from './errors';

/**
 * What one operation may ask (README, "Limits"). Measured on every query of the client,
 * the tests and the benchmark: at most 9 levels deep, 3 aliases, 154 tokens, and a cost of
 * about 824,000 (200 communes' units, each with a page of 20 assessments), so these leave
 * room for them while refusing queries built to exhaust the server: a page of 500 inside a
 * page of 500 costs over 17 million. `bytes` bounds the document itself, which the token
 * count does not (comments and white space are not tokens); it is checked before parsing.
 */
export const LIMITS = {
  depth: 10,
  aliases: 10,
  directives: 50,
  tokens: 1000,
  cost: 1_000_000,
  bytes: 64 * 1024,
} as const;

export type Limit = keyof typeof LIMITS | 'rows' | 'deadline';

export const LIMIT_MESSAGES: Record<keyof typeof LIMITS, string> = {
  depth: `Truy vấn lồng quá sâu (tối đa ${LIMITS.depth} cấp).`,
  aliases: `Truy vấn dùng quá nhiều bí danh (tối đa ${LIMITS.aliases}).`,
  directives: `Truy vấn dùng quá nhiều chỉ thị (tối đa ${LIMITS.directives}).`,
  tokens: `Truy vấn quá dài (tối đa ${LIMITS.tokens} ký hiệu).`,
  cost: 'Truy vấn đòi hỏi quá nhiều dữ liệu; hãy giảm cỡ trang hoặc số trường lồng nhau.',
  bytes: `Văn bản truy vấn quá lớn (tối đa ${LIMITS.bytes / 1024} KB).`,
};

/** A refusal before anything runs: BAD_USER_INPUT with the limit it broke, HTTP 400. */
export function limitRefusal(limit: keyof typeof LIMITS): GraphQLError {
  return new GraphQLError(LIMIT_MESSAGES[limit], {
    extensions: { code: ErrorCode.BAD_USER_INPUT, limit, http: { status: 400 } },
  });
}

/**
 * The cost model the README states — a leaf costs 1, an object 2, each nested level ×1.5 —
 * times the page a field returns: its `first` as the request sets it (literal or variable),
 * or the default page when the caller leaves it out.
 */
const pageCost: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const own = isLeafType(getNamedType(field.type)) ? 1 : 2;
  const paged = field.args.some((arg) => arg.name === 'first');
  const page = paged ? (typeof args.first === 'number' ? Math.max(args.first, 0) : DEFAULT_PAGE_SIZE) : 1;
  return own + childComplexity * 1.5 * page;
};

/** The operation's cost with its variables coerced, or undefined when they do not coerce (execution refuses those). */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
): number | undefined {
  try {
    return getComplexity({
      schema,
      query: document,
      operationName: operationName ?? undefined,
      variables: variables ?? {},
      estimators: [pageCost],
    });
  } catch {
    return undefined;
  }
}

/** A NUL (which PostgreSQL text cannot hold) or a lone surrogate half (not Unicode text at all). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const unfit = (text: string) => text.includes('\0') || LONE_SURROGATE.test(text);

function unfitString(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return unfit(value);
  if (depth > 20 || value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([key, inner]) => unfit(key) || unfitString(inner, depth + 1));
}

function documentHasUnfitString(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    StringValue(node) {
      if (unfit(node.value)) found = true;
    },
  });
  return found;
}

const unfitInput = () =>
  new GraphQLError('Dữ liệu gửi lên chứa ký tự không hợp lệ (ký tự NUL hoặc mã Unicode không trọn vẹn).', {
    extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
  });

/**
 * Checks every operation once it is parsed and validated, before any resolver or statement
 * runs: its cost with the variables it came with, and that no string in it or its variables
 * is text PostgreSQL would refuse — such input would otherwise break the connection mid-query
 * and be mistaken for a database outage.
 */
export function requestChecks(schema: GraphQLSchema): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request: { variables, operationName } }) {
          if (unfitString(variables) || documentHasUnfitString(document)) throw unfitInput();
          if (!operation) return;
          const cost = operationCost(schema, document, operationName ?? operation.name?.value, variables);
          if (cost !== undefined && cost > LIMITS.cost) throw limitRefusal('cost');
        },
      };
    },
  };
}

/** Refuses a document over the byte limit before Apollo parses it. */
export const documentSizeLimit: RequestHandler = (req, res, next) => {
  const query = (req.body as { query?: unknown } | undefined)?.query ?? req.query?.query;
  if (typeof query !== 'string' || Buffer.byteLength(query) <= LIMITS.bytes) return next();
  res.status(400).json({
    errors: [{ message: LIMIT_MESSAGES.bytes, extensions: { code: ErrorCode.BAD_USER_INPUT, limit: 'bytes' } }],
  });
};
