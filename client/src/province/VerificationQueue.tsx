import { useId, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link } from '../app/router';
import { paths } from '../app/routes';
import type { Campaign } from '../campaigns/campaign-choice';
import { graphql, useFragment } from '../gql';
import {
  AssessmentFieldsFragmentDoc,
  type Bloc,
  type VerificationDecision,
  type VerificationQueueQuery,
} from '../gql/graphql';
import { CursorPager, useCursorPages } from '../ui/CursorPager';
import { describeError } from '../ui/errors';
import { Form } from '../ui/Form';
import { formatNumber } from '../ui/format';
import { BLOC_LABEL, BLOC_SHORT, BLOCS } from '../ui/labels';
import { EmptyState, Loaded } from '../ui/states';
import { CurrentAnswer } from '../unit/CriterionCard';

const PAGE_SIZES = [20, 50, 100];

const verificationQueueQuery = graphql(`
  query VerificationQueue(
    $campaignId: ID!
    $provinceId: ID!
    $communeId: ID
    $bloc: Bloc
    $criterionId: ID
    $olderThanDays: Int
    $first: Int!
    $after: String
    $insideProvince: Boolean!
  ) {
    verificationQueueCounts(
      campaignId: $campaignId
      provinceId: $provinceId
      communeId: $communeId
      bloc: $bloc
      criterionId: $criterionId
      olderThanDays: $olderThanDays
    ) {
      total
      byBloc {
        bloc
        count
      }
    }
    verificationQueue(
      campaignId: $campaignId
      provinceId: $provinceId
      communeId: $communeId
      bloc: $bloc
      criterionId: $criterionId
      olderThanDays: $olderThanDays
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...AssessmentFields
        unit {
          id
          name
        }
        criterion {
          id
          code
          text
          answerType
          options {
            key
            label
          }
        }
      }
    }
  }
`);

const verifyAssessmentMutation = graphql(`
  mutation VerifyAssessment($input: VerifyAssessmentInput!, $insideProvince: Boolean!) {
    verifyAssessment(input: $input) {
      assessment {
        ...AssessmentFields
      }
      unitStatus {
        ...UnitStatusFields
      }
      communeStatus
    }
  }
`);

const queueChoicesQuery = graphql(`
  query VerificationQueueChoices($campaignId: ID!, $provinceId: ID!) {
    communes(first: 500, filter: { provinceId: $provinceId }) {
      nodes {
        id
        name
      }
    }
    campaign(id: $campaignId) {
      id
      criteria {
        id
        code
        bloc
      }
    }
  }
`);

const verifyAssessmentsMutation = graphql(`
  mutation VerifyAssessments($input: VerifyAssessmentsInput!) {
    verifyAssessments(input: $input) {
      count
      assessments {
        id
        version
        verification
      }
    }
  }
`);

/**
 * Cache: the result carries the Assessment, so the queue (a list of Assessments) refetches and
 * the decided claim leaves it. A decision also moves the unit's and the commune's status and
 * every count above them, which the result does not carry: naming those types refetches the
 * headline, the per-bloc lists and the commune table on screen, like an officer's answer does.
 */
const VERIFY_INVALIDATES = {
  additionalTypenames: ['Commune', 'StatusCounts', 'ProvinceRemediation', 'AssessmentConnection'],
};

// Someone changed the claim first: a new answer, or another overseer decided it.
const VERIFY_WORDS = {
  VERSION_CONFLICT:
    'Kết quả này vừa thay đổi (đơn vị trả lời lại hoặc người khác đã xác minh). Danh sách đã được tải lại.',
};

type Claim = VerificationQueueQuery['verificationQueue']['nodes'][number];

interface CardProps {
  campaign: Campaign;
  inside: boolean;
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
}

