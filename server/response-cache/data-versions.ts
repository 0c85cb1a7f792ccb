import type { EventSubscriber } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { ChannelListener } from '../database/channel-listener';
import { query, sql } from '../database/sql';
import { responseCacheListening } from '../observability/metrics';

/** Sent by the triggers of migration 20261203110000 with the versions a committed transaction bumped. */
const CHANNEL = 'data_changed';
/** The row of national objects (national campaigns, their criteria, national tasks). */
export const NATION = 0;
const RELOAD_MS = 1_000;

/**
 * The data versions (one per province, one for the nation) as this process last heard them:
 * read whole when listening starts, then raised by every notification, and read again after
 * each transaction this process commits, so that its own next request never waits for the
 * notification to come back. Versions only grow, so whatever order news arrives in, the
 * highest is kept. While not listening, `stamp` knows nothing and the cache is not used.
 */
export class DataVersions {
  private readonly versions = new Map<number, number>();
  private readonly listener: ChannelListener;
  /** Bumped when listening starts or stops: a read of the table begun before must not count as current. */
  private epoch = 0;
  private loaded = false;

  constructor(
    private readonly primary: MikroORM,
    databaseUrl: string,
  ) {
    this.listener = new ChannelListener(databaseUrl, CHANNEL, {
      listening: () => this.reload(),
      lost: () => {
        this.epoch++;
        this.loaded = false;
        responseCacheListening.set(0);
      },
      notified: (payload) => this.raise(JSON.parse(payload) as Record<string, number>),
    });
  }

  start(): Promise<void> {
    return this.listener.start();
  }

  close(): Promise<void> {
    return this.listener.close();
  }

  /**
   * The versions an answer over these provinces (and the nation's objects) depends on, as a
   * part of a cache key; undefined while this process may have missed a change.
   */
  stamp(provinces: 'all' | readonly number[]): string | undefined {
    if (!this.loaded || !this.listener.isListening) return undefined;
    const ids = provinces === 'all' ? [...this.versions.keys()] : [NATION, ...provinces];
    return [...new Set(ids)]
      .sort((a, b) => a - b)
      .map((id) => `${id}:${this.versions.get(id) ?? 0}`)
      .join(',');
  }

  /** Reads the versions again once a transaction of this process has committed (it may have bumped some). */
  commitSubscriber(): EventSubscriber {
    return {
      afterTransactionCommit: async () => {
        try {
          await this.refresh();
        } catch {
          // What this process just wrote might not be seen: nothing is answered from the cache until the versions are read again.
          void this.reload();
        }
      },
    };
  }

  private async reload(): Promise<void> {
    const epoch = ++this.epoch;
    this.loaded = false;
    try {
      await this.refresh();
    } catch {
      if (epoch === this.epoch && this.listener.isListening)
        setTimeout(() => epoch === this.epoch && void this.reload(), RELOAD_MS).unref();
      return;
    }
    if (epoch !== this.epoch || !this.listener.isListening) return;
    this.loaded = true;
    responseCacheListening.set(1);
  }

  private async refresh(): Promise<void> {
    const rows = await query<{ province_id: number; version: string }>(
      this.primary.em.fork(),
      sql`select province_id, version from data_version`,
    );
    this.raise(Object.fromEntries(rows.map((row) => [row.province_id, Number(row.version)])));
  }

  private raise(bumped: Record<string, number>): void {
    for (const [id, version] of Object.entries(bumped)) {
      const province = Number(id);
      if (version > (this.versions.get(province) ?? 0)) this.versions.set(province, version);
    }
  }
}
