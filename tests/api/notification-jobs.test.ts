import type { AddressInfo } from 'node:net';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Runner } from 'graphile-worker';
import { SMTPServer } from 'smtp-server';
import { openOrm } from '../../server/database/database';
import { query, sql } from '../../server/database/sql';
import { DEADLINE_REMINDERS } from '../../server/notification/deadline-reminders';
import { installQueue, startJobRunner } from '../../server/notification/queue';
import { CAMPAIGN } from '../support/demo-facts';
import { campaignId, provinceId } from '../support/graphql-helpers';
import { serveOrm, startTestServer, type TestServer } from '../support/test-server';

/** A message as the local SMTP server received it, its subject and text decoded. */
interface Mail {
  to: string;
  subject: string;
  text: string;
}

function decodeWords(header: string): string {
  return header.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_, kind: string, data: string) =>
    kind.toLowerCase() === 'b'
      ? Buffer.from(data, 'base64').toString('utf8')
      : Buffer.from(
          data
            .replace(/_/g, ' ')
            .replace(/=([0-9a-f]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
          'latin1',
        ).toString('utf8'),
  );
}

function parse(raw: string, to: string): Mail {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split + 4);
  const header = (name: string) => new RegExp(`^${name}: (.*)$`, 'im').exec(head)?.[1] ?? '';
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  const text =
    encoding === 'base64'
      ? Buffer.from(body, 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? Buffer.from(
            body
              .replace(/=\r\n/g, '')
              .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
            'latin1',
          ).toString('utf8')
        : body;
  return { to, subject: decodeWords(header('Subject')), text };
}

const mails: Mail[] = [];
/** RCPT commands to refuse before accepting: a mail server that is down for a moment. */
let refusals = 0;
let smtp: SMTPServer;
let server: TestServer;
let second: TestServer;
let databaseUrl: string;
const runners: Runner[] = [];
const saved = process.env.SMTP_URL;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (refusals > 0) {
        refusals--;
        return callback(Object.assign(new Error('Hộp thư tạm thời không nhận'), { responseCode: 451 }));
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        for (const to of session.envelope.rcptTo)
          mails.push(parse(Buffer.concat(chunks).toString('latin1'), to.address));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  process.env.SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  server = await startTestServer();
  databaseUrl = server.orm.config.get('clientUrl')!;
  await installQueue(databaseUrl);
  // A second server process on the same database, as a second machine would be.
  second = await serveOrm(await openOrm(databaseUrl));
  const em = server.orm.em.fork();
  await query(
    em,
    sql`update app_user set email = username || '@phuxanh.test' where username like 'lamthao.%' or username like 'bacninh.%'`,
  );
  for (const orm of [server.orm, second.orm] as MikroORM[])
    runners.push(await startJobRunner(orm, databaseUrl, { cron: false }));
}, 120_000);

