import bacNinh from '../../server/demo/sources/bac-ninh-2026-01.json';
import criteriaStats from '../../server/demo/sources/criteria-national-stats.json';
import oneStop from '../../server/demo/sources/one-stop-readiness.json';
import provinces from '../../server/demo/sources/provinces.json';

/** The report facts the demo data must reproduce, read straight from the extracted JSON. */
export const facts = { bacNinh, criteriaStats, oneStop, provinces };

export const CAMPAIGN = {
  oneStop: 'one-stop-2025-09',
  phase2Commune: 'plan02-phase2-commune',
  phase2Province: 'plan02-phase2-province',
  bacNinh: 'bac-ninh-phu-xanh-2026-01',
};
