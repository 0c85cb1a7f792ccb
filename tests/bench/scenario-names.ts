/** Scenario names, shared by the load, the floors and the results file. */
export const SCENARIO = {
  pendingWork: 'officer-pending-work',
  answering: 'officer-answering',
  provinceDashboard: 'province-dashboard',
  heatMap: 'national-heat-map',
  criterionTable: 'national-criterion-table',
  apiExport: 'api-client-export',
  mixed: 'mixed',
} as const;

export type ScenarioName = (typeof SCENARIO)[keyof typeof SCENARIO];
