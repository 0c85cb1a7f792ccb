import { paths } from '../app/routes';
import type { Crumb } from '../ui/PageHeader';
import { readsCommune, readsNation, readsProvince } from './access';
import type { Grant } from './ViewerProvider';

interface Place {
  province: { id: string; name: string };
  commune?: { id: string; name: string } | null;
}

/** The levels above a screen, linked where the account may open them. */
export function trailTo(grants: Grant[], place: Place, campaignCode: string | undefined): Crumb[] {
  const { province, commune } = place;
  const crumbs: Crumb[] = [
    { label: 'Toàn quốc', to: readsNation(grants) ? paths.nation(campaignCode) : undefined },
    {
      label: province.name,
      to: readsProvince(grants, province.id) ? paths.province(province.id, campaignCode) : undefined,
    },
  ];
  if (commune) {
    crumbs.push({
      label: commune.name,
      to: readsCommune(grants, commune.id, province.id) ? paths.commune(commune.id, campaignCode) : undefined,
    });
  }
  return crumbs;
}
