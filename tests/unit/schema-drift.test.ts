import { readFileSync } from 'node:fs';
import { paths } from '../../server/config';
import { printedSchema } from '../../server/graphql/emit-schema';

it('schema/schema.graphql is the SDL the server serves (run `npm run schema:emit` after changing the API)', async () => {
  expect(readFileSync(paths.schema, 'utf8')).toBe(await printedSchema());
});
