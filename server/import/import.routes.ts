import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import { Access } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { databaseFault } from '../database/faults';
import { AppError, ErrorCode, unauthenticated } from '../graphql/errors';
import { accountsImporter } from './accounts.import';
import { answersImporter } from './answers.import';
import { criteriaImporter } from './criteria.import';
import {
  ImportErrorCode,
  ImportRefusal,
  IMPORT_LIMITS,
  statusOf,
  type ImportMode,
  type ProgressSink,
} from './import.types';
import { runImport, type Importer } from './run-import';

const IMPORTERS: Record<string, Importer<string>> = {
  accounts: accountsImporter as Importer<string>,
  answers: answersImporter as Importer<string>,
  criteria: criteriaImporter as Importer<string>,
};

const NDJSON = 'application/x-ndjson';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const tooLarge = () =>
  new ImportRefusal(
    ImportErrorCode.IMPORT_FILE_TOO_LARGE,
    `Tệp quá lớn: tối đa ${IMPORT_LIMITS.bytes / 1024 / 1024} MB. Hãy chia thành nhiều tệp nhỏ hơn.`,
    { limitBytes: IMPORT_LIMITS.bytes },
  );

/** The error body of the GraphQL endpoint, for a refusal or a fault (logged, never sent). */
function errorBody(error: unknown): { status: number; body: { errors: object[] } } {
  const known = error instanceof AppError ? error : databaseFault(error);
  if (!known) {
    console.error('Unexpected error while importing:', error);
    return {
      status: 500,
      body: {
        errors: [
          { message: 'Lỗi hệ thống; vui lòng thử lại sau.', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } },
        ],
      },
    };
  }
  const code = String(known.extensions.code);
  return { status: statusOf(code), body: { errors: [{ message: known.message, extensions: known.extensions }] } };
}

/**
 * The upload, refused from its Content-Length before a byte is read when it declares more
 * than the limit, and cut off at the limit when it declares nothing (chunked).
 */
function readUpload(req: express.Request): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (declared > IMPORT_LIMITS.bytes) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > IMPORT_LIMITS.bytes) {
        req.pause();
        reject(tooLarge());
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function parseMode(mode: unknown): ImportMode {
  if (mode === 'dryRun' || mode === 'apply') return mode;
  throw new AppError(ErrorCode.BAD_USER_INPUT, 'Tham số mode phải là "dryRun" (kiểm tra) hoặc "apply" (nhập).', {
    field: 'mode',
  });
}

function importerOf(kind: string): Importer<string> {
  const importer = Object.hasOwn(IMPORTERS, kind) ? IMPORTERS[kind] : undefined;
  if (!importer)
    throw new AppError(ErrorCode.NOT_FOUND, `Không có loại nhập "${kind}" (accounts, answers, criteria).`, {
      id: kind,
    });
  return importer;
}

const paramsOf = (req: express.Request): Record<string, string | undefined> =>
  Object.fromEntries(Object.entries(req.query).map(([k, v]) => [k, typeof v === 'string' ? v : undefined]));

/**
 * Excel imports over plain HTTP (README, "Excel import"): `GET /import/{kind}/template` and
 * `POST /import/{kind}?mode=dryRun|apply` with the workbook as the body, the same Bearer token
 * and abilities as the GraphQL API, on the primary database.
 */
export function importRoutes(
  orm: MikroORM,
  viewerOf: (req: express.Request) => Promise<{ viewer?: Viewer }>,
): express.Router {
  const router = express.Router();

  const accessOf = async (req: express.Request, importer: Importer<string>): Promise<Access> => {
    const { viewer } = await viewerOf(req);
    if (!viewer) throw unauthenticated();
    const access = new Access(viewer);
    importer.authorize(access);
    return access;
  };

  router.get('/:kind/template', async (req, res) => {
    try {
      const importer = importerOf(req.params.kind);
      const access = await accessOf(req, importer);
      const file = await importer.template(orm.em.fork(), access, paramsOf(req));
      res
        .status(200)
        .type(XLSX)
        .set('Content-Disposition', `attachment; filename="mau-nhap-${importer.kind}.xlsx"`)
        .send(file);
    } catch (error) {
      const { status, body } = errorBody(error);
      res.status(status).json(body);
    }
  });

  router.post('/:kind', async (req, res) => {
    let progress: ProgressSink = () => {};
    let run: () => Promise<unknown>;
    const streamed = (req.headers.accept ?? '').includes(NDJSON);
    try {
      const importer = importerOf(req.params.kind);
      const mode = parseMode(req.query.mode);
      const access = await accessOf(req, importer);
      const file = await readUpload(req);
      run = () => runImport(importer, orm.em.fork(), access, file, mode, paramsOf(req), (p) => progress(p));
    } catch (error) {
      const { status, body } = errorBody(error);
      // What was not read is not read: the connection closes once the refusal is sent.
      res.status(status).set('Connection', 'close').json(body);
      return;
    }
    if (streamed) {
      res.status(200).type(NDJSON).set('Cache-Control', 'no-store');
      res.flushHeaders();
      progress = (p) => res.write(`${JSON.stringify({ progress: p })}\n`);
    }
    try {
      const report = await run();
      if (streamed) res.end(`${JSON.stringify({ report })}\n`);
      else res.status(200).json(report);
    } catch (error) {
      const { status, body } = errorBody(error);
      if (streamed) res.end(`${JSON.stringify({ status, ...body })}\n`);
      else res.status(status).json(body);
    }
  });

  return router;
}
