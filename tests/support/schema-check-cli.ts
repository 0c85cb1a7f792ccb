import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkSchemaCompatibility, formatSchemaCheck } from './schema-check';

/** `npm run schema:check`: schema/released.graphql (the last released contract) against schema/schema.graphql. */
async function main(): Promise<void> {
  const root = join(__dirname, '..', '..');
  const [releasedPath, currentPath] = [
    process.argv[2] ?? 'schema/released.graphql',
    process.argv[3] ?? 'schema/schema.graphql',
  ];
  const result = await checkSchemaCompatibility(
    readFileSync(resolve(root, releasedPath), 'utf8'),
    readFileSync(resolve(root, currentPath), 'utf8'),
  );
  console.log(`${releasedPath} → ${currentPath}`);
  console.log(formatSchemaCheck(result));
  process.exitCode = result.ok ? 0 : 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 2;
});
