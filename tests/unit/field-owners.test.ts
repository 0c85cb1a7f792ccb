import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { projectRoot } from '../../server/config';
import { fieldOwners, fieldOwnersPath } from '../../server/graphql/emit-field-owners';

it('docs/field-owners.md names the file resolving every field (run `npm run docs:fields` after changing the API)', async () => {
  expect(readFileSync(fieldOwnersPath, 'utf8')).toBe(await fieldOwners());
});

it('no resolver imports another resolver: what two share lives in a service or a types file', () => {
  const resolvers = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? resolvers(join(folder, entry.name))
        : entry.name.endsWith('.resolver.ts')
          ? [join(folder, entry.name)]
          : [],
    );
  const imports = resolvers(join(projectRoot, 'server')).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/from '([^']+\.resolver)'/g)].map(
      ([, target]) => `${relative(projectRoot, file)} → ${target}`,
    ),
  );
  expect(imports).toEqual([]);
});
