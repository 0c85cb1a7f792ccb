import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const committed = join(root, 'client', 'src', 'gql');

// Runs in its own Node process: the codegen CLI loads ES modules that Jest's CommonJS runtime cannot.
const GENERATE_INTO = `
const { generate, loadCodegenConfig } = require('@graphql-codegen/cli');
(async () => {
  const { config } = await loadCodegenConfig({ configFilePath: 'codegen.yml' });
  const outputs = Object.values(config.generates);
  if (outputs.length !== 1) throw new Error('codegen.yml should have exactly one output');
  await generate({ ...config, silent: true, generates: { [process.argv[1] + '/']: outputs[0] } }, true);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});`;

const readFolder = (folder: string) =>
  Object.fromEntries(
    readdirSync(folder)
      .sort()
      .map((name) => [name, readFileSync(join(folder, name), 'utf8')]),
  );

/**
 * The client's typed documents are generated from schema/schema.graphql and the queries in
 * client/src, and committed; a schema or query change without `npm run codegen` fails here.
 */
describe('generated GraphQL types of the client', () => {
  let scratch: string;
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'phuxanh-codegen-'));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('match what codegen.yml produces from the schema and the client documents', () => {
    execFileSync(process.execPath, ['-e', GENERATE_INTO, scratch], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    expect(readFolder(scratch)).toEqual(readFolder(committed));
  });
});
