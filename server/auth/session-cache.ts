import { ChangeSetType, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import type { Bloc, Role } from '../domain/enums';
import { AccessToken, type TokenKind } from './access-token.entity';
import { RoleGrant } from '../user/role-grant.entity';
import { User } from '../user/user.entity';
import { ChannelListener } from '../database/channel-listener';
import { sessionCacheListening, sessionCacheLookups } from '../observability/metrics';
import { BoundedMap } from './bounded-map';

/** Sent by the triggers of migrations 20261123160000 and 20261203090000 when a token, a role grant or an account's standing changes. */
const CHANNEL = 'access_changed';
/** A safety net only: every change is heard at once through the channel. */
const MAX_AGE_MS = 5 * 60_000;
/** More than the accounts the product plans for (about 30,000), each signed in once. */
const MAX_SESSIONS = 50_000;

/** What a token stood for when it was read: plain values, since entities belong to one request. */
export interface CachedSession {
  accessTokenId: number;
  userId: number;
  username: string;
  kind: TokenKind;
  /** API tokens: the one province they read; empty for the nation. */
  provinceId?: number;
  grants: { id: number; role: Role; provinceId?: number; communeId?: number; bloc?: Bloc }[];
  mustChangePassword: boolean;
  expiresAt: number;
  lastUsedAt?: number;
  cachedAt: number;
}

/**
 * Who each bearer token stands for, kept between requests so that a request does not pay a
 * database round trip to learn its caller (on deadline day most requests are small reads by
 * signed-in officers). It is sound only while the process hears every change: PostgreSQL
 * triggers NOTIFY the channel when tokens or grants change, whoever changes them, and while
 * this process is not listening (not yet connected, or the connection lost) it keeps nothing.
 */
export class SessionCache {
  private readonly sessions = new BoundedMap<string, CachedSession>(MAX_SESSIONS);
  private readonly listener: ChannelListener;
  /**
   * Bumped by every change heard: a lookup that read the database before a change and comes
   * back after it must not store what it read.
   */
  private generation = 0;

  constructor(databaseUrl: string) {
    this.listener = new ChannelListener(databaseUrl, CHANNEL, {
      listening: () => {
        this.forgetAll();
        sessionCacheListening.set(1);
      },
      lost: () => {
        this.forgetAll();
        sessionCacheListening.set(0);
      },
      notified: () => this.forgetAll(),
    });
  }

  start(): Promise<void> {
    return this.listener.start();
  }

  close(): Promise<void> {
    return this.listener.close();
  }

  /** The session of a token hash, unless it is unknown, too old or expired. */
  get(tokenHash: string): CachedSession | undefined {
    const session = this.fresh(tokenHash);
    sessionCacheLookups.inc({ result: session ? 'hit' : 'miss' });
    return session;
  }

  private fresh(tokenHash: string): CachedSession | undefined {
    if (!this.listener.isListening) return undefined;
    const session = this.sessions.get(tokenHash);
    if (!session) return undefined;
    const now = Date.now();
    if (session.expiresAt <= now || now - session.cachedAt > MAX_AGE_MS) {
      this.sessions.delete(tokenHash);
      return undefined;
    }
    return session;
  }

  /** The generation to pass to `remember` for what is read from the database from now on. */
  currentGeneration(): number {
    return this.generation;
  }

  remember(tokenHash: string, session: CachedSession, readInGeneration: number): void {
    if (this.listener.isListening && readInGeneration === this.generation) this.sessions.set(tokenHash, session);
  }

  /**
   * Forgets everything as soon as this process flushes a change to tokens or grants, so its
   * own next request never waits for the notification to come back.
   */
  flushSubscriber(): EventSubscriber {
    return {
      afterFlush: ({ uow }: FlushEventArgs) => {
        const changesAccess = uow
          .getChangeSets()
          .some(
            (change) =>
              change.entity instanceof RoleGrant ||
              ((change.entity instanceof AccessToken || change.entity instanceof User) &&
                change.type !== ChangeSetType.CREATE),
          );
        if (changesAccess) this.forgetAll();
      },
    };
  }

  private forgetAll(): void {
    this.generation++;
    this.sessions.clear();
  }
}
