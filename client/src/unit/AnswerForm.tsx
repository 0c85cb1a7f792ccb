import { useId, useState } from 'react';
import { useMutation } from 'urql';
import { graphql, useFragment } from '../gql';
import {
  AssessmentFieldsFragmentDoc,
  AssessmentInsideFieldsFragmentDoc,
  type AssessmentFieldsFragment,
  type CriterionFieldsFragment,
} from '../gql/graphql';
import { DraftNotice } from '../ui/DraftNotice';
import { describeError, errorCode } from '../ui/errors';
import { Form } from '../ui/Form';
import { getFragmentData } from '../ui/fragment-data';
import { useStoredDraft } from '../ui/stored-draft';
import { useViewer } from '../viewer/ViewerProvider';
import { answerDraftKey, answerOf, draftOf, evidenceOf, type AnswerDraft } from './answer-draft';
import { AnswerFields, EvidenceFields } from './AnswerFields';
import type { AnswerCallbacks } from './CriterionCard';

const answerCriterionMutation = graphql(`
  mutation AnswerCriterion($input: AnswerCriterionInput!, $insideProvince: Boolean!) {
    answerCriterion(input: $input) {
      assessment {
        ...AssessmentFields
      }
      unitStatus {
        ...UnitStatusFields
      }
      communeStatus
    }
  }

  fragment AssessmentFields on Assessment {
    id
    met
    version
    answeredAt
    criterionVersion
    answer {
      boolean
      number
      optionKeys
      text
      notApplicable
    }
    evidence {
      documentNumber
      documentDate
      link
    }
    criterion {
      id
    }
    verification
    verificationReason
    verifiedAt
    ...AssessmentInsideFields @include(if: $insideProvince)
  }

  # Who answered or verified, and the evidence note, are readable only inside the unit's own
  # province: a national overseer asking for them would get a FORBIDDEN error per row.
  fragment AssessmentInsideFields on Assessment {
    answeredBy {
      id
      fullName
    }
    evidence {
      note
    }
    verifiedBy {
      id
      fullName
    }
  }
`);

/**
 * The result carries Assessment and UnitStatus, which refreshes the unit's own screens. An
 * answer also moves the commune's colour and every count of green communes above it, which
 * the result does not carry: naming their types makes those queries refetch too.
 */
const ANSWER_INVALIDATES = { additionalTypenames: ['Commune', 'StatusCounts'] };

export function AnswerForm({
  unitId,
  criterion,
  assessment,
  onSaved,
  onConflict,
  onCancel,
}: {
  unitId: string;
  criterion: CriterionFieldsFragment;
  assessment: AssessmentFieldsFragment | undefined;
  /** Given where the form was opened on request, so it can be folded again. */
  onCancel?: () => void;
} & AnswerCallbacks) {
  const id = useId();
  const viewer = useViewer();
  const inside = useFragment(AssessmentInsideFieldsFragmentDoc, assessment);
  // Kept across reloads; a draft typed on an older version of the answer is flagged as such.
  const { draft, setDraft, state, clear } = useStoredDraft<AnswerDraft>(
    answerDraftKey(viewer.id, unitId, criterion.id),
    draftOf(assessment, inside, viewer.id),
    String(assessment?.version ?? 0),
  );
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, answer] = useMutation(answerCriterionMutation);
  const change = (part: Partial<AnswerDraft>) => setDraft((current) => ({ ...current, ...part }));

  const submit = async () => {
    const built = answerOf(criterion, draft);
    if ('problem' in built) {
      setProblem(built.problem);
      return;
    }
    setProblem(null);
    const result = await answer(
      {
        input: {
          unitId,
          criterionId: criterion.id,
          expectedVersion: assessment?.version ?? 0,
          evidence: evidenceOf(draft.evidence),
          ...built.answer,
        },
        // Only officers of the unit answer: they are inside its province.
        insideProvince: true,
      },
      ANSWER_INVALIDATES,
    );
    if (result.error) {
      setProblem(describeError(result.error));
      if (errorCode(result.error) === 'VERSION_CONFLICT') onConflict();
      return;
    }
    if (!result.data) return;
    clear();
    const saved = getFragmentData(AssessmentFieldsFragmentDoc, result.data.answerCriterion.assessment);
    onSaved({ code: criterion.code, met: saved.met });
  };

  return (
    <Form className="answer-form" onSubmit={submit} problem={problem} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>Cập nhật kết quả tiêu chí {criterion.code}</h4>
      <DraftNotice state={state} onDiscard={clear} />
      <AnswerFields criterion={criterion} draft={draft} change={change} />
      <EvidenceFields
        evidence={draft.evidence}
        change={(part) => change({ evidence: { ...draft.evidence, ...part } })}
      />
      <div className="answer-form__actions">
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            Đóng
          </button>
        )}
        <button type="submit" className="button button--primary" disabled={fetching}>
          {fetching ? 'Đang lưu…' : 'Lưu kết quả'}
        </button>
      </div>
    </Form>
  );
}
