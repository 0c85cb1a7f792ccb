import { Bloc, Level } from '../domain/enums';
import { blocCatalog, BLOCS, unitResult } from './catalog';
import type { CommuneDirectory } from './communes';
import type { DemoCampaign, DemoCriterion, DemoResult } from './demo-data-set';
import { createRng, type Rng } from '../domain/prng';
import {
  countForPercent,
  type CriterionFact,
  facts,
  type NationalStatFact,
  type ProvinceFact,
  REPORT_003_DATE,
} from './sources';

/** Plan 02 phase 2 is due 01/10/2025 (report 003, Phụ lục 3). */
const PHASE2_DEADLINE = '2025-10-01';

export const PHASE2_COMMUNE_CAMPAIGN: DemoCampaign = {
  code: 'plan02-phase2-commune',
  name: 'Kế hoạch 02 giai đoạn 2 — tiêu chí cấp xã của bốn khối',
  level: Level.COMMUNE,
  provinceCode: null,
  asOf: REPORT_003_DATE,
  deadline: PHASE2_DEADLINE,
  redBelowPercent: 50,
};

export const PHASE2_PROVINCE_CAMPAIGN: DemoCampaign = {
  ...PHASE2_COMMUNE_CAMPAIGN,
  code: 'plan02-phase2-province',
  name: 'Kế hoạch 02 giai đoạn 2 — tiêu chí cấp tỉnh của bốn khối',
  level: Level.PROVINCE,
};

/** The reports do not give placeholder criteria's rates; most communes meet most criteria. */
const PLACEHOLDER_MET_RATE = { min: 0.8, max: 0.98 };

interface Rate {
  met: number;
  total: number;
}

const byCode = <T extends { code: string }>(items: readonly T[]): Map<string, T> =>
  new Map(items.map((i) => [i.code, i]));

/** The largest count out of `total` still under 50 %. */
const lastBelowHalf = (total: number): number => Math.ceil(total / 2) - 1;

/** The smallest count out of `total` whose rate is strictly above `floor`, so no tie can reorder the lowest. */
const firstAbove = (floor: Rate | undefined, total: number): number =>
  floor ? Math.floor((floor.met * total) / floor.total) + 1 : 0;

const higherRate = <R extends Rate>(a: R, b: R): R => (a.met * b.total >= b.met * a.total ? a : b);

/**
 * Met counts per province for a criterion of Phụ lục 9–12: the listed (lowest) provinces as
 * reported; the others strictly above the highest listed rate, exactly as many of them under
 * 50 % as the reported number of provinces under 50 % requires.
 */
function reportedMetCounts(stat: NationalStatFact, rng: Rng): Map<string, number> {
  const provinces = byCode(facts.provinces);
  for (const listed of stat.lowest) {
    const communeCount = provinces.get(listed.provinceCode)?.communeCount;
    if (communeCount !== listed.total) {
      throw new Error(
        `${stat.criterionId}: ${listed.provinceCode} counts ${listed.total} communes, not ${communeCount}`,
      );
    }
  }
  const counts = new Map(stat.lowest.map((l) => [l.provinceCode, l.met]));
  const floor = stat.lowest.length ? stat.lowest.reduce(higherRate) : undefined;
  const belowNeeded = stat.provincesBelow50 - stat.lowest.filter((l) => 2 * l.met < l.total).length;
  const unlisted = rng.shuffle(facts.provinces.filter((p) => !counts.has(p.code)));
  const below = new Set(
    unlisted
      .filter((p) => firstAbove(floor, p.communeCount) <= lastBelowHalf(p.communeCount))
      .slice(0, belowNeeded)
      .map((p) => p.code),
  );
  if (belowNeeded < 0 || below.size !== belowNeeded) {
    throw new Error(`${stat.criterionId}: cannot put ${belowNeeded} unlisted provinces under 50 %`);
  }
  for (const { code, communeCount } of unlisted) {
    const lowest = firstAbove(floor, communeCount);
    const [min, max] = below.has(code)
      ? [lowest, lastBelowHalf(communeCount)]
      : [Math.max(lowest, lastBelowHalf(communeCount) + 1), communeCount];
    counts.set(code, rng.int(min, max));
  }
  return counts;
}

function placeholderMetCounts(rng: Rng): Map<string, number> {
  return new Map(
    facts.provinces.map((p) => [
      p.code,
      rng.int(
        Math.ceil(p.communeCount * PLACEHOLDER_MET_RATE.min),
        Math.floor(p.communeCount * PLACEHOLDER_MET_RATE.max),
      ),
    ]),
  );
}

