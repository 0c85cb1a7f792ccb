import { accountWith, provinceId } from './graphql-helpers';
import { REPORT_001 } from './report-001-indicators';
import type { TestServer } from './test-server';

/** Report 001's two actors: its province's overseer, who authors the campaign, and Phú Thịnh's People's Committee officer, who answers it. */
export async function report001Accounts(server: TestServer): Promise<{ author: string; officer: string }> {
  const author = await accountWith(server, { role: 'PROVINCE_OVERSEER', provinceCode: REPORT_001.provinceCode });
  const officer = await accountWith(server, {
    role: 'COMMUNE_BLOC_OFFICER',
    communeName: REPORT_001.commune,
    bloc: 'PEOPLES_COMMITTEE',
  });
  return { author: author.token, officer: officer.token };
}

/** A new draft campaign of the People's Committees of report 001's province, due on the report's date. */
export async function report001Draft(server: TestServer, author: string, name: string): Promise<string> {
  const created = await server.request(
    'mutation ($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }',
    {
      i: {
        name,
        provinceId: await provinceId(server, author, REPORT_001.provinceCode),
        level: 'COMMUNE',
        blocs: ['PEOPLES_COMMITTEE'],
        deadline: REPORT_001.resultsAsOf,
      },
    },
    author,
  );
  if (created.errors) throw new Error(JSON.stringify(created.errors));
  return created.data!.createCampaign.id;
}
