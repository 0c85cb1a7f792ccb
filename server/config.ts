import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The project folder, found from this file whether it runs from source or from dist/. */
function findProjectRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`package.json not found above ${start}`);
    dir = parent;
  }
  return dir;
}

export const projectRoot = findProjectRoot(__dirname);

export const paths = {
  schema: join(projectRoot, 'schema', 'schema.graphql'),
  /** PHUXANH_DATA_DIR moves the embedded database elsewhere (tests start the product in a temporary folder). */
  embeddedDatabase: join(process.env.PHUXANH_DATA_DIR ?? join(projectRoot, '.data'), 'postgres'),
  client: join(projectRoot, 'dist', 'client'),
};

/**
 * DATABASE_REPLICA_URLS: comma-separated URLs of streaming read replicas of DATABASE_URL.
 * Queries read from them; mutations, with the figures they return, use the primary.
 */
export function replicaUrls(): string[] {
  return (process.env.DATABASE_REPLICA_URLS ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean);
}
