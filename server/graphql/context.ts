import type { EntityManager } from '@mikro-orm/postgresql';
import type { Access } from '../auth/access';
import type { LoginThrottle } from '../auth/login-throttle';
import type { Viewer } from '../auth/viewer';
import type { Loaders } from './loaders';

/** Everything a resolver may use, created anew for each request. */
export interface Context {
  /** A fork of the EntityManager for this request only. */
  em: EntityManager;
  viewer?: Viewer;
  /** What the viewer may read and do; every resolver and service asks it. */
  access: Access;
  loaders: Loaders;
  /** The address the request came from (the socket's, or the proxy's when PHUXANH_TRUST_PROXY says so). */
  clientAddress: string;
  /** Shared by every process: failed sign-ins per account and per address. */
  loginThrottle: LoginThrottle;
}
