import { useState } from 'react';
import { useClient } from 'urql';
import { graphql } from '../gql';
import type { ExportFormat, ExportTable } from '../gql/graphql';
import { describeError } from '../ui/errors';
import { saveBlob } from '../ui/save-file';

const exportTableQuery = graphql(`
  query ExportTable($table: ExportTable!, $format: ExportFormat!, $campaignId: ID!, $provinceId: ID) {
    exportTable(table: $table, format: $format, campaignId: $campaignId, provinceId: $provinceId) {
      fileName
      mimeType
      contentBase64
    }
  }
`);

const FORMAT_LABEL: Record<ExportFormat, string> = { XLSX: 'Excel', CSV: 'CSV' };

/** Hands the browser a file the server built, under the server's own file name. */
export function saveFile({
  fileName,
  mimeType,
  contentBase64,
}: {
  fileName: string;
  mimeType: string;
  contentBase64: string;
}) {
  const bytes = Uint8Array.from(atob(contentBase64), (char) => char.charCodeAt(0));
  saveBlob(new Blob([bytes], { type: mimeType }), fileName);
}

/**
 * Download buttons for one official table. The file is asked for on click, from the network
 * every time: it must hold the figures of that moment, not those of an earlier download.
 */
export function ExportButtons({
  table,
  campaignId,
  provinceId,
  label,
  formats = ['XLSX', 'CSV'],
}: {
  table: ExportTable;
  campaignId: string;
  provinceId?: string;
  /** What the table is, for the buttons' names: "Tải Excel: {label}". */
  label: string;
  formats?: ExportFormat[];
}) {
  const client = useClient();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const download = async (format: ExportFormat) => {
    setBusy(format);
    setProblem(null);
    const result = await client
      .query(exportTableQuery, { table, format, campaignId, provinceId }, { requestPolicy: 'network-only' })
      .toPromise();
    setBusy(null);
    if (result.error) setProblem(describeError(result.error));
    else if (result.data) saveFile(result.data.exportTable);
  };

  return (
    <div className="export">
      {formats.map((format) => (
        <button
          key={format}
          type="button"
          className="button"
          aria-label={`Tải ${FORMAT_LABEL[format]}: ${label}`}
          disabled={busy !== null}
          onClick={() => void download(format)}
        >
          <svg className="export__icon" viewBox="0 0 16 16" aria-hidden="true">
            <path d="M8 2v8m-3-3 3 3 3-3M3 13h10" />
          </svg>
          {busy === format ? 'Đang tạo tệp…' : `Tải ${FORMAT_LABEL[format]}`}
        </button>
      ))}
      {problem && (
        <p className="notice notice--error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