function metCounts(criterion: DemoCriterion): Map<string, number> {
  const rng = createRng(`phase2:${criterion.code}`);
  const stat = facts.nationalStats.find((s) => s.criterionId === criterion.code);
  if (stat) return reportedMetCounts(stat, rng);
  if (criterion.isPlaceholder) return placeholderMetCounts(rng);
  throw new Error(`${criterion.code}: report 003 lists the criterion but gives no rates for it`);
}

/** Report 000's additions (XA-DU-09, XA-UBND-13, XA-UBND-14) belong to Bắc Ninh's 2026 drive. */
const inReport003 = (fact: CriterionFact): boolean => fact.sources.some((s) => s.startsWith('003 '));

function communeCatalog(): DemoCriterion[] {
  const stated = facts.criteria.statedTotals.COMMUNE;
  return BLOCS.flatMap((bloc) =>
    blocCatalog(
      PHASE2_COMMUNE_CAMPAIGN.code,
      bloc,
      Level.COMMUNE,
      facts.criteria.criteria.filter((c) => c.bloc === bloc && inReport003(c)),
      stated[bloc],
    ),
  );
}

/** For each criterion, which of the province's communes meet it (a seeded choice of the right size). */
function communesMeeting(criterion: DemoCriterion, province: ProvinceFact, met: number): Uint8Array {
  const flags = new Uint8Array(province.communeCount);
  const indices = Array.from(flags, (_, i) => i);
  for (const i of createRng(`phase2:${criterion.code}:${province.code}`).shuffle(indices).slice(0, met)) flags[i] = 1;
  return flags;
}

function communeResults(catalog: readonly DemoCriterion[], directory: CommuneDirectory): DemoResult[] {
  const counts = new Map(catalog.map((c) => [c.code, metCounts(c)]));
  return facts.provinces.flatMap((province) => {
    const communes = directory.byProvince.get(province.code) ?? [];
    return BLOCS.flatMap((bloc) => {
      const criteria = catalog.filter((c) => c.bloc === bloc);
      const codes = criteria.map((c) => c.code);
      const meeting = criteria.map((c) => communesMeeting(c, province, counts.get(c.code)?.get(province.code) ?? 0));
      return communes.map((commune, i) =>
        unitResult(
          {
            campaignCode: PHASE2_COMMUNE_CAMPAIGN.code,
            bloc,
            level: Level.COMMUNE,
            provinceCode: province.code,
            communeCode: commune.code,
          },
          codes,
          (_, k) => meeting[k][i] === 1,
        ),
      );
    });
  });
}

function provinceCatalog(): DemoCriterion[] {
  const implied = facts.criteria.statedTotals.PROVINCE_PHASE2_IMPLIED;
  return BLOCS.flatMap((bloc) => blocCatalog(PHASE2_PROVINCE_CAMPAIGN.code, bloc, Level.PROVINCE, [], implied[bloc]));
}

/** Phụ lục 21 gives each province's completion rate per bloc; the met count must round to it. */
function provinceResult(province: ProvinceFact, bloc: Bloc, codes: readonly string[]): DemoResult {
  const met = countForPercent(province.provinceLevelCompletionPercent[bloc], codes.length);
  const chosen = new Set(createRng(`phase2-province:${province.code}:${bloc}`).shuffle(codes).slice(0, met));
  return unitResult(
    {
      campaignCode: PHASE2_PROVINCE_CAMPAIGN.code,
      bloc,
      level: Level.PROVINCE,
      provinceCode: province.code,
      communeCode: null,
    },
    codes,
    (code) => chosen.has(code),
  );
}

export function buildPhase2(directory: CommuneDirectory) {
  const communeCriteria = communeCatalog();
  const provinceCriteria = provinceCatalog();
  const provinceResults = facts.provinces.flatMap((province) =>
    BLOCS.map((bloc) =>
      provinceResult(
        province,
        bloc,
        provinceCriteria.filter((c) => c.bloc === bloc).map((c) => c.code),
      ),
    ),
  );
  return {
    campaigns: [PHASE2_COMMUNE_CAMPAIGN, PHASE2_PROVINCE_CAMPAIGN],
    criteria: [...communeCriteria, ...provinceCriteria],
    results: [...communeResults(communeCriteria, directory), ...provinceResults],
  };
}
