import 'reflect-metadata';
import { ensureDatabase, openOrm } from '../../server/database/database';
import { loadDemoData } from '../../server/demo/load-demo';
import { TEMPLATE_DATABASE } from './test-globals';

/**
 * Runs as its own process, started by Jest's global setup: MikroORM keeps its metadata in a
 * process-wide store, and metadata built in Jest's setup realm breaks the test realm.
 */
async function prepareTemplate(serverUrl: string): Promise<void> {
  const orm = await openOrm(await ensureDatabase(serverUrl, TEMPLATE_DATABASE));
  try {
    await orm.em.fork().transactional((em) => loadDemoData(em));
  } finally {
    await orm.close();
  }
}

prepareTemplate(process.argv[2]).catch((error) => {
  console.error(error);
  process.exit(1);
});
