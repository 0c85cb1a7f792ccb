import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isInterfaceType, isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { projectRoot } from '../config';

import { graphqlSchema } from './schema';

export const fieldOwnersPath = join(projectRoot, 'docs', 'field-owners.md');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The file declaring each class of server/ (class names are unique there; a second one fails here). */
function classFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const file of sourceFiles(join(projectRoot, 'server'))) {
    for (const [, name] of readFileSync(file, 'utf8').matchAll(/\bclass\s+([A-Za-z0-9_]+)/g)) {
      const path = relative(projectRoot, file);
      if (files.has(name) && files.get(name) !== path) {
        throw new Error(`class ${name} is declared in ${files.get(name)} and ${path}`);
      }
      files.set(name, path);
    }
  }
  return files;
}

/**
 * Which file resolves each field of the schema, from type-graphql's metadata: the resolver
 * class holding its @FieldResolver (or @Query, @Mutation), else the class declaring the @Field.
 */
export async function fieldOwners(): Promise<string> {
  const schema = await graphqlSchema();
  const metadata = getMetadataStorage();
  const files = classFiles();
  const fileOf = (target: { name: string }): string => {
    const file = files.get(target.name);
    if (!file) throw new Error(`no file declares class ${target.name}`);
    return file;
  };
  const owners = new Map<string, Map<string, string>>();
  const own = (type: string, field: string, file: string) => {
    if (!owners.has(type)) owners.set(type, new Map());
    owners.get(type)!.set(field, file);
  };
  const types = [...metadata.objectTypes, ...metadata.interfaceTypes];
  for (const type of types) {
    // Base classes first, so that a subclass's own declaration of a field wins.
    const chain: object[] = [];
    for (let c: object | null = type.target; c && c !== Function.prototype; c = Object.getPrototypeOf(c)) {
      chain.unshift(c);
    }
    for (const target of chain) {
      for (const field of metadata.fields.filter((f) => f.target === target)) {
        own(type.name, field.schemaName, fileOf(field.target));
      }
      for (const resolver of metadata.fieldResolvers.filter((r) => r.getObjectType?.() === target)) {
        own(type.name, resolver.schemaName, fileOf(resolver.target));
      }
    }
  }
  for (const query of metadata.queries) own('Query', query.schemaName, fileOf(query.target));
  for (const mutation of metadata.mutations) own('Mutation', mutation.schemaName, fileOf(mutation.target));

  const lines = [
    '# Where each GraphQL field is resolved',
    '',
    'Generated from type-graphql’s metadata by `npm run docs:fields`; `tests/unit/field-owners.test.ts`',
    'fails when it is stale. A field is resolved in the resolver holding its `@FieldResolver`,',
    '`@Query` or `@Mutation`, else by the class declaring its `@Field` (an entity or a type).',
    '',
  ];
  const typeNames = Object.keys(schema.getTypeMap())
    .filter((name) => !name.startsWith('__'))
    .sort();
  for (const name of typeNames) {
    const type = schema.getType(name);
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    lines.push(`## ${name}`, '', '| field | resolved in |', '|---|---|');
    for (const field of Object.keys(type.getFields()).sort()) {
      const file = owners.get(name)?.get(field);
      if (!file) throw new Error(`no owner found for ${name}.${field}`);
      lines.push(`| \`${field}\` | \`${file}\` |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

if (require.main === module) {
  fieldOwners()
    .then((text) => {
      writeFileSync(fieldOwnersPath, text);
      console.log(`Đã ghi ${fieldOwnersPath}`);
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
