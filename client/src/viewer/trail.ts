import { paths } from '../app/routes';
import type { Crumb } from '../ui/PageHeader';

interface Place {
  province: { id: string; name: string; viewerCanOpen: boolean };
  commune?: { id: string; name: string; viewerCanOpen: boolean } | null;
}

/** The levels above a screen, linked where the server says the account may open them. */
export function trailTo(readsNation: boolean, place: Place, campaignCode: string | undefined): Crumb[] {
  const { province, commune } = place;
  const crumbs: Crumb[] = [
    { label: 'Toàn quốc', to: readsNation ? paths.nation(campaignCode) : undefined },
    { label: province.name, to: province.viewerCanOpen ? paths.province(province.id, campaignCode) : undefined },
  ];
  if (commune) {
    crumbs.push({
      label: commune.name,
      to: commune.viewerCanOpen ? paths.commune(commune.id, campaignCode) : undefined,
    });
  }
  return crumbs;
}