function ClaimCard({ claim, campaign, inside, selected, onToggle }: CardProps & { claim: Claim }) {
  const assessment = useFragment(AssessmentFieldsFragmentDoc, claim);
  const id = useId();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, verify] = useMutation(verifyAssessmentMutation);

  const decide = async (decision: VerificationDecision) => {
    setProblem(null);
    const result = await verify(
      {
        input: {
          assessmentId: assessment.id,
          decision,
          expectedVersion: assessment.version,
          ...(decision === 'REJECT' ? { reason: reason.trim() } : {}),
        },
        insideProvince: inside,
      },
      VERIFY_INVALIDATES,
    );
    if (result.error) setProblem(describeError(result.error, VERIFY_WORDS));
  };

  const submitReject = () => {
    if (!reason.trim()) {
      setProblem('Hãy nêu lý do bác bỏ để đơn vị biết cần bổ sung gì.');
      return;
    }
    void decide('REJECT');
  };

  return (
    <article className="queue-item" aria-labelledby={`${id}-title`} data-claim={assessment.id}>
      <div className="criterion__meta">
        <input
          type="checkbox"
          id={`${id}-pick`}
          checked={selected.has(assessment.id)}
          onChange={() => onToggle(assessment.id)}
          aria-label={`Chọn ${claim.criterion.code} – ${claim.unit.name}`}
        />
        <span className="criterion__code">{claim.criterion.code}</span>
        <Link to={paths.unit(claim.unit.id, campaign.code)}>{claim.unit.name}</Link>
      </div>
      <h3 id={`${id}-title`}>{claim.criterion.text}</h3>
      <CurrentAnswer criterion={claim.criterion} assessment={assessment} />
      {problem && (
        <p className="notice notice--error" role="alert">
          {problem}
        </p>
      )}
      {rejecting ? (
        <Form className="queue-item__actions" onSubmit={submitReject}>
          <div className="field field--wide">
            <label htmlFor={`${id}-reason`}>Lý do bác bỏ</label>
            <input
              id={`${id}-reason`}
              value={reason}
              maxLength={2000}
              required
              autoFocus
              onChange={(event) => setReason(event.target.value)}
            />
          </div>
          <button type="button" className="button" onClick={() => setRejecting(false)}>
            Thôi
          </button>
          <button type="submit" className="button button--danger" disabled={fetching}>
            {fetching ? 'Đang gửi…' : 'Gửi bác bỏ'}
          </button>
        </Form>
      ) : (
        <div className="queue-item__actions">
          <button
            type="button"
            className="button button--primary"
            disabled={fetching}
            onClick={() => void decide('CONFIRM')}
          >
            {fetching ? 'Đang lưu…' : 'Xác nhận đạt'}
          </button>
          <button
            type="button"
            className="button button--danger"
            disabled={fetching}
            onClick={() => setRejecting(true)}
          >
            Bác bỏ…
          </button>
        </div>
      )}
    </article>
  );
}

function ClaimList({ claims, ...props }: CardProps & { claims: Claim[] }) {
  // A claim answered again is a new card: a half-typed rejection of the older answer does not stay.
  const keys = useFragment(AssessmentFieldsFragmentDoc, claims).map(({ id, version }) => `${id}-${version}`);
  return claims.map((claim, index) => <ClaimCard key={keys[index]} claim={claim} {...props} />);
}

interface QueueProps {
  provinceId: string;
  campaign: Campaign;
  /** Whether the caller reads evidence notes and who answered here (Province.viewerReadsAnswerDetails). */
  insideProvince: boolean;
}

interface QueueFilters {
  communeId: string | null;
  bloc: Bloc | null;
  criterionId: string | null;
  olderThanDays: number | null;
}

const NO_FILTERS: QueueFilters = { communeId: null, bloc: null, criterionId: null, olderThanDays: null };

