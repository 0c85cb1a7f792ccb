import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { Link } from '../app/router';
import { paths } from '../app/routes';
import { saveFile } from '../exports/ExportButtons';
import { graphql, useFragment, type FragmentType } from '../gql';
import { SubmissionStateFragmentDoc, type ReportFormQuery, type SubmissionStateFragment } from '../gql/graphql';
import { describeError, errorCode } from '../ui/errors';
import { Form } from '../ui/Form';
import { NumberField } from '../ui/NumberField';
import { PageHeader } from '../ui/PageHeader';
import { Loaded } from '../ui/states';
import { getFragmentData } from '../ui/fragment-data';
import { draftKey } from '../ui/stored-draft';
import { useViewer } from '../viewer/ViewerProvider';
import { readPending, writePending } from './draft-store';
import { momentText, SUBMISSION_STATUS_LABEL, VERDICT_LABEL, type Verdict } from './labels';

const reportFormQuery = graphql(`
  query ReportForm($id: ID!) {
    reportSubmission(id: $id) {
      ...SubmissionState
      unit {
        id
        name
      }
      round {
        id
        label
        dueOn
        template {
          id
          name
          addressees
          sections {
            key
            number
            title
            level
            appendix
            fields {
              key
              kind
              label
              maxLength
              unitOfMeasure
              subjects {
                key
                label
              }
            }
          }
        }
      }
      versions {
        version
        action
        status
        changedByName
        changedAt
        comment
      }
    }
  }
`);

graphql(`
  fragment SubmissionState on ReportSubmission {
    id
    status
    version
    values
    submittedAt
    late
    reviewComment
    reviewedByName
    viewerCan {
      write
      submit
      review
      reopen
    }
  }
`);

const saveDraftMutation = graphql(`
  mutation SaveReportDraft($input: SaveReportDraftInput!) {
    saveReportDraft(input: $input) {
      ...SubmissionState
    }
  }
`);
const submitMutation = graphql(`
  mutation SubmitReport($id: ID!, $expectedVersion: Int) {
    submitReport(id: $id, expectedVersion: $expectedVersion) {
      ...SubmissionState
    }
  }
`);
const reviewMutation = graphql(`
  mutation ReviewReport($input: ReviewReportInput!) {
    reviewReport(input: $input) {
      ...SubmissionState
    }
  }
`);
const reopenMutation = graphql(`
  mutation ReopenReport($id: ID!, $reason: String!) {
    reopenReport(id: $id, reason: $reason) {
      ...SubmissionState
    }
  }
`);
const documentQuery = graphql(`
  query ReportDocument($id: ID!) {
    reportSubmissionDocument(id: $id) {
      fileName
      mimeType
      contentBase64
    }
  }
`);

type Report = ReportFormQuery['reportSubmission'];
type Field = Report['round']['template']['sections'][number]['fields'][number];
type Values = Record<string, unknown>;
type Item = { text: string; category?: string; addressee?: string };

const SAVE_DELAY_MS = 700;

