import { CAMPAIGN, facts } from '../support/demo-facts';
import { campaignId } from '../support/graphql-helpers';
import { useSignedInServer } from '../support/test-server';

const session = useSignedInServer('quocgia');
const QUERY = `query ($c: ID!, $d: LocalDate) { provinces { code blocCompletion(campaignId: $c, asOf: $d) { bloc met total ratePercent } } }`;

describe('province-level completion per bloc (Phụ lục 21)', () => {
  it("reproduces the rate of each bloc's province-level criteria for all 34 provinces", async () => {
    const { server, token } = session;
    const c = await campaignId(server, token, CAMPAIGN.phase2Province);
    const result = await server.request(QUERY, { c, d: facts.provinces.asOf }, token);
    expect(result.errors).toBeUndefined();
    const computed = Object.fromEntries(
      result.data!.provinces.map((p: any) => [
        p.code,
        Object.fromEntries(p.blocCompletion.map((b: any) => [b.bloc, b.ratePercent])),
      ]),
    );
    expect(computed).toEqual(
      Object.fromEntries(facts.provinces.provinces.map((p) => [p.code, p.provinceLevelCompletionPercent])),
    );
  });

  it('shows a province bloc officer only that bloc of the own province', async () => {
    const { server } = session;
    const officer = await server.login('bacninh.dang');
    const c = await campaignId(server, officer, CAMPAIGN.phase2Province);
    const result = await server.request(QUERY, { c, d: facts.provinces.asOf }, officer);
    expect(result.data!.provinces.map((p: any) => [p.code, p.blocCompletion.map((b: any) => b.bloc)])).toEqual([
      ['bac-ninh', ['PARTY']],
    ]);
    const rate = facts.provinces.provinces.find((p) => p.code === 'bac-ninh')!.provinceLevelCompletionPercent.PARTY;
    expect(result.data!.provinces[0].blocCompletion[0].ratePercent).toBe(rate);
  });
});
