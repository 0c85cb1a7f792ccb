import { paths } from '../app/routes';
import type { Role, UnitFilter } from '../gql/graphql';
import type { Grant } from './ViewerProvider';

/** Where an account with several grants lands: its widest view first. */
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

export function homeOf(grant: Grant | undefined): HomeTarget {
  switch (grant?.role) {
    case 'NATIONAL_OVERSEER':
      return { kind: 'path', path: paths.nation() };
    case 'PROVINCE_OVERSEER':
    case 'PROVINCE_BLOC_OFFICER':
      if (grant.province) return { kind: 'path', path: paths.province(grant.province.id) };
      break;
    case 'COMMUNE_LEADER':
      if (grant.commune) return { kind: 'path', path: paths.commune(grant.commune.id) };
      break;
    case 'COMMUNE_BLOC_OFFICER':
      if (grant.commune && grant.bloc) {
        return { kind: 'ownUnit', filter: { communeId: grant.commune.id, bloc: grant.bloc, level: 'COMMUNE' } };
      }
      break;
    case 'INSPECTION_COMMITTEE':
      return { kind: 'path', path: paths.reports };
  }
  return { kind: 'path', path: paths.account };
}
