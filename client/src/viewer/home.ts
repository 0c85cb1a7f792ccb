import { paths } from '../app/routes';
import type { Role, UnitFilter } from '../gql/graphql';
import type { Grant, Viewer } from './ViewerProvider';

/** The role the top bar names when an account holds several: its widest. A label, not a permission. */
const ROLE_PRIORITY: Role[] = [
  'NATIONAL_OVERSEER',
  'PROVINCE_OVERSEER',
  'PROVINCE_BLOC_OFFICER',
  'COMMUNE_LEADER',
  'COMMUNE_BLOC_OFFICER',
  'INSPECTION_COMMITTEE',
  'ADMINISTRATOR',
  'API_CLIENT',
];

export type HomeTarget = { kind: 'path'; path: string } | { kind: 'ownUnit'; filter: UnitFilter };

export function primaryGrant(grants: Grant[]): Grant | undefined {
  return [...grants].sort((a, b) => ROLE_PRIORITY.indexOf(a.role) - ROLE_PRIORITY.indexOf(b.role))[0];
}

/**
 * Where an account lands: the widest page the server says it may open (the nation, a granted
 * province, a granted commune), else the unit its grant names, else its account page; an inspection
 * committee lands on its reports.
 */
export function homeOf(viewer: Viewer): HomeTarget {
  // An inspection committee's work is the reports it reviews: a landing page, not a permission.
  if (primaryGrant(viewer.grants)?.role === 'INSPECTION_COMMITTEE') return { kind: 'path', path: paths.reports };
  if (viewer.readsNation) return { kind: 'path', path: paths.nation() };
  const province = viewer.grants.find((grant) => grant.province?.viewerCanOpen)?.province;
  if (province) return { kind: 'path', path: paths.province(province.id) };
  const commune = viewer.grants.find((grant) => grant.commune?.viewerCanOpen)?.commune;
  if (commune) return { kind: 'path', path: paths.commune(commune.id) };
  const unitGrant = viewer.grants.find((grant) => grant.commune && grant.bloc);
  if (unitGrant?.commune && unitGrant.bloc) {
    return { kind: 'ownUnit', filter: { communeId: unitGrant.commune.id, bloc: unitGrant.bloc, level: 'COMMUNE' } };
  }
  return { kind: 'path', path: paths.account };
}
