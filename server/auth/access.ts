import { subject as asSubject } from '@casl/ability';
import { createHash } from 'node:crypto';
import { rulesToCondition } from '@casl/ability/extra';
import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Sql, sql } from '../database/sql';
import { AppError, ErrorCode } from '../graphql/errors';
import type { Province } from '../province/province.entity';
import { Unit } from '../unit/unit.entity';
import { abilityFor, type Action, type AppAbility, type SubjectName } from './ability';
import type { Viewer } from './viewer';

/** Turns CASL's dotted paths ("unit.province.id") into the nested filters MikroORM expects. */
function nest(conditions: Record<string, unknown>): Record<string, unknown> {
  const nested: Record<string, any> = {};
  for (const [path, value] of Object.entries(conditions)) {
    if (path.startsWith('$')) {
      nested[path] = Array.isArray(value) ? value.map((v) => nest(v)) : nest(value as Record<string, unknown>);
      continue;
    }
    const keys = path.split('.');
    let target = nested;
    for (const key of keys.slice(0, -1)) target = target[key] ??= {};
    target[keys[keys.length - 1]] = value;
  }
  return nested;
}

/** Conditions per ability, action and subject: shared abilities serve many requests, each asking many times. */
const conditions = new WeakMap<AppAbility, Map<string, Record<string, unknown> | null>>();

function conditionOf(
  ability: AppAbility,
  action: Action,
  subject: SubjectName,
  field?: string,
): Record<string, unknown> | null {
  let known = conditions.get(ability);
  if (!known) conditions.set(ability, (known = new Map()));
  const key = `${action} ${subject} ${field ?? ''}`;
  if (!known.has(key)) {
    known.set(
      key,
      rulesToCondition(
        ability.rulesFor(action, subject, field),
        (rule) =>
          (rule.inverted ? { $not: rule.conditions ?? {} } : (rule.conditions ?? {})) as Record<string, unknown>,
        {
          and: (all) => ({ $and: all }),
          or: (any) => (any.some((c) => Object.keys(c).length === 0) ? {} : { $or: any }),
          empty: () => ({}),
        },
      ),
    );
  }
  return known.get(key)!;
}

/**
 * Rules that name the account itself (its own account, API tokens and notifications): left out
 * of the scope, so that callers holding the same roles share it. What the response cache keeps
 * reads none of these subjects.
 */
const OWN_SUBJECTS = new Set<unknown>(['User', 'ApiToken', 'Notification']);

/** Scopes per ability: shared abilities serve many requests. */
const scopes = new WeakMap<AppAbility, string>();

export const forbidden = (message = 'Bạn không có quyền thực hiện thao tác này.') =>
  new AppError(ErrorCode.FORBIDDEN, message);

/**
 * The ability of one request and what follows from it for the database: every read asks
 * `filter` for the rows it may return, every action asks `assert`.
 */
export class Access {
  readonly ability: AppAbility;

  constructor(readonly viewer: Viewer | undefined) {
    this.ability = abilityFor(viewer);
  }

  /**
   * The MikroORM filter of the rows the viewer may act on, `{}` for all, or `null` for none.
   * A fresh object every call: MikroORM rewrites filters in place.
   */
  filter<T>(action: Action, subject: SubjectName, field?: string): FilterQuery<T> | null {
    const condition = conditionOf(this.ability, action, subject, field);
    return condition === null ? null : (nest(structuredClone(condition)) as FilterQuery<T>);
  }

  /**
   * The viewer's readable rows combined with a request's own filter; null when none are
   * readable. With a field: only the rows whose field the viewer may read (a filter on a
   * field must not reveal what the field would).
   */
  readable<T>(subject: SubjectName, where: FilterQuery<T>, field?: string): FilterQuery<T> | null {
    const allowed = this.filter<T>('read', subject, field);
    if (allowed === null) return null;
    return Object.keys(allowed).length ? ({ $and: [where, allowed] } as FilterQuery<T>) : where;
  }

  can(action: Action, subject: SubjectName, object?: object, field?: string): boolean {
    return object
      ? this.ability.can(action, asSubject(subject, object as never), field)
      : this.ability.can(action, subject, field);
  }

  assert(action: Action, subject: SubjectName, object?: object, field?: string): void {
    if (!this.can(action, subject, object, field)) throw forbidden();
  }

  /**
   * The provinces whose every unit the viewer reads, when whole provinces are all it reads:
   * 'all' for the nation, else their ids; null when its reach is cut finer (a commune, a
   * bloc), so that per-province counters cannot answer for it and figures come from its units.
   */
  wholeProvinces(): 'all' | number[] | null {
    const allowed = this.filter<Unit>('read', 'Unit') as Record<string, unknown> | null;
    if (allowed === null) return [];
    if (Object.keys(allowed).length === 0) return 'all';
    const reaches =
      Object.keys(allowed).length === 1 && Array.isArray(allowed.$or)
        ? (allowed.$or as Record<string, unknown>[])
        : [allowed];
    const ids = reaches.map((reach) => {
      const province = reach.province as Record<string, unknown> | undefined;
      const onlyProvince = Object.keys(reach).length === 1 && province && Object.keys(province).length === 1;
      return onlyProvince && typeof province.id === 'number' ? province.id : null;
    });
    return ids.every((id) => id !== null) ? [...new Set(ids as number[])] : null;
  }

  /**
   * What the viewer may read and do, as a fingerprint of its rules without those naming the
   * account: every national overseer has the same scope, a province overseer of another
   * province or a commune officer another one. Answers that depend only on the rules may be
   * shared by callers of the same scope.
   */
  scope(): string {
    let scope = scopes.get(this.ability);
    if (scope === undefined) {
      const rules = this.ability.rules.filter((rule) => ![rule.subject].flat().some((s) => OWN_SUBJECTS.has(s)));
      scope = createHash('sha256').update(JSON.stringify(rules)).digest('base64url');
      scopes.set(this.ability, scope);
    }
    return scope;
  }

  /** The provinces the viewer reads anything of: 'all', or their ids (none when it reads no province). */
  readableProvinces(): 'all' | number[] {
    const allowed = this.filter<Province>('read', 'Province') as Record<string, unknown> | null;
    if (allowed === null) return [];
    const reaches = Array.isArray(allowed.$or) ? (allowed.$or as Record<string, unknown>[]) : [allowed];
    if (reaches.some((reach) => typeof reach.id !== 'number')) return 'all';
    return [...new Set(reaches.map((reach) => reach.id as number))];
  }

  /**
   * SQL restricting unit rows (alias `u`) to those the viewer may read, for hand-written
   * aggregate queries: nothing extra for national readers, a subquery otherwise, and `false`
   * when the viewer reads no units at all.
   */
  unitScope(em: EntityManager): Sql {
    const allowed = this.filter<Unit>('read', 'Unit');
    if (allowed === null) return sql`false`;
    if (Object.keys(allowed).length === 0) return sql`true`;
    const readable = em
      .createQueryBuilder(Unit, 'scope')
      .select('scope.id')
      .where(allowed as never)
      .getKnexQuery();
    return sql`u.id in (${Sql.fromBuilder(readable)})`;
  }
}