function BulkActions({ ids, onDone }: { ids: string[]; onDone: (message: string, decided: boolean) => void }) {
  const reasonId = useId();
  const [reason, setReason] = useState('');
  const [{ fetching }, verifyAll] = useMutation(verifyAssessmentsMutation);
  const decide = async (decision: VerificationDecision) => {
    if (decision === 'REJECT' && !reason.trim()) {
      onDone('Hãy nêu lý do bác bỏ để đơn vị biết cần bổ sung gì.', false);
      return;
    }
    const result = await verifyAll(
      { input: { assessmentIds: ids, decision, ...(decision === 'REJECT' ? { reason: reason.trim() } : {}) } },
      VERIFY_INVALIDATES,
    );
    if (result.error) {
      onDone(describeError(result.error, VERIFY_WORDS), false);
      return;
    }
    const count = formatNumber(result.data!.verifyAssessments.count);
    onDone(decision === 'CONFIRM' ? `Đã xác nhận ${count} kết quả.` : `Đã bác bỏ ${count} kết quả.`, true);
    setReason('');
  };
  return (
    <div className="queue-bulk" role="group" aria-label="Xác minh các kết quả đã chọn">
      <p>
        Đã chọn <strong data-testid="queue-selected">{formatNumber(ids.length)}</strong> kết quả
      </p>
      <div className="field field--wide">
        <label htmlFor={reasonId}>Lý do bác bỏ (dùng chung cho các kết quả bị bác bỏ)</label>
        <input id={reasonId} value={reason} maxLength={2000} onChange={(event) => setReason(event.target.value)} />
      </div>
      <button
        type="button"
        className="button button--primary"
        disabled={fetching || !ids.length}
        onClick={() => void decide('CONFIRM')}
      >
        {fetching ? 'Đang lưu…' : 'Xác nhận đã chọn'}
      </button>
      <button
        type="button"
        className="button button--danger"
        disabled={fetching || !ids.length}
        onClick={() => void decide('REJECT')}
      >
        Từ chối đã chọn
      </button>
    </div>
  );
}

type QueueResult = VerificationQueueQuery;

function QueuePage({
  queue,
  counts,
  pages,
  campaign,
  inside,
  selected,
  onToggle,
  onSelect,
  onAnnounce,
}: CardProps & {
  queue: QueueResult['verificationQueue'];
  counts: QueueResult['verificationQueueCounts'];
  pages: ReturnType<typeof useCursorPages>;
  onSelect: (ids: ReadonlySet<string>) => void;
  onAnnounce: (message: string) => void;
}) {
  const onPage = useFragment(AssessmentFieldsFragmentDoc, queue.nodes).map((node) => node.id);
  const picked = onPage.filter((id) => selected.has(id));
  const allPicked = onPage.length > 0 && picked.length === onPage.length;
  return queue.totalCount === 0 ? (
    <EmptyState title="Không còn kết quả nào chờ xác minh với bộ lọc này." />
  ) : (
    <>
      <p data-testid="queue-count">
        <strong>{formatNumber(counts.total)}</strong> chờ xác minh
        {counts.byBloc.length > 1 &&
          ` (${counts.byBloc.map(({ bloc, count }) => `${BLOC_SHORT[bloc]}: ${formatNumber(count)}`).join('; ')})`}
      </p>
      <label className="queue-select-all">
        <input type="checkbox" checked={allPicked} onChange={() => onSelect(allPicked ? new Set() : new Set(onPage))} />{' '}
        Chọn tất cả trên trang
      </label>
      <BulkActions
        ids={picked}
        onDone={(message, decided) => {
          onAnnounce(message);
          if (decided) onSelect(new Set());
        }}
      />
      <ClaimList claims={queue.nodes} campaign={campaign} inside={inside} selected={selected} onToggle={onToggle} />
      <CursorPager
        pages={pages}
        shown={queue.nodes.length}
        totalCount={queue.totalCount}
        pageInfo={queue.pageInfo}
        noun="kết quả"
      />
    </>
  );
}

function ClaimPages({
  provinceId,
  campaign,
  filters,
  pageSize,
  insideProvince: inside,
}: QueueProps & { filters: QueueFilters; pageSize: number }) {
  const pages = useCursorPages(pageSize);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [announcement, setAnnouncement] = useState('');
  const [result] = useQuery({
    query: verificationQueueQuery,
    variables: {
      campaignId: campaign.id,
      provinceId,
      ...filters,
      first: pageSize,
      after: pages.after,
      insideProvince: inside,
    },
  });
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    <>
      <p className="visually-hidden" aria-live="polite" data-testid="queue-announcement">
        {announcement}
      </p>
      <Loaded result={result} loading="Đang tải các kết quả chờ xác minh…">
        {({ verificationQueue: queue, verificationQueueCounts: counts }) => (
          <QueuePage
            queue={queue}
            counts={counts}
            pages={pages}
            campaign={campaign}
            inside={inside}
            selected={selected}
            onToggle={toggle}
            onSelect={setSelected}
            onAnnounce={setAnnouncement}
          />
        )}
      </Loaded>
    </>
  );
}

