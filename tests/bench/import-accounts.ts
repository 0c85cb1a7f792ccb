import 'reflect-metadata';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ensureDatabase, openOrm } from '../../server/database/database';
import { startEmbeddedPostgres } from '../../server/database/embedded-postgres';
import { query, sql } from '../../server/database/sql';
import { loadDemoData } from '../../server/demo/load-demo';
import { serveOrm } from '../support/serve-orm';

/**
 * `npm run import:bench`: imports 13,000 commune officers (one bloc grant each, generated
 * passwords) into a throwaway national demo database through POST /import/accounts, as an
 * administrator's browser would, and prints how long the dry run and the apply took.
 */
const ACCOUNTS = Number(process.env.PHUXANH_IMPORT_ACCOUNTS ?? 13_000);
const BLOCS = ['Đảng ủy', 'HĐND', 'UBND', 'MTTQ'];

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'phuxanh-import-bench-'));
  chmodSync(folder, 0o755);
  const postgres = await startEmbeddedPostgres({ dataDir: join(folder, 'postgres'), durable: false });
  try {
    const url = await ensureDatabase(postgres.url, 'phuxanh_import_bench');
    const loader = await openOrm(url);
    const loadStarted = Date.now();
    await loader.em.fork().transactional((em) => loadDemoData(em));
    const communes = (await query<{ code: string }>(loader.em.fork(), sql`select code from commune order by id`)).map(
      (c) => c.code,
    );
    await loader.close();
    console.log(`National demo data loaded in ${((Date.now() - loadStarted) / 1000).toFixed(1)} s.`);

    const server = await serveOrm(await openOrm(url));
    try {
      const admin = await server.login('quantri');
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Tài khoản');
      sheet.addRow(['Tên đăng nhập', 'Họ và tên', 'Email', 'Mật khẩu', 'Vai trò', 'Mã tỉnh', 'Mã xã', 'Khối']);
      for (let i = 0; i < ACCOUNTS; i++) {
        const commune = communes[Math.floor(i / BLOCS.length) % communes.length];
        const bloc = BLOCS[i % BLOCS.length];
        sheet.addRow([`canbo.${i}`, `Cán bộ ${bloc} số ${i}`, '', '', 'Cán bộ khối cấp xã', '', commune, bloc]);
      }
      const file = Buffer.from(await workbook.xlsx.writeBuffer());
      console.log(`Workbook: ${ACCOUNTS.toLocaleString('en-US')} rows, ${(file.length / 1024 / 1024).toFixed(1)} MB.`);
      let generated: { username: string; password: string }[] = [];
      const endpoint = server.url.replace(/\/graphql$/, '/import/accounts');
      for (const mode of ['dryRun', 'apply'] as const) {
        const started = Date.now();
        // As the client asks: progress lines while it works, so a long apply is not cut off by a silent wait.
        const response = await fetch(`${endpoint}?mode=${mode}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${admin}`, accept: 'application/x-ndjson' },
          body: new Uint8Array(file),
        });
        const lines = (await response.text()).split('\n').filter(Boolean);
        const last = JSON.parse(lines[lines.length - 1]);
        const body = last.report;
        const seconds = (Date.now() - started) / 1000;
        if (response.status !== 200 || !body || body.errors.length)
          throw new Error(`${mode} failed (${response.status}): ${JSON.stringify(last).slice(0, 500)}`);
        if (mode === 'apply') generated = body.generatedPasswords;
        console.log(
          `${mode}: ${seconds.toFixed(1)} s for ${body.rows.toLocaleString('en-US')} rows (${Math.round(body.rows / seconds)} rows/s)` +
            (mode === 'apply' ? `, ${body.generatedPasswords.length.toLocaleString('en-US')} passwords generated` : ''),
        );
      }
      const [row] = await query<{ n: number }>(
        server.orm.em.fork(),
        sql`select count(*)::int as n from app_user where username like 'canbo.%'`,
      );
      console.log(`Accounts in the database after the import: ${row.n.toLocaleString('en-US')}.`);
      const last = generated[generated.length - 1];
      const signIn = await server.request(
        'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
        { u: last.username, p: last.password },
      );
      if (!signIn.data) throw new Error(`${last.username} cannot sign in: ${JSON.stringify(signIn.errors)}`);
      console.log(`${last.username} signs in with its generated password.`);
    } finally {
      await server.close();
    }
  } finally {
    await postgres.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
