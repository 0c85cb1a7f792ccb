import { buildBacNinh } from './bac-ninh';
import { buildCommuneDirectory } from './communes';
import type { DemoDataSet } from './demo-data-set';
import { buildOneStop } from './one-stop';
import { buildPhase2 } from './phase2';
import { buildReportItems } from './report-items';
import { buildTasks } from './tasks';

/**
 * The national demo data set: the 34 provinces and 3,321 communes, the three campaigns of the
 * reports (one-stop readiness, Plan 02 phase 2 at commune and province level, Bắc Ninh's
 * January 2026 drive), tasks, obstacles and recommendations. Pure and deterministic: every
 * random choice is seeded, so two builds are identical.
 */
export function buildNationalDemo(): DemoDataSet {
  const directory = buildCommuneDirectory();
  const oneStop = buildOneStop(directory);
  const phase2 = buildPhase2(directory);
  const bacNinh = buildBacNinh(directory);
  const { obstacles, recommendations } = buildReportItems(directory);
  return {
    provinces: directory.provinces,
    communes: directory.communes,
    campaigns: [oneStop.campaign, ...phase2.campaigns, bacNinh.campaign],
    criteria: [...oneStop.criteria, ...phase2.criteria, ...bacNinh.criteria],
    results: [...oneStop.results, ...phase2.results, ...bacNinh.results],
    pastAnswers: oneStop.pastAnswers,
    solutions: bacNinh.solutions,
    tasks: buildTasks(directory),
    obstacles,
    recommendations,
  };
}
