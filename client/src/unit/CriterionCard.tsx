import { useState } from 'react';
import { useFragment } from '../gql';
import {
  AssessmentInsideFieldsFragmentDoc,
  type AssessmentFieldsFragment,
  type CriterionFieldsFragment,
} from '../gql/graphql';
import { describeDaysLeft, formatDate, formatDateTime, formatNumber } from '../ui/format';
import { AUTHORITY_LABEL } from '../ui/labels';
import { hasStoredDraft } from '../ui/stored-draft';
import { useViewer } from '../viewer/ViewerProvider';
import { answerDraftKey } from './answer-draft';
import { AnswerForm } from './AnswerForm';
import type { SavedNote } from './UnitWork';
import type { WorkItem } from './work-items';

export interface AnswerCallbacks {
  onSaved: (note: SavedNote) => void;
  /** Someone else saved first: the screen reloads the criterion so the person sees their answer. */
  onConflict: () => void;
}

function ResultBadge({ assessment, counted }: { assessment: AssessmentFieldsFragment | undefined; counted: boolean }) {
  if (!assessment) return <span className="result result--none">CHƯA BÁO CÁO</span>;
  if (assessment.answer.notApplicable) return <span className="result result--none">KHÔNG PHÁT SINH</span>;
  if (!assessment.met) return <span className="result result--unmet">CHƯA ĐẠT</span>;
  if (assessment.verification === 'REJECTED') return <span className="result result--unmet">BỊ BÁC BỎ</span>;
  return counted ? (
    <span className="result result--met">ĐẠT</span>
  ) : (
    <span className="result result--none">CHỜ XÁC MINH</span>
  );
}

/** What a screen needs of a criterion to put an answer in words. */
type AnswerShape = Pick<CriterionFieldsFragment, 'answerType' | 'options'>;

function answerWords(criterion: AnswerShape, assessment: AssessmentFieldsFragment): string {
  const { answer } = assessment;
  if (answer.notApplicable) return 'Không phát sinh trong kỳ báo cáo';
  switch (criterion.answerType) {
    case 'BOOLEAN':
      return answer.boolean ? 'Có' : 'Không';
    case 'NUMBER':
    case 'PERCENT':
      return answer.number === null || answer.number === undefined ? 'Chưa có số liệu' : formatNumber(answer.number);
    case 'TEXT':
      return answer.text ?? '';
    default: {
      const labels = criterion.options
        .filter((option) => answer.optionKeys?.includes(option.key))
        .map((option) => option.label);
      return labels.length ? labels.join('; ') : 'Không chọn nội dung nào';
    }
  }
}

/** Whether an overseer has checked a claimed "met", and why a rejected one was rejected. */
function Verification({ assessment }: { assessment: AssessmentFieldsFragment }) {
  const { verifiedBy } = useFragment(AssessmentInsideFieldsFragmentDoc, assessment);
  if (!assessment.met) return null;
  const by = [
    verifiedBy && `bởi ${verifiedBy.fullName}`,
    assessment.verifiedAt && `lúc ${formatDateTime(assessment.verifiedAt)}`,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div>
      <dt>Xác minh</dt>
      <dd data-testid="verification">
        {assessment.verification === 'CONFIRMED' && (
          <strong className="verified verified--confirmed">Đã xác nhận đạt</strong>
        )}
        {assessment.verification === 'REJECTED' && (
          <strong className="verified verified--rejected">Bị bác bỏ, chưa được tính là đạt</strong>
        )}
        {assessment.verification === 'UNVERIFIED' && <span className="muted">Chờ cấp tỉnh xác minh</span>}
        {by && <span className="muted"> · {by}</span>}
        {assessment.verification === 'REJECTED' && assessment.verificationReason && (
          <span className="answer-summary__note">Lý do: {assessment.verificationReason}</span>
        )}
      </dd>
    </div>
  );
}

