import type { Bloc, Level, Role } from '../gql/graphql';
import type { Grant } from './ViewerProvider';

/**
 * What the client offers (links, answer forms) from the account's grants. The server decides
 * for real; this only keeps the screens from offering what would be refused.
 */
const has = (grants: Grant[], roles: Role[], where: (grant: Grant) => boolean = () => true) =>
  grants.some((grant) => roles.includes(grant.role) && where(grant));

export const readsNation = (grants: Grant[]) => has(grants, ['NATIONAL_OVERSEER']);

export const readsProvince = (grants: Grant[], provinceId: string) =>
  readsNation(grants) ||
  has(grants, ['PROVINCE_OVERSEER', 'PROVINCE_BLOC_OFFICER'], (grant) => grant.province?.id === provinceId);

export const readsCommune = (grants: Grant[], communeId: string, provinceId: string) =>
  readsProvince(grants, provinceId) || has(grants, ['COMMUNE_LEADER'], (grant) => grant.commune?.id === communeId);

/**
 * The bloc a province's figures cover for this account: the server counts a bloc officer's
 * communes over that bloc alone, so the screen must say so. Null where all four blocs count.
 */
export function blocLimitIn(grants: Grant[], provinceId: string): Bloc | null {
  if (readsNation(grants) || has(grants, ['PROVINCE_OVERSEER'], (grant) => grant.province?.id === provinceId))
    return null;
  return (
    grants.find((grant) => grant.role === 'PROVINCE_BLOC_OFFICER' && grant.province?.id === provinceId)?.bloc ?? null
  );
}

export interface UnitPlace {
  bloc: Bloc;
  level: Level;
  province: { id: string };
  commune?: { id: string } | null;
}

/** Officers answer for their own unit only: their bloc, at their commune or their province. */
export function answersFor(grants: Grant[], unit: UnitPlace): boolean {
  return grants.some((grant) => {
    if (grant.bloc !== unit.bloc) return false;
    if (grant.role === 'COMMUNE_BLOC_OFFICER')
      return unit.level === 'COMMUNE' && grant.commune?.id === unit.commune?.id;
    if (grant.role === 'PROVINCE_BLOC_OFFICER')
      return unit.level === 'PROVINCE' && grant.province?.id === unit.province.id;
    return false;
  });
}

/** Who answered, who verified and evidence notes are readable by accounts of the unit's own province only. */
export const insideProvince = (grants: Grant[], provinceId: string) =>
  grants.some((grant) => grant.province?.id === provinceId);

/** Overseers verify claims: the national one everywhere, a province's in that province. */
export const verifiesIn = (grants: Grant[], provinceId: string) =>
  readsNation(grants) || has(grants, ['PROVINCE_OVERSEER'], (grant) => grant.province?.id === provinceId);

/** Overseers author campaigns: the national one national campaigns, a province's its own. */
export const authorsCampaigns = (grants: Grant[]) => has(grants, ['NATIONAL_OVERSEER', 'PROVINCE_OVERSEER']);

/** The provinces whose own campaigns the account may author. */
export const authoredProvinces = (grants: Grant[]) =>
  grants.filter((g) => g.role === 'PROVINCE_OVERSEER' && g.province).map((g) => g.province!);
