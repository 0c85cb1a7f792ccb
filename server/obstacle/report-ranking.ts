import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { Access } from '../auth/access';
import { intArray, query, sql } from '../database/sql';
import type { Bloc } from '../domain/enums';
import { PERCENT_DECIMALS, percent } from '../domain/percent';
import { UNIT_REPORT_TABLES } from './unit-report';

@ObjectType({
  description: 'One ranked obstacle or recommendation: "N/total communes (%)", as the official appendices show it.',
})
export class RankedReport {
  @Field({ description: 'The reported text, or the category when ranking by category.' })
  label!: string;

  @Field(() => Int, { description: 'Communes that reported it.' })
  communes!: number;

  @Field(() => Int, {
    description: 'Communes of the province the caller may read (one for a commune reader), the base of the percentage.',
  })
  total!: number;

  @Field(() => Float, {
    description: 'communes / total in percent, 1 decimal ties to even as report 003 prints it (30/96 → 31.2).',
  })
  percent!: number;
}

/**
 * Which reports are ranked: one bloc's or all blocs' together (a commune counts once however many
 * of its units reported the text, as Phụ lục 6 counts), over the whole campaign or one day's.
 */
export interface RankedReports {
  bloc?: Bloc;
  reportedOn?: string;
  by: 'text' | 'category';
  limit: number;
}

/**
 * Ranks a province's obstacles or recommendations by how many communes reported them, over the
 * units the caller may read; by exact text, or by category to group differently worded reports.
 */
export async function rankReports(
  em: EntityManager,
  access: Access,
  table: 'obstacle' | 'recommendation',
  filter: RankedReports & { provinceId: number },
): Promise<RankedReport[]> {
  const ranked = await rankReportsByProvince(em, access, table, { ...filter, provinceIds: [filter.provinceId] });
  return ranked.get(filter.provinceId) ?? [];
}

const RANKED_BY = { text: sql`r.text`, category: sql`r.category` };

/** The same ranking for many provinces in one query (the daily report ranks every province). */
export async function rankReportsByProvince(
  em: EntityManager,
  access: Access,
  table: 'obstacle' | 'recommendation',
  filter: RankedReports & { provinceIds: readonly number[] },
): Promise<Map<number, RankedReport[]>> {
  const ids = intArray(filter.provinceIds);
  const scope = access.unitScope(em);
  const label = RANKED_BY[filter.by];
  const ofBloc = filter.bloc === undefined ? sql`true` : sql`r.bloc = ${filter.bloc}`;
  const ofDay = filter.reportedOn === undefined ? sql`true` : sql`r.reported_on = ${filter.reportedOn}`;
  const rows = await query<{ province_id: number; label: string; communes: number; total: number }>(
    em,
    sql`with readable as (
       select u.province_id, count(distinct u.commune_id)::int as total
       from unit u
       where u.province_id = any(${ids}) and u.commune_id is not null and (${scope})
       group by u.province_id
     )
     select ranked.province_id, label, communes, readable.total from (
       select u.province_id, ${label} as label, count(distinct u.commune_id)::int as communes,
              row_number() over (partition by u.province_id order by count(distinct u.commune_id) desc, ${label}) as rank
       from ${UNIT_REPORT_TABLES[table]} r join unit u on u.id = r.unit_id
       where u.province_id = any(${ids}) and ${ofBloc} and ${ofDay} and (${scope})
       group by u.province_id, ${label}
     ) ranked
     join readable on readable.province_id = ranked.province_id
     where rank <= ${filter.limit}
     order by ranked.province_id, rank`,
  );
  const ranked = new Map<number, RankedReport[]>();
  for (const { province_id, ...r } of rows) {
    ranked.set(province_id, [
      ...(ranked.get(province_id) ?? []),
      { ...r, percent: percent(r.communes, r.total, PERCENT_DECIMALS.reportRankings) },
    ]);
  }
  return ranked;
}
