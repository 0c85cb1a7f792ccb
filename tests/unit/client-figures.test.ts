import type { AssessmentFieldsFragment, Bloc } from '../../client/src/gql/graphql';
import { rankCommunes, type BlocPicture } from '../../client/src/province/ranking';
import { counts } from '../../client/src/unit/work-items';

const commune = (id: string, name: string) => ({ id, name });

function picture(bloc: Bloc, groups: [number, ReturnType<typeof commune>[]][]): BlocPicture {
  return {
    bloc,
    communesNotMet: groups.reduce((sum, [, communes]) => sum + communes.length, 0),
    criteriaTotal: 20,
    unmetCriteria: [],
    communesByUnmetCount: groups.map(([unmetCount, communes]) => ({ unmetCount, communes })),
  };
}

describe('the province page ranks communes by unmet criteria over the blocs shown', () => {
  const lamThao = commune('1', 'Xã Lâm Thao');
  const lucSon = commune('2', 'Xã Lục Sơn');
  const baoDai = commune('3', 'Xã Bảo Đài');

  it("adds a commune's counts over the blocs, most first, ties in Vietnamese alphabetical order", () => {
    const ranked = rankCommunes([
      picture('PARTY', [
        [2, [lucSon]],
        [1, [lamThao, baoDai]],
      ]),
      picture('PEOPLES_COUNCIL', [
        [4, [lamThao]],
        [1, [baoDai]],
      ]),
      picture('FATHERLAND_FRONT', [
        [5, [lucSon]],
        [1, [lamThao]],
      ]),
    ]);
    expect(ranked.map(({ name, total, byBloc }) => ({ name, total, byBloc }))).toEqual([
      { name: 'Xã Lục Sơn', total: 7, byBloc: { PARTY: 2, FATHERLAND_FRONT: 5 } },
      { name: 'Xã Lâm Thao', total: 6, byBloc: { PARTY: 1, PEOPLES_COUNCIL: 4, FATHERLAND_FRONT: 1 } },
      { name: 'Xã Bảo Đài', total: 2, byBloc: { PARTY: 1, PEOPLES_COUNCIL: 1 } },
    ]);
  });

  it('ranks nothing when every commune meets every criterion', () => {
    expect(rankCommunes([picture('PARTY', [])])).toEqual([]);
  });
});

describe("an officer's answer counts toward green as the server counts it", () => {
  const answer = (met: boolean, verification: AssessmentFieldsFragment['verification']) =>
    ({ met, verification }) as AssessmentFieldsFragment;

  it('a rejected claim never counts; an unconfirmed one only where the campaign counts unverified claims', () => {
    expect(counts(answer(true, 'UNVERIFIED'), true)).toBe(true);
    expect(counts(answer(true, 'UNVERIFIED'), false)).toBe(false);
    expect(counts(answer(true, 'CONFIRMED'), false)).toBe(true);
    expect(counts(answer(true, 'REJECTED'), true)).toBe(false);
    expect(counts(answer(false, 'UNVERIFIED'), true)).toBe(false);
    expect(counts(undefined, true)).toBe(false);
  });
});
