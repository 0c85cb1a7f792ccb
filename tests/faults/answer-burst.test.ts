import { randomBytes } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { ensureDatabase, openOrm } from '../../server/database/database';
import { expectEveryAnswerKept } from '../support/consistency';
import { answer, lamThaoPartyTargets } from '../support/answer-targets';
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
    const targets = await lamThaoPartyTargets(product, token);
    expect(targets.criterionIds.length).toBeGreaterThan(3);

    let answered = 0;
    const burst = Array.from({ length: BURST }, (_, i) =>
      answer(product, token, targets, i)
        .then((acknowledged) => {
          if (acknowledged) answered++;
          return acknowledged;
        })
        .catch(() => undefined),
    );
    while (answered < 10) await new Promise((r) => setTimeout(r, 5));
    await product.kill();
    const acknowledged = (await Promise.all(burst)).filter((a) => a !== undefined);
    expect(acknowledged.length).toBeGreaterThanOrEqual(10);
    expect(acknowledged.length).toBeLessThan(BURST);

    orm = await openOrm(url);
    await expectEveryAnswerKept(orm.em, acknowledged);
  } finally {
    await product.kill();
    await orm?.close();
  }
});
