import { useId, useState } from 'react';
import { useQuery } from 'urql';
import { Link } from '../app/router';
import { paths } from '../app/routes';
import { useSessionState } from '../auth/session';
import { graphql } from '../gql';
import { PageHeader } from '../ui/PageHeader';
import { formatNumber } from '../ui/format';
import { saveBlob } from '../ui/save-file';
import { EmptyState } from '../ui/states';
import { useViewer } from '../viewer/ViewerProvider';
import { importKindsOf, IMPORT_PAGES } from './import-kinds';
import {
  downloadTemplate,
  sendImport,
  type ImportFailure,
  type ImportKind,
  type ImportReport,
  type ImportStage,
} from './import-request';

const importCampaignsQuery = graphql(`
  query ImportCampaigns {
    campaigns {
      id
      name
      state
      province {
        name
      }
    }
  }
`);

const STAGE_LABEL: Record<ImportStage['phase'], string> = {
  uploading: 'Đang gửi tệp',
  reading: 'Đang đọc tệp',
  checking: 'Đang kiểm tra từng dòng',
  hashing: 'Đang mã hóa mật khẩu',
  writing: 'Đang ghi',
};

const SUMMARY_LABEL: Record<string, string> = {
  accounts: 'tài khoản',
  grants: 'quyền được cấp',
  answered: 'kết quả',
  created: 'mới',
  updated: 'cập nhật',
};

function StageBar({ stage }: { stage: ImportStage }) {
  const known = stage.total !== undefined && stage.total > 0;
  const done = stage.done ?? 0;
  return (
    <div className="import-stage" role="status">
      <span>
        {STAGE_LABEL[stage.phase]}
        {known &&
          (stage.phase === 'uploading'
            ? ` — ${Math.round((100 * done) / stage.total!)} %`
            : ` — ${formatNumber(done)}/${formatNumber(stage.total!)} dòng`)}
        …
      </span>
      <progress max={known ? stage.total : undefined} value={known ? done : undefined} />
    </div>
  );
}

