import { useState } from 'react';
import { useQuery } from 'urql';
import { Link } from '../app/router';
import { paths } from '../app/routes';
import { graphql, useFragment, type FragmentType } from '../gql';
import { SubmissionListItemFragmentDoc } from '../gql/graphql';
import { formatNumber } from '../ui/format';
import { PageHeader } from '../ui/PageHeader';
import { EmptyState, Loaded } from '../ui/states';
import { momentText, SUBMISSION_STATUS_LABEL } from './labels';

const reportsHomeQuery = graphql(`
  query ReportsHome {
    toWrite: reportSubmissions(first: 50, filter: { status: DRAFT }) {
      nodes {
        ...SubmissionListItem
      }
    }
    returned: reportSubmissions(first: 50, filter: { status: RETURNED }) {
      nodes {
        ...SubmissionListItem
      }
    }
    queue: reportSubmissions(first: 100, filter: { status: SUBMITTED }) {
      totalCount
      nodes {
        ...SubmissionListItem
      }
    }
    reportingRounds {
      id
      label
      dueOn
      template {
        id
        name
      }
      province {
        id
        name
      }
    }
    recommendationFollowUps {
      addressee
      open
      answered
      resolved
      overdue
      oldestOpenDays
    }
  }
`);

graphql(`
  fragment SubmissionListItem on ReportSubmission {
    id
    status
    submittedAt
    reviewComment
    late
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
      }
    }
  }
`);

const roundDashboardQuery = graphql(`
  query RoundDashboard($roundId: ID!) {
    reportingRound(id: $roundId) {
      id
      label
      dueOn
      consolidation {
        total
        submitted
        onTime
        late
        notSubmitted
        awaitingReview
        returned
        accepted
        onTimePercent
        previousOnTimePercent
        onTimeChange
        notSubmittedUnits {
          unitId
          unitName
        }
        verdicts {
          fieldKey
          fieldLabel
          subjectKey
          subjectLabel
          text
          judged
        }
      }
    }
  }
`);

