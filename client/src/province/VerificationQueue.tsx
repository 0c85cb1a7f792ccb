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
import { BLOC_SHORT, BLOCS } from '../ui/labels';
import { EmptyState, Loaded } from '../ui/states';
import { CurrentAnswer } from '../unit/CriterionCard';

const PAGE_SIZE = 5;

const verificationQueueQuery = graphql(`
  query VerificationQueue(
    $campaignId: ID!
    $provinceId: ID!
    $bloc: Bloc
    $first: Int!
    $after: String
    $insideProvince: Boolean!
  ) {
    verificationQueue(campaignId: $campaignId, provinceId: $provinceId, bloc: $bloc, first: $first, after: $after) {
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

function ClaimCard({ claim, campaign, inside }: { claim: Claim; campaign: Campaign; inside: boolean }) {
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

function ClaimList({ claims, ...props }: { claims: Claim[]; campaign: Campaign; inside: boolean }) {
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

function ClaimPages({ provinceId, campaign, bloc, insideProvince: inside }: QueueProps & { bloc: Bloc | null }) {
  const pages = useCursorPages(PAGE_SIZE);
  const [result] = useQuery({
    query: verificationQueueQuery,
    variables: {
      campaignId: campaign.id,
      provinceId,
      bloc,
      first: PAGE_SIZE,
      after: pages.after,
      insideProvince: inside,
    },
  });
  return (
    <Loaded result={result} loading="Đang tải các kết quả chờ xác minh…">
      {({ verificationQueue: queue }) =>
        queue.totalCount === 0 ? (
          <EmptyState title="Không còn kết quả nào chờ xác minh." />
        ) : (
          <>
            <p data-testid="queue-count">
              <strong>{formatNumber(queue.totalCount)}</strong> kết quả chờ xác minh
            </p>
            <ClaimList claims={queue.nodes} campaign={campaign} inside={inside} />
            <CursorPager
              pages={pages}
              shown={queue.nodes.length}
              totalCount={queue.totalCount}
              pageInfo={queue.pageInfo}
              noun="kết quả"
            />
          </>
        )
      }
    </Loaded>
  );
}

/** Claimed "met" answers waiting for the province to check them, oldest first. */
export function VerificationQueue(props: QueueProps) {
  const [bloc, setBloc] = useState<Bloc | null>(null);
  return (
    <section className="panel" aria-labelledby="queue-heading" data-testid="verification-queue">
      <div className="panel__head">
        <h2 id="queue-heading">Kết quả chờ xác minh</h2>
        <div className="toggle" role="group" aria-label="Khối của kết quả chờ xác minh">
          {[null, ...BLOCS].map((option) => (
            <button key={option ?? 'all'} type="button" aria-pressed={bloc === option} onClick={() => setBloc(option)}>
              {option ? BLOC_SHORT[option] : 'Tất cả'}
            </button>
          ))}
        </div>
      </div>
      <p className="muted small">
        Đơn vị báo “đạt”; cấp tỉnh xác nhận hoặc bác bỏ kèm lý do. Kết quả bị bác bỏ không được tính là đạt.
      </p>
      {/* Another bloc starts again from the first page. */}
      <ClaimPages key={bloc ?? 'all'} {...props} bloc={bloc} />
    </section>
  );
}
