import type { EntityManager } from '@mikro-orm/postgresql';
import { Access } from '../auth/access';
import type { Grant } from '../auth/viewer';
import type { Unit } from '../unit/unit.entity';
import { RoleGrant } from '../user/role-grant.entity';

/** One Access per account of the grants given (all of an account's grants, or all that matter to a question). */
export function accessesOf(grants: RoleGrant[]): Access[] {
  const byUser = new Map<number, Grant[]>();
  for (const g of grants) {
    byUser.set(g.user.id, [
      ...(byUser.get(g.user.id) ?? []),
      { id: g.id, user: g.user, role: g.role, province: g.province, commune: g.commune, bloc: g.bloc },
    ]);
  }
  return [...byUser.values()].map(
    (list) => new Access({ user: list[0].user, username: list[0].user.username, grants: list, readOnly: false }),
  );
}

/**
 * The grants of active accounts that could reach a unit's place. A grant elsewhere (another
 * province, commune or bloc) gives no right over the unit, so leaving it out cannot change
 * what the abilities decide about it.
 */
function grantsReaching(em: EntityManager, unit: Pick<Unit, 'province' | 'commune' | 'bloc'>): Promise<RoleGrant[]> {
  return em.find(
    RoleGrant,
    {
      $and: [
        { $or: [{ province: null }, { province: unit.province.id }] },
        { $or: [{ commune: null }, ...(unit.commune ? [{ commune: unit.commune.id }] : [])] },
        { $or: [{ bloc: null }, { bloc: unit.bloc }] },
        { user: { disabledAt: null } },
      ],
    },
    { populate: ['user'], orderBy: { user: 'asc', id: 'asc' } },
  );
}

/** The active accounts near a unit whose abilities pass the test given (the test decides; the grants only narrow the search). */
export async function unitAccounts(em: EntityManager, unit: Unit, may: (access: Access) => boolean): Promise<number[]> {
  return accessesOf(await grantsReaching(em, unit))
    .filter(may)
    .map((access) => access.viewer!.user.id);
}

/**
 * The unit's officers (cán bộ đầu mối): the accounts whose abilities let them answer for the
 * unit and read the object the notification tells about, so nobody learns of what they may not read.
 */
export function unitOfficers(
  em: EntityManager,
  unit: Unit,
  about: { subject: 'Assessment'; object: object },
): Promise<number[]> {
  return unitAccounts(
    em,
    unit,
    (access) => access.can('answer', 'Unit', unit) && access.can('read', about.subject, about.object),
  );
}
