import { type Bloc, Level } from '../domain/enums';
import { blocCatalog, BLOCS, unitResult } from './catalog';
import type { CommuneDirectory } from './communes';
import type { DemoCampaign, DemoCriterion, DemoResult, DemoSolution } from './demo-data-set';
import { type CriterionFact, facts, parseAuthority } from './sources';

const report = facts.bacNinh;

export const BAC_NINH_CAMPAIGN: DemoCampaign = {
  code: 'bac-ninh-phu-xanh-2026-01',
  name: report.campaign.name,
  level: Level.COMMUNE,
  provinceCode: report.provinceCode,
  // Report 000 is dated only by its month; it shows the picture on the eve of the deadline.
  asOf: report.campaign.deadline,
  deadline: report.campaign.deadline,
  redBelowPercent: 50,
};

const itemsOf = (bloc: Bloc) => report.blocs[bloc].items;

/**
 * The bloc's known criteria, trimmed to the catalog size report 000 states. Only the Fatherland
 * Front has more known (24, from report 003) than stated (23); the last one no Bắc Ninh list
 * refers to goes: XA-MTTQ-24 (mobilising members to help people at the one-stop centre).
 */
function knownCriteria(bloc: Bloc, stated: number): CriterionFact[] {
  const known = facts.criteria.criteria.filter((c) => c.bloc === bloc);
  const referenced = new Set(itemsOf(bloc).map((item) => item.criterionId));
  const missing = [...referenced].filter((id) => !known.some((c) => c.id === id));
  if (missing.length) throw new Error(`Bắc Ninh refers to unknown criteria ${missing.join(', ')}`);
  const excess = known.length - stated;
  const unreferenced = known.filter((c) => !referenced.has(c.id));
  const dropped = new Set(excess > 0 ? unreferenced.slice(-excess) : []);
  return known.filter((c) => !dropped.has(c));
}

function catalog(): DemoCriterion[] {
  const stated = facts.criteria.statedTotals.COMMUNE;
  return BLOCS.flatMap((bloc) =>
    blocCatalog(BAC_NINH_CAMPAIGN.code, bloc, Level.COMMUNE, knownCriteria(bloc, stated[bloc]), stated[bloc]),
  );
}

/** Commune code → the criteria the slides list it as failing; every other criterion is met. */
function unmetByCommune(bloc: Bloc, directory: CommuneDirectory): Map<string, Set<string>> {
  const unmet = new Map<string, Set<string>>();
  for (const item of itemsOf(bloc)) {
    for (const name of item.communes) {
      const code = directory.codeOf(report.provinceCode, name);
      unmet.set(code, (unmet.get(code) ?? new Set()).add(item.criterionId));
    }
  }
  return unmet;
}

function results(criteria: readonly DemoCriterion[], directory: CommuneDirectory): DemoResult[] {
  const communes = directory.byProvince.get(report.provinceCode) ?? [];
  return BLOCS.flatMap((bloc) => {
    const codes = criteria.filter((c) => c.bloc === bloc).map((c) => c.code);
    const unmet = unmetByCommune(bloc, directory);
    return communes.map((commune) =>
      unitResult(
        {
          campaignCode: BAC_NINH_CAMPAIGN.code,
          bloc,
          level: Level.COMMUNE,
          provinceCode: report.provinceCode,
          communeCode: commune.code,
        },
        codes,
        (code) => !unmet.get(commune.code)?.has(code),
      ),
    );
  });
}

function solutions(): DemoSolution[] {
  return BLOCS.flatMap((bloc) =>
    itemsOf(bloc).flatMap((item) =>
      item.solution
        ? [
            {
              campaignCode: BAC_NINH_CAMPAIGN.code,
              criterionCode: item.criterionId,
              provinceCode: report.provinceCode,
              authority: parseAuthority(item.authority ?? ''),
              text: item.solution,
            },
          ]
        : [],
    ),
  );
}

export function buildBacNinh(directory: CommuneDirectory) {
  const criteria = catalog();
  return { campaign: BAC_NINH_CAMPAIGN, criteria, results: results(criteria, directory), solutions: solutions() };
}