function ErrorTable({ report }: { report: ImportReport }) {
  const badRows = new Set(report.errors.map((e) => e.row)).size;
  return (
    <section className="panel" aria-labelledby="import-errors">
      <h2 id="import-errors">
        {formatNumber(badRows)} dòng lỗi trên {formatNumber(report.rows)} dòng
      </h2>
      <p>Sửa các dòng dưới đây trong tệp rồi kiểm tra lại. Chưa có dòng nào được ghi.</p>
      <div className="table-wrap">
        <table className="table" aria-label="Các dòng lỗi">
          <thead>
            <tr>
              <th scope="col">Trang</th>
              <th scope="col" className="numeric">
                Dòng
              </th>
              <th scope="col">Cột</th>
              <th scope="col">Lỗi</th>
            </tr>
          </thead>
          <tbody>
            {report.errors.slice(0, 2000).map((error, index) => (
              <tr key={index}>
                <td>{error.sheet}</td>
                <td className="numeric">{error.row}</td>
                <td>{error.column || '—'}</td>
                <td>{error.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {report.errors.length > 2000 && <p>… và {formatNumber(report.errors.length - 2000)} lỗi nữa.</p>}
    </section>
  );
}

const describeSummary = (summary: Record<string, number>) =>
  Object.entries(summary)
    .map(([key, count]) => `${formatNumber(count)} ${SUMMARY_LABEL[key] ?? key}`)
    .join(', ');

function passwordsCsv(rows: NonNullable<ImportReport['generatedPasswords']>): Blob {
  const lines = ['Dòng,Tên đăng nhập,Mật khẩu ban đầu', ...rows.map((r) => `${r.row},${r.username},${r.password}`)];
  // A byte-order mark lets Excel read the file as UTF-8.
  return new Blob([`\uFEFF${lines.join('\r\n')}\r\n`], { type: 'text/csv;charset=utf-8' });
}

/**
 * One import: template, file, a dry run whose row errors are listed, and the apply, offered
 * only after a dry run of the same file found no error. The server decides again on apply.
 */
export function ImportPage({ kind }: { kind: ImportKind }) {
  const viewer = useViewer();
  const token = useSessionState().session?.token ?? '';
  const page = IMPORT_PAGES[kind];
  const fileInput = useId();
  const campaignInput = useId();
  const [campaigns] = useQuery({ query: importCampaignsQuery, pause: !page.campaignState });
  const offered = campaigns.data?.campaigns.filter((c) => c.state === page.campaignState) ?? [];
  const [campaignId, setCampaignId] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [stage, setStage] = useState<ImportStage | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [failure, setFailure] = useState<ImportFailure | null>(null);

  if (!importKindsOf(viewer.grants).includes(kind))
    return (
      <EmptyState title="Tài khoản này không nhập được loại dữ liệu này.">
        <Link to={paths.home}>Về trang chính</Link>
      </EmptyState>
    );

  const chosenCampaign = page.campaignState ? campaignId || offered[0]?.id || '' : '';
  const params: Record<string, string> = chosenCampaign ? { campaignId: chosenCampaign } : {};
  const busy = stage !== null;
  const checked = report?.mode === 'dryRun' && report.errors.length === 0;

  const run = async (mode: 'dryRun' | 'apply') => {
    if (!file) return;
    setFailure(null);
    if (mode === 'dryRun') setReport(null);
    setStage({ phase: 'uploading', done: 0, total: file.size });
    try {
      setReport(await sendImport(kind, mode, file, token, params, setStage));
    } catch (error) {
      const problem = error as ImportFailure;
      setFailure(problem);
      setReport(problem.report ?? null);
    } finally {
      setStage(null);
    }
  };

  const template = async () => {
    setFailure(null);
    try {
      await downloadTemplate(kind, token, params);
    } catch (error) {
      setFailure(error as ImportFailure);
    }
  };

  return (
    <>
      <PageHeader eyebrow="Nhập từ Excel" title={page.title}>
        <p className="lead">{page.lead}</p>
      </PageHeader>
      <section className="panel" aria-labelledby="import-steps">
        <h2 id="import-steps">Các bước</h2>
        <ol className="import-steps">
          {page.campaignState && (
            <li>
              <label htmlFor={campaignInput}>Đợt đánh giá</label>{' '}
              <select
                id={campaignInput}
                value={chosenCampaign}
                onChange={(event) => {
                  setCampaignId(event.target.value);
                  setReport(null);
                }}
              >
                {offered.map((campaign) => (
                  <option key={campaign.id} value={campaign.id}>
                    {campaign.name}
                    {campaign.province ? ` (riêng ${campaign.province.name})` : ''}
                  </option>
                ))}
              </select>
              {campaigns.data && !offered.length && (
                <p className="hint" role="status">
                  {page.campaignState === 'DRAFT' ? (
                    <>
                      Chưa có đợt nào đang soạn. Hãy tạo đợt mới hoặc sao chép một đợt đã ban hành trong{' '}
                      <Link to={paths.campaigns}>Đợt đánh giá</Link>, rồi nhập tiêu chí vào đó.
                    </>
                  ) : (
                    'Chưa có đợt đánh giá nào đã ban hành để nhập kết quả.'
                  )}
                </p>
              )}
            </li>
          )}
          <li>
            <button type="button" className="button" onClick={() => void template()}>
              Tải tệp mẫu (.xlsx)
            </button>{' '}
            {page.templateHint}
          </li>
          <li>
            <label htmlFor={fileInput}>Chọn tệp đã điền (.xlsx, tối đa 20 MB, 50.000 dòng)</label>{' '}
            <input
              id={fileInput}
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                setReport(null);
                setFailure(null);
              }}
            />
          </li>
          <li>
            <button type="button" className="button" disabled={!file || busy} onClick={() => void run('dryRun')}>
              Kiểm tra (không ghi)
            </button>{' '}
            <button
              type="button"
              className="button button--primary"
              disabled={!checked || busy}
              title={checked ? undefined : 'Cần kiểm tra tệp và sửa hết lỗi trước khi nhập.'}
              onClick={() => void run('apply')}
            >
              Nhập
            </button>
          </li>
        </ol>
        {stage && <StageBar stage={stage} />}
        {failure && !failure.report && (
          <p className="notice notice--error" role="alert">
            {failure.message}
          </p>
        )}
        {report?.mode === 'dryRun' && report.errors.length === 0 && (
          <p className="notice" role="status">
            Tệp hợp lệ: {formatNumber(report.rows)} dòng ({describeSummary(report.summary)}). Bấm “Nhập” để ghi tất cả.
          </p>
        )}
        {report?.applied && (
          <p className="notice" role="status">
            Đã nhập {formatNumber(report.rows)} dòng: {describeSummary(report.summary)}.
          </p>
        )}
        {report?.applied && report.generatedPasswords?.length ? (
          <p>
            <button
              type="button"
              className="button"
              onClick={() => saveBlob(passwordsCsv(report.generatedPasswords!), 'mat-khau-ban-dau.csv')}
            >
              Tải danh sách mật khẩu ban đầu ({formatNumber(report.generatedPasswords.length)})
            </button>{' '}
            Danh sách chỉ có ở đây, một lần: hãy tải về trước khi rời trang.
          </p>
        ) : null}
      </section>
      {report && report.errors.length > 0 && <ErrorTable report={report} />}
    </>
  );
}
