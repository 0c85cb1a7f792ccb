import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import type { PlannedRequest } from './scenarios';

export interface Failures {
  non2xx: number;
  /** Responses with HTTP 200 whose body carries GraphQL `errors`. */
  graphql: number;
  /** The first few failing bodies, to say what went wrong. */
  examples: string[];
}

export interface LoadResult {
  requests: number;
  seconds: number;
  /** Client-side latency of every response, in ms. */
  latenciesMs: number[];
  /** Socket errors and timeouts. */
  transportErrors: number;
  failures: Failures;
}

const KEPT_EXAMPLES = 3;
/** Generous: a slow answer under saturation is a latency to report, not a transport error. */
const TIMEOUT_SECONDS = 30;

const headersOf = (planned: PlannedRequest): Record<string, string> => ({
  'content-type': 'application/json',
  ...(planned.token ? { authorization: `Bearer ${planned.token}` } : {}),
});

const noFailures = (): Failures => ({ non2xx: 0, graphql: 0, examples: [] });

/** Checks one answer (a 200 with `errors` is a failure too) and hands a good body to the scenario. */
function record(failures: Failures, planned: PlannedRequest, status: number, body: string): void {
  if (status === 200 && !body.includes('"errors":')) {
    planned.onBody?.(body);
    return;
  }
  if (status === 200) failures.graphql++;
  else failures.non2xx++;
  if (failures.examples.length < KEPT_EXAMPLES) failures.examples.push(`HTTP ${status}: ${body.slice(0, 500)}`);
}

/**
 * Drives the server for a bounded time with `connections` concurrent keep-alive clients, each
 * sending the scenario's next request as soon as its previous answer arrived. Every body is checked.
 */
export function drive(
  url: string,
  connections: number,
  seconds: number,
  next: () => PlannedRequest,
): Promise<LoadResult> {
  const target = new URL(url);
  const latenciesMs: number[] = [];
  const failures = noFailures();
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.origin,
        connections,
        duration: seconds,
        timeout: TIMEOUT_SECONDS,
        requests: [
          {
            setupRequest: (request, context) => {
              const planned = next();
              (context as { planned?: PlannedRequest }).planned = planned;
              return {
                ...request,
                method: 'POST',
                path: target.pathname,
                headers: headersOf(planned),
                body: planned.body,
              };
            },
            onResponse: (status, body, context) =>
              record(failures, (context as { planned: PlannedRequest }).planned, status, body),
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        const seconds = (performance.now() - started) / 1000;
        resolve({
          requests: latenciesMs.length,
          seconds,
          latenciesMs,
          transportErrors: result.errors + result.timeouts,
          failures,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latenciesMs.push(responseTime));
  });
}

/** One request on its own: its status and body. */
export async function send(url: string, planned: PlannedRequest): Promise<{ status: number; body: string }> {
  const response = await fetch(url, { method: 'POST', headers: headersOf(planned), body: planned.body });
  return { status: response.status, body: await response.text() };
}

/**
 * Sends the requests one after another, so that the server can attribute each SQL
 * statement to the one request in flight.
 */
export async function probe(url: string, requests: PlannedRequest[]): Promise<Failures> {
  const failures = noFailures();
  for (const planned of requests) {
    const { status, body } = await send(url, planned);
    record(failures, planned, status, body);
  }
  return failures;
}