function FieldInput({
  field,
  value,
  addressees,
  editable,
  onChange,
}: {
  field: Field;
  value: unknown;
  addressees: string[];
  editable: boolean;
  onChange: (value: unknown) => void;
}) {
  const id = `field-${field.key}`;
  switch (field.kind) {
    case 'NARRATIVE':
      return (
        <div className="field">
          <label htmlFor={id}>{field.label}</label>
          <textarea
            id={id}
            rows={5}
            maxLength={field.maxLength ?? undefined}
            value={(value as string | undefined) ?? ''}
            readOnly={!editable}
            onChange={(e) => onChange(e.target.value)}
          />
        </div>
      );
    case 'FIGURE':
      return (
        <div className="field">
          <label htmlFor={id}>
            {field.label}
            {field.unitOfMeasure ? ` (${field.unitOfMeasure})` : ''}
          </label>
          <NumberField
            id={id}
            value={typeof value === 'number' ? value : null}
            readOnly={!editable}
            onChange={onChange}
          />
        </div>
      );
    case 'VERDICT': {
      const given = (value ?? {}) as Record<string, Verdict>;
      return (
        <fieldset className="field">
          <legend>{field.label}</legend>
          {(field.subjects ?? []).map((s) => (
            <label key={s.key} className="verdict-row">
              {s.label}{' '}
              <select
                value={given[s.key] ?? ''}
                disabled={!editable}
                onChange={(e) => {
                  const next = { ...given };
                  if (e.target.value) next[s.key] = e.target.value as Verdict;
                  else delete next[s.key];
                  onChange(next);
                }}
              >
                <option value="">—</option>
                {(Object.keys(VERDICT_LABEL) as Verdict[]).map((v) => (
                  <option key={v} value={v}>
                    {VERDICT_LABEL[v]}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </fieldset>
      );
    }
    case 'DIFFICULTIES':
    case 'RECOMMENDATIONS': {
      const items = (value ?? []) as Item[];
      const recommendation = field.kind === 'RECOMMENDATIONS';
      const set = (index: number, patch: Partial<Item>) =>
        onChange(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
      return (
        <fieldset className="field">
          <legend>{field.label}</legend>
          {items.length === 0 && <p>Không có.</p>}
          {items.map((item, i) => (
            <div key={i} className="list-item">
              {recommendation ? (
                <select
                  aria-label={`Nơi nhận kiến nghị ${i + 1}`}
                  value={item.addressee ?? ''}
                  disabled={!editable}
                  onChange={(e) => set(i, { addressee: e.target.value })}
                >
                  {addressees.map((a) => (
                    <option key={a} value={a}>
                      {a}
                    </option>
                  ))}
                </select>
              ) : (
                <input
                  aria-label={`Nhóm khó khăn ${i + 1}`}
                  value={item.category ?? ''}
                  readOnly={!editable}
                  onChange={(e) => set(i, { category: e.target.value })}
                />
              )}
              <textarea
                aria-label={`${recommendation ? 'Nội dung kiến nghị' : 'Nội dung khó khăn'} ${i + 1}`}
                rows={2}
                value={item.text}
                readOnly={!editable}
                onChange={(e) => set(i, { text: e.target.value })}
              />
            </div>
          ))}
          {editable && (
            <button
              type="button"
              className="button"
              onClick={() =>
                onChange([
                  ...items,
                  recommendation ? { addressee: addressees[0], text: '' } : { category: 'Khác', text: '' },
                ])
              }
            >
              {recommendation ? 'Thêm kiến nghị' : 'Thêm khó khăn'}
            </button>
          )}
        </fieldset>
      );
    }
    default:
      return (
        <p className="field">
          <strong>{field.label}:</strong> bảng này lấy từ kết quả tự đánh giá và danh sách nhiệm vụ của đơn vị khi nộp;
          xem trong văn bản tải về.
        </p>
      );
  }
}

/** Sends the edits not yet saved, field by field, with the version read; a stale version reloads it and sends again. */
function useDraftSaver(submission: SubmissionStateFragment, pendingKey: string, onSaved: () => void) {
  const [, save] = useMutation(saveDraftMutation);
  const version = useRef(submission.version);
  const timer = useRef<number | undefined>(undefined);
  const [state, setState] = useState<{ saving: boolean; savedAt?: Date; problem?: string }>({ saving: false });
  useEffect(() => {
    version.current = Math.max(version.current, submission.version);
  }, [submission.version]);

  const flush = useCallback(async (): Promise<boolean> => {
    window.clearTimeout(timer.current);
    const pending = readPending(pendingKey);
    if (!pending) return true;
    setState((s) => ({ ...s, saving: true }));
    const sent = pending.values;
    const send = () =>
      save({
        input: {
          submissionId: submission.id,
          expectedVersion: version.current,
          values: Object.entries(sent).map(([fieldKey, value]) => ({ fieldKey, value })),
        },
      });
    let result = await send();
    const stored = result.error?.graphQLErrors[0]?.extensions?.storedVersion;
    if (result.error && errorCode(result.error) === 'VERSION_CONFLICT' && typeof stored === 'number') {
      // Someone saved meanwhile (another tab): these edits are the newest, sent again on top.
      version.current = stored;
      result = await send();
    }
    if (result.error) {
      setState({
        saving: false,
        problem: result.error.networkError
          ? 'Mất kết nối: nội dung vẫn được giữ trên máy này và sẽ được lưu khi có mạng.'
          : describeError(result.error),
      });
      return false;
    }
    version.current = getFragmentData(SubmissionStateFragmentDoc, result.data!.saveReportDraft).version;
    const now = readPending(pendingKey);
    const left = Object.fromEntries(Object.entries(now?.values ?? {}).filter(([k, v]) => sent[k] !== v));
    writePending(pendingKey, { version: version.current, values: left });
    setState({ saving: false, savedAt: new Date() });
    onSaved();
    return true;
  }, [save, submission.id, pendingKey, onSaved]);

  const edit = useCallback(
    (key: string, value: unknown) => {
      const pending = readPending(pendingKey) ?? { version: version.current, values: {} };
      writePending(pendingKey, { version: pending.version, values: { ...pending.values, [key]: value } });
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [pendingKey, flush],
  );

  useEffect(() => {
    // Edits kept from an earlier visit (a reload, a dropped connection) are sent at once.
    const resend = readPending(pendingKey) ? window.setTimeout(() => void flush(), 0) : undefined;
    const retry = () => void flush();
    window.addEventListener('online', retry);
    return () => {
      window.removeEventListener('online', retry);
      window.clearTimeout(resend);
      window.clearTimeout(timer.current);
    };
  }, [pendingKey, flush]);

  return { state, edit, flush, version };
}

function ReviewPanel(props: { submission: FragmentType<typeof SubmissionStateFragmentDoc> }) {
  const submission = useFragment(SubmissionStateFragmentDoc, props.submission);
  const [comment, setComment] = useState('');
  const [{ fetching, error }, review] = useMutation(reviewMutation);
  const [, reopen] = useMutation(reopenMutation);
  if (submission.viewerCan.reopen)
    return (
      <section className="panel" aria-label="Mở lại báo cáo">
        <div className="field">
          <label htmlFor="reopen-reason">Lý do mở lại</label>
          <textarea id="reopen-reason" value={comment} onChange={(e) => setComment(e.target.value)} />
        </div>
        <button
          type="button"
          className="button"
          disabled={!comment.trim()}
          onClick={() => void reopen({ id: submission.id, reason: comment })}
        >
          Mở lại báo cáo
        </button>
      </section>
    );
  if (!submission.viewerCan.review) return null;
  const decide = (decision: 'ACCEPT' | 'RETURN') =>
    void review({
      input: {
        submissionId: submission.id,
        expectedVersion: submission.version,
        decision,
        comment: comment || undefined,
      },
    });
  return (
    <section className="panel" aria-label="Xem xét báo cáo" data-testid="review-panel">
      <div className="field">
        <label htmlFor="review-comment">Ý kiến của nơi nhận</label>
        <textarea id="review-comment" value={comment} onChange={(e) => setComment(e.target.value)} />
      </div>
      {error && <p role="alert">{describeError(error)}</p>}
      <button type="button" className="button" disabled={fetching || !comment.trim()} onClick={() => decide('RETURN')}>
        Trả lại để bổ sung
      </button>{' '}
      <button type="button" className="button button--primary" disabled={fetching} onClick={() => decide('ACCEPT')}>
        Tiếp nhận báo cáo
      </button>
    </section>
  );
}

function DownloadButton({ id }: { id: string }) {
  const client = useClient();
  const [problem, setProblem] = useState<string | null>(null);
  const download = async () => {
    const result = await client.query(documentQuery, { id }, { requestPolicy: 'network-only' }).toPromise();
    if (result.error) setProblem(describeError(result.error));
    else saveFile(result.data!.reportSubmissionDocument);
  };
  return (
    <>
      <button type="button" className="button" onClick={() => void download()}>
        Tải văn bản (.docx)
      </button>
      {problem && <span role="alert"> {problem}</span>}
    </>
  );
}

function SubmissionForm({ report, refetch }: { report: Report; refetch: () => void }) {
  const submission = useFragment(SubmissionStateFragmentDoc, report);
  const pendingKey = draftKey(useViewer().id, 'report', submission.id);
  const [values, setValues] = useState<Values>(() => ({
    ...(submission.values as Values),
    ...(readPending(pendingKey)?.values ?? {}),
  }));
  const saver = useDraftSaver(submission, pendingKey, refetch);
  const [{ fetching: submitting, error: submitError }, submit] = useMutation(submitMutation);
  const editable = submission.viewerCan.write;
  const template = report.round.template;
  const change = (key: string, value: unknown) => {
    setValues((v) => ({ ...v, [key]: value }));
    saver.edit(key, value);
  };
  const send = async () => {
    if (!(await saver.flush())) return;
    await submit({ id: submission.id, expectedVersion: saver.version.current });
  };
  return (
    <>
      <p className="report-status" data-testid="report-status">
        <span className="badge badge--none">{SUBMISSION_STATUS_LABEL[submission.status]}</span>{' '}
        {submission.submittedAt && (
          <>
            Đã nộp lúc {momentText(submission.submittedAt)}
            {submission.late ? ' (sau hạn nộp)' : ''}.{' '}
          </>
        )}
        Hạn nộp {report.round.dueOn.split('-').reverse().join('/')}.{' '}
        {editable &&
          (saver.state.saving
            ? 'Đang lưu…'
            : saver.state.problem
              ? saver.state.problem
              : saver.state.savedAt
                ? `Đã lưu bản nháp lúc ${momentText(saver.state.savedAt.toISOString())}.`
                : 'Bản nháp được lưu tự động khi bạn gõ.')}
      </p>
      {submission.status === 'RETURNED' && submission.reviewComment && (
        <p className="report-comment" data-testid="return-comment">
          Ý kiến trả lại{submission.reviewedByName ? ` của ${submission.reviewedByName}` : ''}:{' '}
          {submission.reviewComment}
        </p>
      )}
      {/* Saved as one types; should Enter submit it (a template of a single field), it saves at once. */}
      <Form onSubmit={saver.flush}>
        {template.sections.map((section) => (
          <section key={section.key} className="panel report-section">
            {section.level === 1 || section.appendix ? (
              <h2>
                {section.number}. {section.title}
              </h2>
            ) : (
              <h3>
                {section.number}. {section.title}
              </h3>
            )}
            {section.fields.map((field) => (
              <FieldInput
                key={field.key}
                field={field}
                value={values[field.key]}
                addressees={template.addressees}
                editable={editable}
                onChange={(value) => change(field.key, value)}
              />
            ))}
          </section>
        ))}
      </Form>
      {submitError && <p role="alert">{describeError(submitError)}</p>}
      <p>
        {submission.viewerCan.submit && (
          <button type="button" className="button button--primary" disabled={submitting} onClick={() => void send()}>
            {submission.status === 'RETURNED' ? 'Nộp lại báo cáo' : 'Nộp báo cáo'}
          </button>
        )}{' '}
        <DownloadButton id={submission.id} />
      </p>
      <ReviewPanel submission={report} />
      <details>
        <summary>Các phiên bản ({report.versions.length})</summary>
        <ol>
          {report.versions.map((v) => (
            <li key={v.version}>
              {momentText(v.changedAt)} — {v.changedByName}: {SUBMISSION_STATUS_LABEL[v.status]}
              {v.comment ? ` (${v.comment})` : ''}
            </li>
          ))}
        </ol>
      </details>
    </>
  );
}

export function ReportForm({ submissionId }: { submissionId: string }) {
  const [result, refetch] = useQuery({ query: reportFormQuery, variables: { id: submissionId } });
  const reload = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  return (
    <Loaded result={result} loading="Đang tải báo cáo…">
      {(data) => (
        <>
          <PageHeader
            eyebrow={`${data.reportSubmission.round.template.name} — ${data.reportSubmission.round.label}`}
            title={data.reportSubmission.unit.name}
            trail={[{ label: 'Báo cáo định kỳ', to: paths.reports }]}
          />
          <SubmissionForm key={submissionId} report={data.reportSubmission} refetch={reload} />
          <p>
            <Link to={paths.reports}>← Về danh sách báo cáo</Link>
          </p>
        </>
      )}
    </Loaded>
  );
}
