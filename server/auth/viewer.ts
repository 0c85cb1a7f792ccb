import type { RoleGrant } from '../user/role-grant.entity';
import type { User } from '../user/user.entity';

/**
 * A role the caller holds. A plain value, not an entity: an API token's synthetic grant must
 * never reach the unit of work, or the next flush would try to insert it.
 */
export type Grant = Pick<RoleGrant, 'id' | 'user' | 'role' | 'province' | 'commune' | 'bloc'>;

/** The authenticated caller of a request. */
export interface Viewer {
  /** The account; only its id is sure to be loaded (use `accountOf` for the rest). */
  user: User;
  /** Kept with the session, for audit entries that must not load the account. */
  username: string;
  grants: Grant[];
  /** API tokens are read-only: every action other than reading is refused. */
  readOnly: boolean;
  /** An administrator reset the password: until it is changed the session may do nothing else. */
  mustChangePassword?: boolean;
  /** The token of the request, recorded with every change it makes (audit). */
  accessTokenId?: number;
}
