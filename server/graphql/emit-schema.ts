import { writeFileSync } from 'node:fs';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { paths } from '../config';
import { graphqlSchema } from './schema';

/** The SDL as checked in: sorted, so that it changes only when the API does. */
export async function printedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await graphqlSchema()))}\n`;
}

if (require.main === module) {
  printedSchema()
    .then((sdl) => {
      writeFileSync(paths.schema, sdl);
      console.log(`Đã ghi lược đồ GraphQL vào ${paths.schema}`);
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
