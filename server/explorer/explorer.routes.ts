import express from 'express';
import { introspectionFromSchema, type GraphQLSchema } from 'graphql';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Access } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { paths } from '../config';
import { unauthenticated } from '../graphql/errors';
import { schemaForCaller } from './caller-schema';

/** Where the API explorer is served (README, docs/api.md). */
export const EXPLORER_PATH = '/explorer';

/** What the bearer token of a request stands for: no token, a viewer, or a token that is no good. */
export type RequestViewer = (req: express.Request) => Promise<{ token?: string; viewer?: Viewer }>;

/**
 * The explorer page (a separate entry of the client build, so the application does not carry
 * GraphiQL) and the schema it shows: introspection of what the caller's token may use.
 */
export function explorerRoutes(schema: GraphQLSchema, viewerOf: RequestViewer): express.Router {
  const router = express.Router();
  router.get(`${EXPLORER_PATH}/schema`, async (req, res, next) => {
    try {
      const { token, viewer } = await viewerOf(req);
      res.set('Cache-Control', 'no-store');
      if (token && !viewer) {
        const error = unauthenticated();
        res.status(401).json({ errors: [{ message: error.message, extensions: error.extensions }] });
        return;
      }
      res.json({ data: introspectionFromSchema(schemaForCaller(schema, new Access(viewer))) });
    } catch (error) {
      next(error);
    }
  });
  const page = join(paths.client, 'explorer.html');
  if (existsSync(page)) router.get(EXPLORER_PATH, (_req, res) => res.sendFile(page));
  return router;
}