/** One filter of the queue: "Tất cả" (null) or one of the options. */
function FilterSelect<T extends string>({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: T | null | undefined;
  options: [T, string][];
  onChange: (value: T | null) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange((event.target.value || null) as T | null)}>
        <option value="">Tất cả</option>
        {options.map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

function QueueFilterFields({
  provinceId,
  campaign,
  filters,
  onChange,
  pageSize,
  onPageSize,
}: {
  provinceId: string;
  campaign: Campaign;
  filters: QueueFilters;
  onChange: (filters: QueueFilters) => void;
  pageSize: number;
  onPageSize: (size: number) => void;
}) {
  const id = useId();
  const [{ data }] = useQuery({ query: queueChoicesQuery, variables: { campaignId: campaign.id, provinceId } });
  const communes = data?.communes.nodes ?? [];
  const criteria = (data?.campaign?.criteria ?? []).filter((c) => !filters.bloc || c.bloc === filters.bloc);
  return (
    <div className="filters" role="group" aria-label="Lọc kết quả chờ xác minh">
      <FilterSelect
        id={`${id}-commune`}
        label="Xã, phường"
        value={filters.communeId}
        options={communes.map((commune) => [commune.id, commune.name])}
        onChange={(communeId) => onChange({ ...filters, communeId })}
      />
      <FilterSelect
        id={`${id}-bloc`}
        label="Khối"
        value={filters.bloc}
        options={BLOCS.map((bloc) => [bloc, BLOC_LABEL[bloc]])}
        onChange={(bloc) => onChange({ ...filters, bloc, criterionId: null })}
      />
      <FilterSelect
        id={`${id}-criterion`}
        label="Tiêu chí"
        value={filters.criterionId}
        options={criteria.map((criterion) => [criterion.id, criterion.code])}
        onChange={(criterionId) => onChange({ ...filters, criterionId })}
      />
      <div className="field">
        <label htmlFor={`${id}-age`}>Trả lời cách đây hơn (ngày)</label>
        <input
          id={`${id}-age`}
          type="number"
          min={0}
          inputMode="numeric"
          value={filters.olderThanDays ?? ''}
          onChange={(event) => {
            const days = event.target.value === '' ? null : Math.max(0, Math.floor(Number(event.target.value)));
            onChange({ ...filters, olderThanDays: Number.isFinite(days) ? days : null });
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-size`}>Số kết quả mỗi trang</label>
        <select id={`${id}-size`} value={pageSize} onChange={(event) => onPageSize(Number(event.target.value))}>
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

/** Claimed "met" answers waiting for the province to check them, oldest first, filtered and decided one by one or several at once. */
export function VerificationQueue(props: QueueProps) {
  const [filters, setFilters] = useState<QueueFilters>(NO_FILTERS);
  const [pageSize, setPageSize] = useState(PAGE_SIZES[0]);
  return (
    <section className="panel" aria-labelledby="queue-heading" data-testid="verification-queue">
      <div className="panel__head">
        <h2 id="queue-heading">Kết quả chờ xác minh</h2>
      </div>
      <p className="muted small">
        Đơn vị báo “đạt”; cấp tỉnh xác nhận hoặc bác bỏ kèm lý do. Kết quả bị bác bỏ không được tính là đạt.
      </p>
      <QueueFilterFields
        {...props}
        filters={filters}
        onChange={setFilters}
        pageSize={pageSize}
        onPageSize={setPageSize}
      />
      {/* Other filters or another page size start again from the first page, with nothing selected. */}
      <ClaimPages key={`${JSON.stringify(filters)}-${pageSize}`} {...props} filters={filters} pageSize={pageSize} />
    </section>
  );
}
