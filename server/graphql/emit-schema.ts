import { writeFileSync } from 'node:fs';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { paths } from '../config';
import { logger } from '../observability/logger';
import { graphqlSchema } from './schema';

/** The SDL as checked in: sorted, so that it changes only when the API does. */
export async function printedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await graphqlSchema()))}\n`;
}

if (require.main === module) {
  printedSchema()
    .then((sdl) => {
      writeFileSync(paths.schema, sdl);
      logger.info(`Đã ghi lược đồ GraphQL vào ${paths.schema}`);
    })
    .catch((error) => {
      logger.error({ err: error }, 'Không ghi được lược đồ GraphQL');
      process.exit(1);
    });
}
