import { Client } from 'pg';

const RECONNECT_MS = 1_000;

/** What a listener tells the cache that relies on hearing every change. */
export interface ChannelEvents {
  /** Listening (again): whatever was sent while no one listened was not heard. Awaited by `start`. */
  listening(): void | Promise<void>;
  /** No longer listening (connection lost, or closed): from now on changes may go unheard. */
  lost(): void;
  notified(payload: string): void;
}

/**
 * LISTENs to one PostgreSQL channel on a connection of its own, and reconnects after losing
 * it. Caches that keep what other processes may change (sessions, the heavy views' answers)
 * are sound only while they hear every change, so they are told when listening starts and
 * stops, and keep nothing in between.
 */
export class ChannelListener {
  private client: Client | undefined;
  private reconnect: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly databaseUrl: string,
    private readonly channel: string,
    private readonly events: ChannelEvents,
  ) {
    // Spliced into LISTEN (which takes no bound parameter) as written, so that the statement reads `listen <channel>`.
    if (!/^[a-z_]+$/.test(channel)) throw new Error(`Not a plain channel name: ${channel}`);
  }

  get isListening(): boolean {
    return this.client !== undefined;
  }

  start(): Promise<void> {
    return this.connect();
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.reconnect);
    const client = this.client;
    this.client = undefined;
    this.events.lost();
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.databaseUrl });
    let lost = false;
    const onLost = () => {
      if (lost) return;
      lost = true;
      if (this.client === client) {
        this.client = undefined;
        this.events.lost();
      }
      client.end().catch(() => undefined);
      if (!this.closed) this.reconnect = setTimeout(() => void this.connect(), RECONNECT_MS).unref();
    };
    client.on('error', onLost);
    client.on('end', onLost);
    client.on('notification', (message) => {
      if (message.channel === this.channel) this.events.notified(message.payload ?? '');
    });
    try {
      await client.connect();
      await client.query(`listen ${this.channel}`);
    } catch {
      onLost();
      return;
    }
    if (this.closed) {
      await client.end();
      return;
    }
    this.client = client;
    await this.events.listening();
  }
}
