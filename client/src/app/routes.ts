/** The screens and their addresses; Vietnamese words without diacritics keep URLs readable and safe. */
export type Route =
  | { name: 'home' }
  | { name: 'nation' }
  | { name: 'province'; id: string }
  | { name: 'commune'; id: string }
  | { name: 'unit'; id: string }
  | { name: 'account' }
  | { name: 'campaigns' }
  | { name: 'campaignEditor'; id: string }
  | { name: 'reports' }
  | { name: 'tasks' }
  | { name: 'report'; id: string }
  | { name: 'import'; slug: string | null }
  | { name: 'notFound' };

/** Query parameter holding the chosen campaign's code, so a view can be shared and survives reloads. */
export const CAMPAIGN_PARAM = 'dot';

const withCampaign = (path: string, campaignCode?: string) =>
  campaignCode ? `${path}?${CAMPAIGN_PARAM}=${encodeURIComponent(campaignCode)}` : path;

export const paths = {
  home: '/',
  account: '/tai-khoan',
  campaigns: '/dot-danh-gia',
  campaignEditor: (id: string) => `/dot-danh-gia/${id}`,
  reports: '/bao-cao',
  tasks: '/nhiem-vu',
  report: (id: string) => `/bao-cao/${id}`,
  /** Excel imports; each kind under its own slug (`/nhap-excel/ket-qua`). */
  import: (slug?: string) => (slug ? `/nhap-excel/${slug}` : '/nhap-excel'),
  nation: (campaignCode?: string) => withCampaign('/toan-quoc', campaignCode),
  province: (id: string, campaignCode?: string) => withCampaign(`/tinh/${id}`, campaignCode),
  commune: (id: string, campaignCode?: string) => withCampaign(`/xa/${id}`, campaignCode),
  unit: (id: string, campaignCode?: string) => withCampaign(`/don-vi/${id}`, campaignCode),
};

export function matchRoute(path: string): Route {
  const trimmed = path.replace(/\/+$/, '') || '/';
  if (trimmed === '/') return { name: 'home' };
  if (trimmed === paths.account) return { name: 'account' };
  if (trimmed === paths.reports) return { name: 'reports' };
  if (trimmed === paths.tasks) return { name: 'tasks' };
  const report = /^\/bao-cao\/(\d+)$/.exec(trimmed);
  if (report) return { name: 'report', id: report[1] };
  if (trimmed === paths.nation()) return { name: 'nation' };
  if (trimmed === paths.campaigns) return { name: 'campaigns' };
  const editor = /^\/dot-danh-gia\/(\d+)$/.exec(trimmed);
  if (editor) return { name: 'campaignEditor', id: editor[1] };
  const imported = /^\/nhap-excel(?:\/([a-z-]+))?$/.exec(trimmed);
  if (imported) return { name: 'import', slug: imported[1] ?? null };
  const match = /^\/(tinh|xa|don-vi)\/(\d+)$/.exec(trimmed);
  if (!match) return { name: 'notFound' };
  const name = ({ tinh: 'province', xa: 'commune', 'don-vi': 'unit' } as const)[match[1] as 'tinh' | 'xa' | 'don-vi'];
  return { name, id: match[2] };
}
