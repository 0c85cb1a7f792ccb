import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';

/** The project folder, found from this file whether it runs from source or from dist/. */
function findProjectRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`package.json not found above ${start}`);
    dir = parent;
  }
  return dir;
}

export const projectRoot = findProjectRoot(__dirname);

export const paths = {
  schema: join(projectRoot, 'schema', 'schema.graphql'),
  /** PHUXANH_DATA_DIR moves the embedded database elsewhere (tests start the product in a temporary folder). */
  embeddedDatabase: join(process.env.PHUXANH_DATA_DIR ?? join(projectRoot, '.data'), 'postgres'),
  client: join(projectRoot, 'dist', 'client'),
  /** Codegen's manifest of the client's documents (trusted documents). */
  clientDocuments: join(projectRoot, 'client', 'src', 'gql', 'persisted-documents.json'),
};

/**
 * DATABASE_REPLICA_URLS: comma-separated URLs of streaming read replicas of DATABASE_URL.
 * Queries read from them; mutations, with the figures they return, use the primary.
 */
export function replicaUrls(): string[] {
  return (process.env.DATABASE_REPLICA_URLS ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean);
}

/** A whole number of an environment variable, or the default when unset or not a number ≥ 0. */
function envCount(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return process.env[name]?.trim() && Number.isInteger(value) && value >= 0 ? value : fallback;
}

/**
 * PHUXANH_RATE_LIMIT_PER_MINUTE: requests a token (or, without one, an address) may send per
 * minute; 0 turns the limit off. 600 is ten a second: far above what an officer's screens or
 * the client send, while a script looping on one token is stopped.
 */
export const rateLimitPerMinute = () => envCount('PHUXANH_RATE_LIMIT_PER_MINUTE', 600);

/**
 * PHUXANH_STATEMENT_TIMEOUT_MS: the longest one SQL statement of a request may run (0 = no
 * limit). Every screen's statements take milliseconds; 5 s stops a runaway query from holding
 * a connection while leaving room for exports of the whole nation.
 */
export const statementTimeoutMs = () => envCount('PHUXANH_STATEMENT_TIMEOUT_MS', 5000);

/**
 * PHUXANH_WORKERS: server processes sharing the port; by default one per core, since one
 * Node process uses one core. 1 serves from the starting process itself.
 */
export const workerCount = () => Math.max(1, envCount('PHUXANH_WORKERS', availableParallelism()));

/**
 * PHUXANH_REQUEST_DEADLINE_MS: the longest one API request may spend on the database (0 = no
 * limit). No statement of the request starts after it; the request is answered QUERY_TIMEOUT
 * (`extensions.limit: "deadline"`) and its writes roll back.
 */
export const requestDeadlineMs = () => envCount('PHUXANH_REQUEST_DEADLINE_MS', 15_000);

/**
 * PHUXANH_MAX_ROWS_PER_REQUEST: rows one API request may read from the database (0 = no
 * limit). The national tables read about 13,000 counter rows and the largest page of
 * assessments a few thousand; 100,000 refuses a request built to read the whole country.
 */
export const maxRowsPerRequest = () => envCount('PHUXANH_MAX_ROWS_PER_REQUEST', 100_000);

/**
 * PHUXANH_TRUST_PROXY: express's "trust proxy" (e.g. `1` for one load balancer in front, or
 * its address), so sign-in throttling and the rate limit count the caller's address from
 * X-Forwarded-For instead of the proxy's. Off by default: a client could forge the header.
 */
export function trustProxy(): boolean | number | string {
  const value = process.env.PHUXANH_TRUST_PROXY?.trim();
  if (!value || value === 'false' || value === '0') return false;
  return /^\d+$/.test(value) ? Number(value) : value === 'true' ? true : value;
}

/**
 * PHUXANH_TRUSTED_DOCUMENTS=only: the API runs only the client's own documents (codegen's
 * manifest); anything else is refused DOCUMENT_NOT_TRUSTED. Off by default: third-party tools
 * and the explorer send documents of their own.
 */
export const trustedDocumentsOnlyMode = () => process.env.PHUXANH_TRUSTED_DOCUMENTS?.trim() === 'only';

/**
 * SMTP_URL: where notification e-mails go, as nodemailer reads it (e.g.
 * `smtps://user:password@mail.example.gov.vn:465`). Unset: no e-mail at all, notifications
 * stay in the product.
 */
export const smtpUrl = () => process.env.SMTP_URL?.trim() || undefined;

/** SMTP_FROM: the sender of notification e-mails. */
export const mailFrom = () => process.env.SMTP_FROM?.trim() || 'Phủ Xanh <khong-tra-loi@phuxanh.gov.vn>';

/** PHUXANH_PUBLIC_URL: the address people open the product at, for the links in e-mails. */
export const publicUrl = () => (process.env.PHUXANH_PUBLIC_URL?.trim() || 'http://localhost:4000').replace(/\/+$/, '');

/**
 * PHUXANH_JOBS: `on` runs the job queue (graphile-worker: e-mails, deadline reminders) in this
 * machine's primary process, `off` never. Unset: on exactly when SMTP_URL is set.
 */
export function jobsEnabled(): boolean {
  const value = process.env.PHUXANH_JOBS?.trim();
  return value ? value === 'on' : smtpUrl() !== undefined;
}

/**
 * PHUXANH_RESPONSE_CACHE=off: every heavy view is computed afresh (server/response-cache/), for
 * the bench's uncached figures or to rule the cache out when a figure looks wrong.
 */
export const responseCacheOn = () => process.env.PHUXANH_RESPONSE_CACHE?.trim().toLowerCase() !== 'off';
