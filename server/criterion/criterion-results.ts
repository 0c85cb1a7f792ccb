import type { EntityManager } from '@mikro-orm/postgresql';
import type DataLoader from 'dataloader';
import type { Access } from '../auth/access';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { pgArray, query } from '../database/sql';
import { percent } from '../domain/percent';
import { Province } from '../province/province.entity';
import { CLAIM_COUNTS } from '../status/claim';
import type { StatusQuery } from '../status/status.service';
import { assessmentJoin } from '../status/time-travel';
import { todayInVietnam } from '../domain/dates';

@ObjectType({ description: 'How many units of a province meet a criterion (the official "met/total" column).' })
export class CriterionProvinceResult {
  provinceId!: number;

  @Field(() => Province, { description: 'The province of these figures.' })
  province!: Province;

  @Field(() => Int, { description: 'Units in the province whose current answer meets the criterion.' })
  met!: number;

  @Field(() => Int, { description: 'Units the criterion applies to in the province, answered or not.' })
  total!: number;

  @Field(() => Float, { description: 'met / total in percent, rounded to 2 decimals.' })
  ratePercent!: number;
}

interface ResultRow {
  criterion_id: number;
  province_id: number;
  met: number;
  total: number;
}

/**
 * Met/total per province for each criterion, over the units it applies to that the viewer
 * reads, each with its province from `provinces` (a whole national table names 34 provinces
 * thousands of times: one lookup each, not one field resolver each). With `past` (a day before
 * today), counted from the answers as they stood at its end.
 */
export async function resultsByProvince(
  em: EntityManager,
  criterionIds: readonly number[],
  access: Access,
  provinces: DataLoader<number, Province | undefined>,
  past?: StatusQuery,
) {
  const reach = past ? null : access.wholeProvinces();
  const rows = reach
    ? await query<ResultRow>(
        em,
        `select criterion_id, province_id, met_count as met, unit_count as total
         from criterion_progress
         where criterion_id = any(cast(:ids as int[])) and (cast(:provinces as int[]) is null or province_id = any(cast(:provinces as int[])))
         order by criterion_id, province_id`,
        { ids: pgArray(criterionIds), provinces: reach === 'all' ? null : pgArray(reach) },
      )
    : await query<ResultRow>(
        em,
        `select c.id as criterion_id, u.province_id,
                count(*) filter (where ${CLAIM_COUNTS})::int as met, count(*)::int as total
         from criterion c
         join campaign cp on cp.id = c.campaign_id
         join unit u on u.bloc = c.bloc and u.level = c.level and (cp.province_id is null or u.province_id = cp.province_id)
         ${assessmentJoin(past?.asOf ?? todayInVietnam())}
         where c.id = any(cast(:ids as int[])) and (:unitScope)
         group by c.id, u.province_id
         order by c.id, u.province_id`,
        { ids: pgArray(criterionIds), unitScope: access.unitScope(em), day: past?.asOf ?? null },
      );
  const provinceIds = [...new Set(rows.map((r) => r.province_id))];
  const loaded = await provinces.loadMany(provinceIds);
  const provinceById = new Map(provinceIds.map((id, i) => [id, loaded[i]]));
  const byCriterion = new Map<number, CriterionProvinceResult[]>();
  for (const r of rows) {
    const province = provinceById.get(r.province_id);
    if (!(province instanceof Province)) continue;
    const list = byCriterion.get(r.criterion_id) ?? [];
    list.push({ provinceId: r.province_id, province, met: r.met, total: r.total, ratePercent: percent(r.met, r.total) });
    byCriterion.set(r.criterion_id, list);
  }
  return byCriterion;
}
