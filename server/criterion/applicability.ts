import { sql } from '../database/sql';
import type { Bloc, Level } from '../domain/enums';

/**
 * Which criteria apply to which units, the one rule written twice: once in SQL, for the
 * figures, and once in code, for an answer. A criterion applies to the units of its bloc and
 * level, in its campaign's province when the campaign is a province's own. A test proves the
 * two agree on every campaign of the demo data.
 */
export const CRITERION_APPLIES = sql`u.bloc = c.bloc and u.level = c.level and (cp.province_id is null or u.province_id = cp.province_id)`;

export interface ApplicableUnit {
  bloc: Bloc;
  level: Level;
  provinceId: number;
}

export interface ApplicableCriterion {
  bloc: Bloc;
  level: Level;
  /** The campaign's province, for a province's own campaign. */
  campaignProvinceId: number | null;
}

export function criterionApplies(criterion: ApplicableCriterion, unit: ApplicableUnit): boolean {
  return (
    unit.bloc === criterion.bloc &&
    unit.level === criterion.level &&
    (criterion.campaignProvinceId === null || criterion.campaignProvinceId === unit.provinceId)
  );
}