function SubmissionList({
  title,
  testId,
  ...props
}: {
  title: string;
  items: FragmentType<typeof SubmissionListItemFragmentDoc>[];
  testId: string;
}) {
  const items = useFragment(SubmissionListItemFragmentDoc, props.items);
  return (
    <section className="panel" data-testid={testId}>
      <div className="panel__head">
        <h2>{title}</h2>
      </div>
      {items.length === 0 ? (
        <EmptyState title="Không có báo cáo nào." />
      ) : (
        <ul className="report-list">
          {items.map((s) => (
            <li key={s.id}>
              <Link to={paths.report(s.id)}>
                {s.unit.name} — {s.round.template.name}, {s.round.label}
              </Link>{' '}
              <span className="badge badge--none">{SUBMISSION_STATUS_LABEL[s.status]}</span>
              <small>
                {' '}
                Hạn nộp {s.round.dueOn.split('-').reverse().join('/')}
                {s.submittedAt && ` · đã nộp lúc ${momentText(s.submittedAt)}${s.late ? ' (muộn)' : ''}`}
              </small>
              {s.status === 'RETURNED' && s.reviewComment && (
                <p className="report-comment">Ý kiến: {s.reviewComment}</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function RoundDashboard({ roundId }: { roundId: string }) {
  const [result] = useQuery({ query: roundDashboardQuery, variables: { roundId } });
  return (
    <Loaded result={result} loading="Đang tính số liệu kỳ báo cáo…">
      {(data) => {
        const c = data.reportingRound.consolidation;
        return (
          <div data-testid="round-dashboard">
            <p>
              Đúng hạn: <strong data-testid="on-time-rate">{formatNumber(c.onTimePercent)} %</strong> ({c.onTime}/
              {c.total}) · Đã nộp <strong data-testid="submitted-count">{c.submitted}</strong> · Nộp muộn {c.late} ·
              Chưa nộp {c.notSubmitted} · Chờ xem xét {c.awaitingReview} · Bị trả lại {c.returned} · Đã tiếp nhận{' '}
              {c.accepted}
              {c.onTimeChange !== null && c.onTimeChange !== undefined && (
                <>
                  {' '}
                  · So với kỳ trước: {c.onTimeChange > 0 ? '+' : ''}
                  {formatNumber(c.onTimeChange)} điểm
                </>
              )}
            </p>
            {c.notSubmittedUnits.length > 0 && (
              <details>
                <summary>Đơn vị chưa nộp ({c.notSubmittedUnits.length})</summary>
                <ul>
                  {c.notSubmittedUnits.map((u) => (
                    <li key={u.unitId}>{u.unitName}</li>
                  ))}
                </ul>
              </details>
            )}
            {c.verdicts.some((v) => v.judged > 0) && (
              <details>
                <summary>Kết luận theo khối, lĩnh vực</summary>
                <table className="table">
                  <tbody>
                    {c.verdicts
                      .filter((v) => v.judged > 0)
                      .map((v) => (
                        <tr key={`${v.fieldKey}|${v.subjectKey}`}>
                          <th>{v.fieldLabel}</th>
                          <td>{v.subjectLabel}</td>
                          <td>{v.text}</td>
                        </tr>
                      ))}
                  </tbody>
                </table>
              </details>
            )}
          </div>
        );
      }}
    </Loaded>
  );
}

/** The periodic reports of the account: its own to write, the queue to review, the rounds and open recommendations. */
export function ReportsPage() {
  const [result] = useQuery({ query: reportsHomeQuery });
  const [roundId, setRoundId] = useState<string | null>(null);
  return (
    <>
      <PageHeader eyebrow="Báo cáo định kỳ" title="Báo cáo định kỳ và giám sát" />
      <Loaded result={result} loading="Đang tải báo cáo…">
        {(data) => {
          const chosen =
            roundId ??
            data.reportingRounds.find((r) => r.dueOn < new Date().toISOString().slice(0, 10))?.id ??
            data.reportingRounds[0]?.id;
          return (
            <>
              <SubmissionList
                title="Báo cáo của đơn vị cần viết"
                items={[...data.returned.nodes, ...data.toWrite.nodes]}
                testId="to-write"
              />
              <SubmissionList
                title={`Hàng chờ xem xét (${data.queue.totalCount})`}
                items={data.queue.nodes}
                testId="review-queue"
              />
              <section className="panel">
                <div className="panel__head">
                  <h2>Kỳ báo cáo</h2>
                  {data.reportingRounds.length > 0 && (
                    <select aria-label="Chọn kỳ báo cáo" value={chosen} onChange={(e) => setRoundId(e.target.value)}>
                      {data.reportingRounds.map((r) => (
                        <option key={r.id} value={r.id}>
                          {r.template.name} — {r.province?.name ?? 'Toàn quốc'} — {r.label}
                        </option>
                      ))}
                    </select>
                  )}
                </div>
                {chosen ? <RoundDashboard roundId={chosen} /> : <EmptyState title="Chưa có kỳ báo cáo." />}
              </section>
              <section className="panel" data-testid="follow-ups">
                <div className="panel__head">
                  <h2>Kiến nghị đang theo dõi, theo nơi nhận</h2>
                </div>
                {data.recommendationFollowUps.length === 0 ? (
                  <EmptyState title="Chưa có kiến nghị nào." />
                ) : (
                  <table className="table">
                    <thead>
                      <tr>
                        <th>Nơi nhận</th>
                        <th className="numeric">Chưa trả lời</th>
                        <th className="numeric">Đã trả lời</th>
                        <th className="numeric">Đã giải quyết</th>
                        <th className="numeric">Quá hạn</th>
                        <th className="numeric">Lâu nhất (ngày)</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.recommendationFollowUps.map((f) => (
                        <tr key={f.addressee} className={f.overdue ? 'row--overdue' : undefined}>
                          <th>{f.addressee}</th>
                          <td className="numeric">{f.open}</td>
                          <td className="numeric">{f.answered}</td>
                          <td className="numeric">{f.resolved}</td>
                          <td className="numeric">{f.overdue}</td>
                          <td className="numeric">{f.oldestOpenDays}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </section>
            </>
          );
        }}
      </Loaded>
    </>
  );
}
