import { Bloc, Level } from '../domain/enums';
import type { Access } from './access';

/**
 * What the caller may do with an object, asked of the abilities (ability.ts) with the object's
 * shape, so that clients learn it from the server instead of re-deriving it from roles. A
 * place without an id ("some commune of the province") matches only rules that reach every
 * one of its kind there.
 */
const BLOCS = Object.values(Bloc);

interface ProvinceRef {
  id: number;
}
interface UnitShape {
  province: ProvinceRef;
  /** `{}`: any commune of the province. */
  commune?: { id?: number } | null;
  bloc: Bloc;
  level: Level;
}

/** Units of every commune of the province, of one bloc. */
const everyCommuneUnit = (province: ProvinceRef, bloc: Bloc) => ({ province, commune: {}, level: Level.COMMUNE, bloc });

export const canAnswer = (access: Access, unit: UnitShape): boolean => access.can('answer', 'Unit', unit);

/** Evidence notes, who answered and who verified: readable within the unit's own province only. */
export const readsAnswerDetails = (access: Access, unit: UnitShape): boolean =>
  access.can('read', 'Assessment', { unit }, 'answeredBy');

/** Reads, of at least one bloc, the units of every commune of the province: the province's page. */
export const readsProvince = (access: Access, province: ProvinceRef): boolean =>
  BLOCS.some((bloc) => access.can('read', 'Unit', everyCommuneUnit(province, bloc)));

/** Reads the answer details of the units of every commune of the province it reads (see readsAnswerDetails). */
export const readsAnswerDetailsIn = (access: Access, province: ProvinceRef): boolean =>
  BLOCS.some((bloc) => readsAnswerDetails(access, everyCommuneUnit(province, bloc)));

/**
 * The one bloc the caller's figures of the province count, when its reach there is that bloc
 * (aggregates count only readable units); null when they count all four.
 */
export function blocCountedIn(access: Access, province: ProvinceRef): Bloc | null {
  const read = BLOCS.filter((bloc) => access.can('read', 'Unit', everyCommuneUnit(province, bloc)));
  return read.length === 1 ? read[0] : null;
}

export const verifiesIn = (access: Access, province: ProvinceRef): boolean =>
  access.can('verify', 'Assessment', { unit: { province } });

/** Reads the units of every bloc of the commune, or the province's page: the commune's page. */
export const readsCommune = (access: Access, commune: { id: number; province: ProvinceRef }): boolean =>
  readsProvince(access, commune.province) ||
  BLOCS.every((bloc) =>
    access.can('read', 'Unit', { province: commune.province, commune, level: Level.COMMUNE, bloc }),
  );

/** The commune's colour over all four blocs, not only over the units the caller reads (Commune.status). */
export const seesWholeCommune = (access: Access, commune: { id: number; province: ProvinceRef }): boolean =>
  access.can('read', 'CommuneStatus', commune);

/** Reads, of at least one bloc, the units of every commune of the country: the national page. */
export const readsNation = (access: Access): boolean =>
  BLOCS.some((bloc) => access.can('read', 'Unit', { province: {}, commune: {}, level: Level.COMMUNE, bloc }));

/** Sets and deletes the solutions of the province (`null`: the national ones) and of its communes. */
export const setsSolutions = (access: Access, province: ProvinceRef | null): boolean =>
  access.can('manage', 'Solution', { province });

export const editsCampaign = (access: Access, campaign: { province?: ProvinceRef | null }): boolean =>
  access.can('manage', 'Campaign', { province: campaign.province ?? null });
