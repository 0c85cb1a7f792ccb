import { budgetOf, tagged } from './request-budget';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';

/**
 * An SQL statement or fragment with its bound values: the text holds `?` for each value, in
 * order. Built only by the `sql` tag below, so no value ever becomes SQL text, and fragments
 * compose: a fragment placed in another brings its values along.
 */
export class Sql {
  private constructor(
    readonly text: string,
    readonly values: readonly unknown[],
  ) {}

  static of(strings: readonly string[], parts: readonly unknown[]): Sql {
    // The driver layer reads `?` as a placeholder; one written in the text (a jsonb operator) is escaped.
    const texts = [escapeMarks(strings[0])];
    const values: unknown[] = [];
    parts.forEach((part, i) => {
      if (part instanceof Sql) {
        texts.push(part.text);
        values.push(...part.values);
      } else {
        texts.push('?');
        values.push(part === undefined ? null : part);
      }
      texts.push(escapeMarks(strings[i + 1]));
    });
    return new Sql(texts.join(''), values);
  }

  /** A table or column name, quoted: for code that writes many tables alike (the demo loader). */
  static identifier(name: string): Sql {
    return new Sql(`"${name.replace(/"/g, '""')}"`, []);
  }

  /** A query built by the ORM's query builder, as a fragment (its values stay bound). */
  static fromBuilder(builder: Knex.QueryBuilder): Sql {
    const { sql: text, bindings } = builder.toSQL();
    return new Sql(text, bindings);
  }
}

const escapeMarks = (text: string) => text.replace(/\?/g, '\\?');

/** Tags SQL text: every `${…}` is a bound value, or a fragment made by this tag. */
export function sql(strings: TemplateStringsArray, ...parts: unknown[]): Sql {
  return Sql.of(strings, parts);
}

/** Fragments joined by a separator (itself a fragment), e.g. the arms of an `or`. */
export function joinSql(fragments: readonly Sql[], separator: Sql): Sql {
  if (!fragments.length) return sql``;
  const parts = fragments.flatMap((fragment, i) => (i ? [separator, fragment] : [fragment]));
  return Sql.of([...parts.map(() => ''), ''], parts);
}

const ARRAY_TYPES = {
  int: sql`int[]`,
  text: sql`text[]`,
  date: sql`date[]`,
  float8: sql`float8[]`,
  timestamptz: sql`timestamptz[]`,
  boolean: sql`boolean[]`,
  jsonb: sql`jsonb[]`,
};

/**
 * Values bound as one PostgreSQL array of a type (the driver layer would spread a JavaScript
 * array into a list): `= any(${intArray(ids)})`.
 */
export type ArrayType = keyof typeof ARRAY_TYPES;

export const boundArray = (values: readonly unknown[], type: ArrayType) =>
  sql`cast(${pgArray(values)} as ${ARRAY_TYPES[type]})`;
export const intArray = (values: readonly (number | null | undefined)[]) => boundArray(values, 'int');
export const textArray = (values: readonly (string | null | undefined)[]) => boundArray(values, 'text');

function pgArray(values: readonly unknown[]): string {
  const element = (value: unknown) =>
    value === null || value === undefined ? 'NULL' : `"${String(value).replace(/[\\"]/g, (c) => `\\${c}`)}"`;
  return `{${values.map(element).join(',')}}`;
}

const READ_ONLY = /^\s*select\b/i;

/**
 * Runs a statement inside the EntityManager's current transaction, so figures read right
 * after a write in the same transaction include it. A SELECT outside a transaction reads from
 * a replica when the ORM has any.
 */
export async function query<R>(em: EntityManager, statement: Sql): Promise<R[]> {
  // The request's budget (deadline, rows read) rides on the logger context, which raw statements must be given.
  const loggerContext = em.getLoggerContext();
  const budget = budgetOf(loggerContext);
  budget?.assertTimeLeft();
  const raw = em.getKnex().raw(tagged(statement.text, budget), statement.values as never);
  if (!em.isInTransaction() && READ_ONLY.test(statement.text)) {
    return em.getConnection('read').execute(raw, [], 'all', undefined, loggerContext) as Promise<R[]>;
  }
  return em.execute(raw, [], 'all', loggerContext) as Promise<R[]>;
}
