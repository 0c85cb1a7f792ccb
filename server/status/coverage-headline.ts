import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType } from 'type-graphql';
import type { Access } from '../auth/access';
import { findCampaign } from '../campaign/campaign.service';
import type { Loaders } from '../graphql/loaders';
import { Province } from '../province/province.entity';
import { listProvinces } from '../province/province.service';
import type { StatusQuery } from './status.service';
import type { StatusCounts } from './status.types';

@ObjectType({
  description:
    'The headline of report 003: how many provinces have more than 50 %, more than 70 % and all of their communes GREEN, with the provinces named.',
})
export class CoverageHeadline {
  @Field(() => Int, {
    description: 'Provinces with communes taking part in the campaign and something due, among those the caller reads.',
  })
  provinces!: number;

  @Field(() => [Province], { description: 'More than 50 % of communes GREEN ("phủ XANH hơn 50% số xã, phường").' })
  overHalf!: Province[];

  @Field(() => [Province], { description: 'More than 70 % of communes GREEN ("phủ XANH hơn 70% số xã, phường").' })
  overSeventyPercent!: Province[];

  @Field(() => [Province], { description: 'Every commune GREEN ("phủ XANH 100% số xã, phường").' })
  allGreen!: Province[];
}

export interface ProvinceCoverage {
  province: Province;
  counts: Pick<StatusCounts, 'green' | 'notDue' | 'total'>;
}

/** "Hơn 50 %" and "hơn 70 %" as report 003 writes them: strictly more, compared in whole numbers. */
export function coverageHeadline(figures: readonly ProvinceCoverage[]): CoverageHeadline {
  // A province none of whose communes has anything due yet is not counted at all.
  const taking = figures.filter((f) => f.counts.total > f.counts.notDue);
  const where = (test: (c: ProvinceCoverage['counts']) => boolean) =>
    taking.filter((f) => test(f.counts)).map((f) => f.province);
  return {
    provinces: taking.length,
    overHalf: where((c) => c.green * 2 > c.total),
    overSeventyPercent: where((c) => c.green * 10 > c.total * 7),
    allGreen: where((c) => c.green === c.total),
  };
}

/** The headline over the provinces the caller reads, in a campaign the caller reads. */
export async function readCoverageHeadline(
  em: EntityManager,
  access: Access,
  loaders: Loaders,
  campaignId: string,
  query: StatusQuery,
): Promise<CoverageHeadline> {
  await findCampaign(em, access, { id: campaignId });
  const provinces = await listProvinces(em, access);
  const counts = await Promise.all(provinces.map((p) => loaders.provinceStatusCounts(query).load(p.id)));
  return coverageHeadline(provinces.map((province, i) => ({ province, counts: counts[i] })));
}
