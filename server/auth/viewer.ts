import type { RoleGrant } from '../user/role-grant.entity';
import type { User } from '../user/user.entity';

/** The authenticated caller of a request. */
export interface Viewer {
  user: User;
  grants: RoleGrant[];
  /** API tokens are read-only: every action other than reading is refused. */
  readOnly: boolean;
  /** The token of the request, recorded with every change it makes (audit). */
  accessTokenId?: number;
}
