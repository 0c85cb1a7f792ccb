import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { Access } from '../auth/access';
import { query } from '../database/sql';
import type { Bloc } from '../domain/enums';

@ObjectType({ description: 'One ranked obstacle or recommendation: "N/total communes (%)", as the official appendices show it.' })
export class RankedReport {
  @Field({ description: 'The reported text, or the category when ranking by category.' })
  label!: string;

  @Field(() => Int, { description: 'Communes that reported it.' })
  communes!: number;

  @Field(() => Int, { description: 'Communes of the province.' })
  total!: number;

  @Field(() => Float, { description: 'communes / total in percent, 1 decimal as in the reports.' })
  percent!: number;
}

/**
 * Ranks a province's obstacles or recommendations of one bloc by how many communes reported
 * them, over the units the caller may read; by exact text, or by category to group differently
 * worded reports.
 */
export async function rankReports(
  em: EntityManager,
  access: Access,
  table: 'obstacle' | 'recommendation',
  filter: { provinceId: number; bloc: Bloc; by: 'text' | 'category'; limit: number },
): Promise<RankedReport[]> {
  const rows = await query<{ label: string; communes: number; total: number }>(
    em,
    `select r.${filter.by} as label, count(distinct u.commune_id)::int as communes,
            (select count(*)::int from commune where province_id = :provinceId) as total
     from "${table}" r join unit u on u.id = r.unit_id
     where u.province_id = :provinceId and r.bloc = :bloc and (:unitScope)
     group by r.${filter.by}
     order by communes desc, label
     limit :limit`,
    { provinceId: filter.provinceId, bloc: filter.bloc, limit: filter.limit, unitScope: access.unitScope(em) },
  );
  return rows.map((r) => ({ ...r, percent: Math.round((r.communes / r.total) * 1000) / 10 }));
}
