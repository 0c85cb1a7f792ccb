import { saveBlob } from '../ui/save-file';

import type { ImportKind, ImportProgress, ImportReport } from '../../../server/import/import-report';

export type { ImportKind, ImportReport, RowError } from '../../../server/import/import-report';

export interface ImportFailure {
  message: string;
  code: string;
  report?: ImportReport;
}

/** Where a request stands: the upload (bytes sent), then the server's phases as it streams them. */
export type ImportStage = { phase: 'uploading'; done: number; total: number } | ImportProgress;

const NDJSON = 'application/x-ndjson';

const failureOf = (body: { errors?: { message: string; extensions?: Record<string, unknown> }[] }): ImportFailure => {
  const [error] = body.errors ?? [];
  return {
    message: error?.message ?? 'Máy chủ không trả lời được; vui lòng thử lại.',
    code: String(error?.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
    report: error?.extensions?.report as ImportReport | undefined,
  };
};

/**
 * Uploads a workbook with XMLHttpRequest (fetch reports no upload progress) and asks for the
 * streamed answer: one JSON line per phase the server reaches, the report or the error last.
 */
export function sendImport(
  kind: ImportKind,
  mode: 'dryRun' | 'apply',
  file: File,
  token: string,
  params: Record<string, string>,
  onStage: (stage: ImportStage) => void,
): Promise<ImportReport> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/import/${kind}?${new URLSearchParams({ mode, ...params })}`);
    xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.setRequestHeader('Accept', NDJSON);
    xhr.upload.onprogress = (event) => onStage({ phase: 'uploading', done: event.loaded, total: event.total });
    let seen = 0;
    let last: Record<string, unknown> | undefined;
    const readLines = () => {
      const text = xhr.responseText;
      const end = text.lastIndexOf('\n');
      if (end < seen) return;
      for (const line of text.slice(seen, end).split('\n').filter(Boolean)) {
        const message = JSON.parse(line) as Record<string, unknown>;
        if (message.progress) onStage(message.progress as ImportStage);
        else last = message;
      }
      seen = end + 1;
    };
    xhr.onprogress = () => {
      if (xhr.getResponseHeader('Content-Type')?.startsWith(NDJSON)) readLines();
    };
    xhr.onload = () => {
      try {
        if (!xhr.getResponseHeader('Content-Type')?.startsWith(NDJSON)) {
          reject(failureOf(JSON.parse(xhr.responseText)));
          return;
        }
        readLines();
        if (last?.report) resolve(last.report as ImportReport);
        else reject(failureOf((last ?? {}) as never));
      } catch {
        reject(failureOf({}));
      }
    };
    xhr.onerror = () => reject({ message: 'Mất kết nối tới máy chủ khi gửi tệp.', code: 'NETWORK' });
    xhr.send(file);
  });
}

/** Downloads a template with the account's token and hands it to the browser. */
export async function downloadTemplate(kind: ImportKind, token: string, params: Record<string, string>): Promise<void> {
  const response = await fetch(`/import/${kind}/template?${new URLSearchParams(params)}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  if (!response.ok) throw failureOf(await response.json());
  const name = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? `mau-${kind}.xlsx`;
  saveBlob(await response.blob(), name);
}
