import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type ConstDirectiveNode,
  type GraphQLSchema,
} from 'graphql';

/** The outcome of comparing the released schema with the current one. */
export interface SchemaCheckResult {
  ok: boolean;
  /** Breaking changes to elements that were not deprecated with a reason first: these fail the check. */
  breaking: Change[];
  /** Breaking changes to elements the released schema had deprecated with a reason: allowed. */
  deprecatedRemovals: Change[];
  /** Every change found, for information. */
  all: Change[];
}

function deprecationReasonOf(directives: readonly ConstDirectiveNode[] | undefined): string | undefined {
  const deprecated = directives?.find((d) => d.name.value === 'deprecated');
  const reason = deprecated?.arguments?.find((a) => a.name.value === 'reason')?.value;
  return reason?.kind === 'StringValue' && reason.value.trim() ? reason.value : undefined;
}

/**
 * The explicit `@deprecated(reason: "…")` of the element at a schema coordinate such as
 * `Type.field`, `Type.field.argument`, `Input.field` or `Enum.VALUE`, as written in the SDL
 * (a bare `@deprecated`, whose reason graphql-js fills in, does not count).
 */
function explicitDeprecation(schema: GraphQLSchema, coordinate: string): string | undefined {
  const [typeName, member, argument] = coordinate.split('.');
  const type = typeName ? schema.getType(typeName) : undefined;
  if (!type || !member) return undefined;
  if (isObjectType(type) || isInterfaceType(type)) {
    const field = type.getFields()[member];
    if (!field) return undefined;
    if (!argument) return deprecationReasonOf(field.astNode?.directives);
    return deprecationReasonOf(field.args.find((a) => a.name === argument)?.astNode?.directives);
  }
  if (isInputObjectType(type)) return deprecationReasonOf(type.getFields()[member]?.astNode?.directives);
  if (isEnumType(type)) return deprecationReasonOf(type.getValue(member)?.astNode?.directives);
  return undefined;
}

/** Whether the change touches an element (or the field owning an argument) deprecated with a reason in the released schema. */
function wentThroughDeprecation(released: GraphQLSchema, change: Change): boolean {
  const path = change.path;
  if (!path) return false;
  const parts = path.split('.');
  for (let length = parts.length; length >= 2; length--) {
    if (explicitDeprecation(released, parts.slice(0, length).join('.'))) return true;
  }
  return false;
}

/**
 * Compares two SDL strings with GraphQL Inspector. Breaking changes fail the check unless the
 * removed or changed element was marked `@deprecated(reason: "…")` in the released schema.
 */
export async function checkSchemaCompatibility(releasedSdl: string, currentSdl: string): Promise<SchemaCheckResult> {
  const released = buildSchema(releasedSdl);
  const current = buildSchema(currentSdl);
  const all = await diff(released, current);
  const breakingChanges = all.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
  const deprecatedRemovals = breakingChanges.filter((c) => wentThroughDeprecation(released, c));
  const breaking = breakingChanges.filter((c) => !deprecatedRemovals.includes(c));
  return { ok: breaking.length === 0, breaking, deprecatedRemovals, all };
}

/** A readable report of a check, one change per line. */
export function formatSchemaCheck(result: SchemaCheckResult): string {
  const line = (c: Change) => `  - ${c.path ? `${c.path}: ` : ''}${c.message}`;
  const lines: string[] = [];
  if (result.breaking.length) {
    lines.push(
      `${result.breaking.length} breaking change(s) to the released schema (deprecate with a reason first, release, then remove):`,
    );
    lines.push(...result.breaking.map(line));
  }
  if (result.deprecatedRemovals.length) {
    lines.push(`${result.deprecatedRemovals.length} change(s) to elements deprecated with a reason (allowed):`);
    lines.push(...result.deprecatedRemovals.map(line));
  }
  const other = result.all.length - result.breaking.length - result.deprecatedRemovals.length;
  lines.push(result.ok ? `Schema check passed (${other} non-breaking change(s)).` : 'Schema check FAILED.');
  return lines.join('\n');
}