afterAll(async () => {
  for (const runner of runners) await runner.stop();
  await second?.close();
  await server?.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  if (saved === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = saved;
});

async function until<T>(what: string, probe: () => Promise<T | undefined | false>, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const queueEmpty = () =>
  until('the queue to empty', async () => {
    const [row] = await query<{ n: number }>(
      server.orm.em.fork(),
      sql`select count(*)::int as n from graphile_worker.jobs`,
    );
    return row.n === 0;
  });

describe('notification e-mails and reminders through the job queue', () => {
  it('e-mails a rejection in Vietnamese, retrying a refused delivery, without holding the rejection up', async () => {
    const overseer = await server.login('bacninh.giamsat');
    const campaign = await campaignId(server, overseer, CAMPAIGN.bacNinh);
    const queue = await server.request(
      `query ($c: ID!, $p: ID) { verificationQueue(campaignId: $c, provinceId: $p, bloc: PARTY, first: 500) {
         nodes { id version unit { name } criterion { code } } } }`,
      { c: campaign, p: await provinceId(server, overseer, 'bac-ninh') },
      overseer,
    );
    const claim = queue.data!.verificationQueue.nodes.find((c: any) => c.unit.name.endsWith('Xã Lâm Thao'));
    refusals = 1;
    const started = Date.now();
    const result = await server.request(
      `mutation ($i: VerifyAssessmentInput!) { verifyAssessment(input: $i) { assessment { verification } } }`,
      {
        i: {
          assessmentId: claim.id,
          decision: 'REJECT',
          reason: 'Thiếu quyết định ban hành.',
          expectedVersion: claim.version,
        },
      },
      overseer,
    );
    expect(result.errors).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(5000);

    const mail = await until('the e-mail', async () => mails.find((m) => m.to === 'lamthao.dang@phuxanh.test'));
    expect(refusals).toBe(0);
    expect(mail.subject).toBe(`[Phủ Xanh] Kết quả tự đánh giá tiêu chí ${claim.criterion.code} bị bác bỏ`);
    expect(mail.text).toContain('Kính gửi Hoàng Thị Hà,');
    expect(mail.text).toContain('Lý do: Thiếu quyết định ban hành.');
    expect(mail.text).toMatch(/Xem chi tiết: http:\/\/localhost:4000\/don-vi\/\d+\?dot=/);
    await queueEmpty();
    const rows = await query<{ email_state: string; email_attempts: number }>(
      server.orm.em.fork(),
      sql`select email_state, email_attempts from notification where object_type = 'Assessment' and object_id = ${Number(claim.id)}`,
    );
    expect(rows).toEqual([{ email_state: 'SENT', email_attempts: 2 }]);
    expect(mails.filter((m) => m.to === 'lamthao.dang@phuxanh.test')).toHaveLength(1);
  });

  it('never sends twice a delivery a stopped process left unfinished', async () => {
    const em = server.orm.em.fork();
    const [left] = await query<{ id: number }>(
      em,
      sql`insert into notification (recipient_id, kind, title, body, link, dedupe_key, email_state, email_attempts)
          select id, 'CLAIM_REJECTED', 'Dở dang', 'Tiến trình dừng giữa chừng', '/', 'test:stopped', 'SENDING', 1
          from app_user where username = 'lamthao.hdnd' returning id`,
    );
    const before = mails.length;
    await query(
      em,
      sql`select graphile_worker.add_job('send-notification-email', json_build_object('notificationId', ${left.id}::int))`,
    );
    await queueEmpty();
    const [row] = await query<{ email_state: string }>(
      em,
      sql`select email_state from notification where id = ${left.id}`,
    );
    expect(row.email_state).toBe('FAILED');
    expect(mails.length).toBe(before);
  });

  it('reminds each officer with unmet criteria once per due date and N, however many processes run the job', async () => {
    const em = server.orm.em.fork();
    // A due date of Lâm Thao's units with unmet criteria, in the Bắc Ninh campaign.
    const [{ due }] = await query<{ due: string }>(
      em,
      sql`select to_char(min(up.due_date), 'YYYY-MM-DD') as due from unit_progress up
          join unit u on u.id = up.unit_id join commune c on c.id = u.commune_id join campaign cp on cp.id = up.campaign_id
          where c.name = 'Xã Lâm Thao' and cp.code = ${CAMPAIGN.bacNinh} and up.met_count < up.criteria_count`,
    );
    const day = (offset: number) => {
      const date = new Date(`${due}T00:00:00Z`);
      date.setUTCDate(date.getUTCDate() + offset);
      return date.toISOString().slice(0, 10);
    };
    const expected = await query<{ username: string }>(
      em,
      sql`select distinct a.username from unit_progress up
          join unit u on u.id = up.unit_id join commune c on c.id = u.commune_id join campaign cp on cp.id = up.campaign_id
          join role_grant g on g.commune_id = c.id and g.bloc = u.bloc and g.role = 'COMMUNE_BLOC_OFFICER'
          join app_user a on a.id = g.user_id
          where c.name = 'Xã Lâm Thao' and cp.code = ${CAMPAIGN.bacNinh} and up.due_date = ${due}
            and up.met_count < up.criteria_count order by a.username`,
    );
    expect(expected.length).toBeGreaterThan(0);
    const before = mails.length;
    // Both processes run each day's job, at once, twice over.
    await Promise.all(
      [day(-3), day(-1), day(-3), day(-1)].flatMap((today) =>
        runners.map((runner) => runner.addJob(DEADLINE_REMINDERS, { today })),
      ),
    );
    await queueEmpty();
    const notes = await query<{ username: string; n: number; title: string }>(
      em,
      sql`select a.username, count(*)::int as n, min(n.title) as title from notification n join app_user a on a.id = n.recipient_id
          where n.kind = 'DEADLINE_APPROACHING' and n.dedupe_key like ${`%:${due}:%`} group by a.username, n.dedupe_key
          order by a.username`,
    );
    for (const { username } of expected) {
      const mine = notes.filter((n) => n.username === username);
      expect({ username, counts: mine.map((n) => n.n) }).toEqual({ username, counts: [1, 1] });
    }
    expect(notes.every((n) => n.n === 1)).toBe(true);
    const dueVi = due.split('-').reverse().join('/');
    const reminded = mails.slice(before);
    for (const { username } of expected) {
      const theirs = reminded.filter((m) => m.to === `${username}@phuxanh.test`);
      expect({ username, subjects: theirs.map((m) => m.subject).sort() }).toEqual({
        username,
        subjects: expect.arrayContaining([
          expect.stringContaining(`Còn 1 ngày đến hạn ${dueVi}`),
          expect.stringContaining(`Còn 3 ngày đến hạn ${dueVi}`),
        ]),
      });
      expect({ username, count: theirs.length }).toEqual({ username, count: 2 });
    }
    // Exactly one e-mail per notification created with an address.
    const [{ withMail }] = await query<{ withMail: number }>(
      em,
      sql`select count(*)::int as "withMail" from notification n
          where n.kind = 'DEADLINE_APPROACHING' and n.email_state = 'SENT'`,
    );
    expect(reminded.length).toBe(withMail);
  }, 120_000);
});
