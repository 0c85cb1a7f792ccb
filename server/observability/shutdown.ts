import type { Server } from 'node:http';
import { logger } from './logger';

/** Longest a stop waits for requests in flight; then their connections are closed. */
const DRAIN_TIMEOUT_MS = 20_000;

let stopping = false;

/** Whether this process is shutting down (/readyz answers 503 so a load balancer stops sending). */
export const isStopping = () => stopping;

/**
 * Counts the requests in flight on a server, and once stopping asks keep-alive clients to
 * close their connection after the answer they are waiting for.
 */
export function trackRequests(server: Server): () => number {
  let open = 0;
  server.on('request', (_req, res) => {
    open++;
    if (stopping) res.setHeader('Connection', 'close');
    res.once('close', () => open--);
  });
  return () => open;
}

/**
 * Graceful stop of an HTTP server: no new connections, idle keep-alive ones closed, requests
 * in flight answered (up to DRAIN_TIMEOUT_MS), then every connection closed.
 */
export async function drain(server: Server, inFlight: () => number): Promise<void> {
  stopping = true;
  logger.info({ inFlight: inFlight() }, 'Đang dừng: chờ các yêu cầu đang xử lý');
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const until = Date.now() + DRAIN_TIMEOUT_MS;
  while (inFlight() > 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 25));
  server.closeAllConnections();
  await closed;
}
