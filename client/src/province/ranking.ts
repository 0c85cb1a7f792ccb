import type { Bloc, ProvinceRemediationQuery } from '../gql/graphql';

/** One bloc's remediation picture, as the province page reads it. */
export type BlocPicture = ProvinceRemediationQuery['province']['remediation']['blocs'][number];

export interface RankedCommune {
  id: string;
  name: string;
  total: number;
  byBloc: Partial<Record<Bloc, number>>;
}

const collator = new Intl.Collator('vi');

/** Each commune's unmet criteria over the blocs shown, most first (ties by name, as a list is read). */
export function rankCommunes(blocs: BlocPicture[]): RankedCommune[] {
  const byId = new Map<string, RankedCommune>();
  for (const { bloc, communesByUnmetCount } of blocs) {
    for (const { unmetCount, communes } of communesByUnmetCount) {
      for (const { id, name } of communes) {
        const row = byId.get(id) ?? { id, name, total: 0, byBloc: {} };
        row.total += unmetCount;
        row.byBloc[bloc] = unmetCount;
        byId.set(id, row);
      }
    }
  }
  return [...byId.values()].sort((a, b) => b.total - a.total || collator.compare(a.name, b.name));
}
