import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLNamedType,
} from 'graphql';
import { graphqlSchema } from '../../server/graphql/schema';

/** Every part of a type a tool author reads in the schema, with its description. */
function parts(type: GraphQLNamedType): [string, string | null | undefined][] {
  const own: [string, string | null | undefined][] = [[type.name, type.description]];
  if (isObjectType(type) || isInterfaceType(type)) {
    for (const field of Object.values(type.getFields())) {
      own.push([`${type.name}.${field.name}`, field.description]);
      for (const arg of field.args) own.push([`${type.name}.${field.name}(${arg.name})`, arg.description]);
    }
  }
  if (isInputObjectType(type))
    for (const field of Object.values(type.getFields())) own.push([`${type.name}.${field.name}`, field.description]);
  if (isEnumType(type))
    for (const value of type.getValues()) own.push([`${type.name}.${value.name}`, value.description]);
  return own;
}

it('every public type, field, argument, input field and enum value has a description (issue 7)', async () => {
  const schema = await graphqlSchema();
  const undescribed = Object.values(schema.getTypeMap())
    .filter((type) => !isIntrospectionType(type) && !isSpecifiedScalarType(type))
    .flatMap(parts)
    .filter(([, description]) => !description?.trim())
    .map(([name]) => name);
  expect(undescribed).toEqual([]);
});
