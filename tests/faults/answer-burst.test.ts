import { randomBytes } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { ensureDatabase, openOrm } from '../../server/database/database';
import { checkConsistency } from '../support/consistency';
import { startProduct } from '../support/product-process';
import { TEMPLATE_DATABASE } from '../support/test-globals';

/** A server killed in the middle of a burst of answers leaves every answer whole or absent. */
jest.setTimeout(300_000);

const BURST = 150;

it('keeps every answer with its history row, audit entry and counters when killed mid-burst', async () => {
  const name = `fault_burst_${randomBytes(4).toString('hex')}`;
  const url = await ensureDatabase(process.env.PHUXANH_TEST_SERVER_URL!, name, TEMPLATE_DATABASE);
  const product = await startProduct({ DATABASE_URL: url });
  let orm: MikroORM | undefined;
  try {
    await product.waitFor('đang chạy tại');
    const token = await product.login('lamthao.dang');
    const units = await product.graphql(
      `{ communes(first: 1, filter: { search: "lam thao" }) { nodes { units { id bloc
         assessments(first: 50) { nodes { id version met criterion { id answerType campaign { closedOn } } } } } } } }`,
      {},
      token,
    );
    const party = units.data.communes.nodes[0].units.find((u: { bloc: string }) => u.bloc === 'PARTY');
    const targets = party.assessments.nodes.filter(
      (a: { criterion: { answerType: string; campaign: { closedOn: string | null } } }) =>
        a.criterion.answerType === 'BOOLEAN' && !a.criterion.campaign.closedOn,
    );
    expect(targets.length).toBeGreaterThan(3);

    let answered = 0;
    const burst = Array.from({ length: BURST }, (_, i) => {
      const target = targets[i % targets.length];
      return product
        .graphql(
          'mutation ($u: ID!, $c: ID!, $b: Boolean!) { answerCriterion(input: { unitId: $u, criterionId: $c, boolean: $b }) { assessment { id version } } }',
          { u: party.id, c: target.criterion.id, b: i % 2 === 0 },
          token,
        )
        .then((result) => {
          if (result.data?.answerCriterion) answered++;
          return result.data?.answerCriterion.assessment as { id: string; version: number } | undefined;
        })
        .catch(() => undefined);
    });
    while (answered < 10) await new Promise((r) => setTimeout(r, 5));
    await product.kill();
    const acknowledged = (await Promise.all(burst)).filter((a) => a !== undefined);
    expect(acknowledged.length).toBeGreaterThanOrEqual(10);
    expect(acknowledged.length).toBeLessThan(BURST);

    orm = await openOrm(url);
    const connection = orm.em.getConnection();
    // Every acknowledged answer is stored with its history row and its audit entry.
    for (const { id, version } of acknowledged) {
      const [row] = await connection.execute<{ history: string; audit: string }[]>(
        `select (select count(*) from assessment_history where assessment_id = ? and version = ?) as history,
                (select count(*) from audit_entry where object_type = 'Assessment' and object_id = ? and (changes->>'version')::int = ?) as audit`,
        [Number(id), version, id, version],
      );
      expect({ id, version, history: Number(row.history), audit: Number(row.audit) }).toEqual({
        id,
        version,
        history: 1,
        audit: 1,
      });
    }
    // And nothing half-written: one audit entry per new history row, counters as recomputed.
    const [written] = await connection.execute<{ history: string; audit: string }[]>(
      `select (select count(*) from assessment_history where changed_by_id is not null and changed_at > now() - interval '1 hour') as history,
              (select count(*) from audit_entry where action = 'ANSWER') as audit`,
    );
    expect(Number(written.audit)).toBe(Number(written.history));
    expect(Number(written.audit)).toBeGreaterThanOrEqual(acknowledged.length);
    expect(await checkConsistency(orm.em)).toMatchObject({
      versionMismatches: 0,
      unitProgressDiffs: 0,
      criterionProgressDiffs: 0,
    });
  } finally {
    await product.kill();
    await orm?.close();
  }
});