export function CurrentAnswer({
  criterion,
  assessment,
}: {
  criterion: AnswerShape;
  assessment: AssessmentFieldsFragment | undefined;
}) {
  const inside = useFragment(AssessmentInsideFieldsFragmentDoc, assessment);
  if (!assessment || !inside) return <p className="answer-summary muted">Đơn vị chưa trả lời tiêu chí này.</p>;
  const { evidence } = assessment;
  const { answeredBy, evidence: insideEvidence } = inside;
  const documentText = [
    evidence.documentNumber && `số ${evidence.documentNumber}`,
    evidence.documentDate && `ngày ${formatDate(evidence.documentDate)}`,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <dl className="answer-summary">
      <div>
        <dt>Kết quả hiện tại</dt>
        <dd>
          <strong>{answerWords(criterion, assessment)}</strong>
          <span className="muted">
            {' '}
            · cập nhật {formatDateTime(assessment.answeredAt)}
            {answeredBy ? ` bởi ${answeredBy.fullName}` : ''}
          </span>
        </dd>
      </div>
      <Verification assessment={assessment} />
      {(documentText || evidence.link || insideEvidence.note) && (
        <div>
          <dt>Minh chứng</dt>
          <dd>
            {documentText && <span>Văn bản {documentText}. </span>}
            {evidence.link && (
              <a href={evidence.link} target="_blank" rel="noopener noreferrer">
                Mở tài liệu
              </a>
            )}
            {insideEvidence.note && <span className="answer-summary__note">{insideEvidence.note}</span>}
          </dd>
        </div>
      )}
    </dl>
  );
}

function Solutions({ criterion }: { criterion: CriterionFieldsFragment }) {
  if (!criterion.solutions.length) return null;
  return (
    <div className="solutions">
      <h4>Cách khắc phục</h4>
      <ul>
        {criterion.solutions.map((solution) => (
          <li key={solution.id}>
            <span className={`authority authority--${solution.authority.toLowerCase()}`}>
              {AUTHORITY_LABEL[solution.authority]}
            </span>
            <span className="solutions__source">
              {solution.commune
                ? `Hướng dẫn riêng cho ${solution.commune.name}`
                : solution.province
                  ? `Hướng dẫn của ${solution.province.name}`
                  : 'Hướng dẫn chung toàn quốc'}
            </span>
            <p>{solution.text}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function CriterionCard({
  item,
  unitId,
  answering,
  formOpen,
  ...callbacks
}: { item: WorkItem; unitId: string; answering: boolean; formOpen: boolean } & AnswerCallbacks) {
  const { criterion, assessment, daysLeft, counted } = item;
  const viewer = useViewer();
  // A draft kept from before a reload opens its form again, so the typing is where it was left.
  const [open, setOpen] = useState(
    () => formOpen || (answering && hasStoredDraft(answerDraftKey(viewer.id, unitId, criterion.id))),
  );
  const late = daysLeft < 0 && !counted;
  return (
    <article className="criterion" aria-labelledby={`criterion-${criterion.id}`} data-criterion={criterion.code}>
      <div className="criterion__meta">
        <span className="criterion__code">{criterion.code}</span>
        <ResultBadge assessment={assessment} counted={counted} />
        <span className={late ? 'due due--late' : 'due'}>
          Hạn {formatDate(criterion.dueDate)} · {describeDaysLeft(daysLeft)}
        </span>
      </div>
      <h3 id={`criterion-${criterion.id}`}>{criterion.text}</h3>
      {criterion.isPlaceholder && (
        <p className="muted small">Tiêu chí bổ sung cho đủ danh mục; nội dung chưa có trong báo cáo gốc.</p>
      )}
      <CurrentAnswer criterion={criterion} assessment={assessment} />
      {!counted && <Solutions criterion={criterion} />}
      {answering &&
        (open ? (
          // A new version remounts the form, so it starts from what was just saved.
          <AnswerForm
            key={assessment?.version ?? 0}
            unitId={unitId}
            criterion={criterion}
            assessment={assessment}
            onCancel={formOpen ? undefined : () => setOpen(false)}
            {...callbacks}
          />
        ) : (
          <button type="button" className="button" onClick={() => setOpen(true)}>
            Cập nhật kết quả
          </button>
        ))}
    </article>
  );
}
