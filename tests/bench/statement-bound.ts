import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  isObjectType,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type OperationDefinitionNode,
} from 'graphql';
import { paths } from '../../server/config';

const schema = buildSchema(readFileSync(paths.schema, 'utf8'));

/**
 * The most SQL statements a read may take if every field that returns objects costs at most one
 * query, whatever the rows — what DataLoaders everywhere a list meets a relation guarantee.
 * Null for a mutation: its statements (locks, history, audit, counters) are fixed instead.
 */
export function statementBound(document: string): number | null {
  const ast = parse(document);
  const operation = ast.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  if (operation?.operation !== 'query') return null;
  const typeInfo = new TypeInfo(schema);
  let objectFields = 0;
  visit(
    ast,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const type = typeInfo.getType();
        if (type && isObjectType(getNamedType(type))) objectFields++;
      },
    }),
  );
  return objectFields;
}
