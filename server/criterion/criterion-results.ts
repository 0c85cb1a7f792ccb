import type { EntityManager } from '@mikro-orm/postgresql';
import type DataLoader from 'dataloader';
import type { Access } from '../auth/access';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { intArray, query, sql, type Sql } from '../database/sql';
import { CRITERION_APPLIES } from './applicability';
import { percent } from '../domain/percent';
import { Province } from '../province/province.entity';
import { CLAIM_COUNTS, COUNTED_CRITERION } from '../status/claim';
import type { StatusQuery } from '../status/status.service';
import { assessmentJoin, criterionProgressAsOf } from '../status/time-travel';
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

/** criterion id, province id, met, total */
type ResultRow = [number, number, number, number];

/**
 * The rows of `counts` (criterion_id, province_id, met, total) as one JSON array: a national
 * table is thousands of rows, which the driver decodes one message and one object at a time
 * for several times the CPU that one JSON.parse of the same figures takes.
 */
function asOneArray(counts: Sql): Sql {
  return sql`select coalesce(json_agg(json_build_array(criterion_id, province_id, met, total) order by criterion_id, province_id), '[]') as rows
          from (${counts}) counts`;
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
  const reach = access.wholeProvinces();
  const ids = intArray(criterionIds);
  const [{ rows }] = await query<{ rows: ResultRow[] }>(
    em,
    asOneArray(
      reach
        ? sql`select criterion_id, province_id, met_count as met, unit_count as total
         from ${past ? await criterionProgressAsOf(em, past.campaignId, past.asOf) : sql`criterion_progress`} counters
         where criterion_id = any(${ids}) and ${reach === 'all' ? sql`true` : sql`province_id = any(${intArray(reach)})`}`
        : sql`select c.id as criterion_id, u.province_id,
                count(*) filter (where ${CLAIM_COUNTS})::int as met, count(*) filter (where ${COUNTED_CRITERION})::int as total
         from criterion c
         join campaign cp on cp.id = c.campaign_id
         join unit u on ${CRITERION_APPLIES}
         ${assessmentJoin(past?.asOf ?? todayInVietnam())}
         where c.id = any(${ids}) and (${access.unitScope(em)})
         group by c.id, u.province_id`,
    ),
  );
  const provinceIds = [...new Set(rows.map(([, provinceId]) => provinceId))];
  const loaded = await provinces.loadMany(provinceIds);
  const provinceById = new Map(provinceIds.map((id, i) => [id, loaded[i]]));
  const byCriterion = new Map<number, CriterionProvinceResult[]>();
  for (const [criterionId, provinceId, met, total] of rows) {
    const province = provinceById.get(provinceId);
    if (!(province instanceof Province)) continue;
    const list = byCriterion.get(criterionId) ?? [];
    list.push({ provinceId, province, met, total, ratePercent: percent(met, total) });
    byCriterion.set(criterionId, list);
  }
  return byCriterion;
}
