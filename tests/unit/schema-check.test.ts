import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSchemaCompatibility, formatSchemaCheck } from '../support/schema-check';

const root = join(__dirname, '..', '..');
const released = readFileSync(join(root, 'schema/released.graphql'), 'utf8');
const current = readFileSync(join(root, 'schema/schema.graphql'), 'utf8');

/** Replaces exactly one occurrence of a piece of SDL, so a fixture cannot silently miss. */
function edit(sdl: string, from: string | RegExp, to: string): string {
  const matches = sdl.match(new RegExp(from, typeof from === 'string' ? 'g' : `${from.flags.replace('g', '')}g`));
  expect(matches?.length).toBe(1);
  return sdl.replace(from, to);
}

describe('schema compatibility check (npm run schema:check)', () => {
  it('passes the current schema against the last released one', async () => {
    const result = await checkSchemaCompatibility(released, current);
    expect(formatSchemaCheck(result)).toContain('Schema check passed');
    expect(result.breaking).toEqual([]);
  });

  it('fails when a field is removed without a deprecation, naming the field', async () => {
    const removed = edit(released, /^\s*nameIsGenerated: Boolean!\n/m, '\n');
    const result = await checkSchemaCompatibility(released, removed);
    expect(result.ok).toBe(false);
    expect(result.breaking.map((c) => c.path)).toEqual(['Commune.nameIsGenerated']);
    expect(formatSchemaCheck(result)).toMatch(
      /Commune\.nameIsGenerated: Field 'nameIsGenerated' .*removed[\s\S]*FAILED/,
    );
  });

  it('fails when a field changes type, or an enum value is removed, without a deprecation', async () => {
    const changed = edit(edit(released, 'greenPercent: Float!', 'greenPercent: Int!'), /^\s*SPECIAL_ZONE\n/m, '\n');
    const result = await checkSchemaCompatibility(released, changed);
    expect(result.breaking.map((c) => c.path).sort()).toEqual([
      'CommuneKind.SPECIAL_ZONE',
      'StatusCounts.greenPercent',
    ]);
  });

  it('passes when a field is added', async () => {
    const added = edit(
      released,
      /^(\s*)nameIsGenerated: Boolean!\n/m,
      '$1nameIsGenerated: Boolean!\n$1population: Int\n',
    );
    const result = await checkSchemaCompatibility(released, added);
    expect(result.ok).toBe(true);
    expect(result.all.map((c) => c.path)).toEqual(['Commune.population']);
  });

  it('passes when the removed field was deprecated with a reason in the released schema', async () => {
    const deprecated = edit(
      released,
      /^(\s*)nameIsGenerated: Boolean!\n/m,
      '$1nameIsGenerated: Boolean! @deprecated(reason: "Use Commune.kind.")\n',
    );
    const removed = edit(released, /^\s*nameIsGenerated: Boolean!\n/m, '\n');
    const result = await checkSchemaCompatibility(deprecated, removed);
    expect(result.ok).toBe(true);
    expect(result.deprecatedRemovals.map((c) => c.path)).toEqual(['Commune.nameIsGenerated']);
  });

  it('still fails when the removed field was deprecated without a reason', async () => {
    const deprecated = edit(
      released,
      /^(\s*)nameIsGenerated: Boolean!\n/m,
      '$1nameIsGenerated: Boolean! @deprecated\n',
    );
    const removed = edit(released, /^\s*nameIsGenerated: Boolean!\n/m, '\n');
    const result = await checkSchemaCompatibility(deprecated, removed);
    expect(result.ok).toBe(false);
    expect(result.breaking.map((c) => c.path)).toEqual(['Commune.nameIsGenerated']);
  });
});
