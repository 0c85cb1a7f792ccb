import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { intArray, joinSql, Sql, sql } from '../../server/database/sql';

const SERVER = join(__dirname, '../../server');
const SQL_WORDS = /\b(select|insert into|update|delete from)\b[\s\S]*\b(from|set|values|where|returning)\b/i;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** SQL written as an untagged template with `${…}` or as a string given to `.replace(`: text spliced into SQL. */
function splicedSql(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    const where = () => `${relative(SERVER, path)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    if (ts.isTemplateExpression(node) && !ts.isTaggedTemplateExpression(node.parent)) {
      const text = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
      if (SQL_WORDS.test(text)) found.push(where());
    }
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'replace' &&
      (SQL_WORDS.test(node.expression.expression.getText()) || /^['"`]%\w+%['"`]$/.test(node.arguments[0]?.getText()))
    ) {
      found.push(where());
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

it('no statement in server/ splices a value or a fragment into SQL text', () => {
  const files = sourceFiles(SERVER);
  expect(files.length).toBeGreaterThan(100);
  expect(files.flatMap(splicedSql)).toEqual([]);
});

it('finds a spliced statement when there is one', () => {
  const folder = mkdtempSync(join(tmpdir(), 'sql-text-'));
  const path = join(folder, 'probe.ts');
  writeFileSync(
    path,
    [
      'const a = `select * from unit where id = ${id}`;',
      "const b = UNIT_COUNTS.replace('%SCOPE%', scope);",
      'const c = sql`select * from unit where id = ${id}`;',
      'const d = `Tiêu chí ${code} không áp dụng`;',
    ].join('\n'),
  );
  expect(splicedSql(path).map((where) => where.split(':').pop())).toEqual(['1', '2']);
  rmSync(folder, { recursive: true });
});

it('binds every value and keeps fragments composable', () => {
  const scope = sql`u.province_id = ${7}`;
  const statement = sql`select u.id from unit u where ${scope} and u.bloc = ${"PARTY'; drop table unit; --"} and u.id = any(${intArray([1, 2])})`;
  expect(statement.text).toBe(
    'select u.id from unit u where u.province_id = ? and u.bloc = ? and u.id = any(cast(? as int[]))',
  );
  expect(statement.values).toEqual([7, "PARTY'; drop table unit; --", '{"1","2"}']);
  expect(joinSql([sql`a = ${1}`, sql`b = ${2}`], sql` or `).text).toBe('a = ? or b = ?');
  expect(sql`select '{"a":1}'::jsonb ? ${'a'}`.text).toBe(`select '{"a":1}'::jsonb \\? ?`);
  expect(Sql.identifier('odd"name').text).toBe('"odd""name"');
});
