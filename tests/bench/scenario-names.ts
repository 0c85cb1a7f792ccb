/** Scenario names, shared by the load, the floors and the results file. */
export const SCENARIO = {
  pendingWork: 'officer-pending-work',
  unitAssessments: 'officer-unit-assessments',
  answering: 'officer-answering',
  provinceDashboard: 'province-dashboard',
  heatMap: 'national-heat-map',
  criterionTable: 'national-criterion-table',
  apiExport: 'api-client-export',
  assessmentPage: 'api-assessment-page',
  mixed: 'mixed',
} as const;

export type ScenarioName = (typeof SCENARIO)[keyof typeof SCENARIO];
