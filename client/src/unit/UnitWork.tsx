import { useState } from 'react';
import { useQuery } from 'urql';
import { acceptsAnswers, type Campaign } from '../campaigns/campaign-choice';
import { graphql } from '../gql';
import { formatDate, todayInVietnam } from '../ui/format';
import { Loaded } from '../ui/states';
import type { UnitHeader } from './UnitPage';
import { UnitProgress } from './UnitProgress';
import { WorkList } from './WorkList';

// Solutions take the unit's province and commune so that their own guidance comes first, before the national one.
const unitWorkQuery = graphql(`
  query UnitWork(
    $unitId: ID!
    $campaignId: ID!
    $bloc: Bloc!
    $level: Level!
    $provinceId: ID!
    $communeId: ID
    $insideProvince: Boolean!
  ) {
    unit(id: $unitId) {
      id
      status(campaignId: $campaignId) {
        ...UnitStatusFields
      }
      commune {
        id
        name
        status(campaignId: $campaignId)
        viewerSeesWholeCommune
      }
      assessments(first: 500, filter: { campaignId: $campaignId }) {
        nodes {
          ...AssessmentFields
        }
      }
    }
    campaign(id: $campaignId) {
      id
      criteria(bloc: $bloc, level: $level) {
        ...CriterionFields
      }
    }
  }

  fragment CriterionFields on Criterion {
    id
    code
    text
    answerType
    dueDate
    position
    isPlaceholder
    comparator
    target
    targetMax
    measureUnit
    allowsNotApplicable
    currentVersion
    minValue
    maxValue
    options {
      key
      label
    }
    passingOptionKeys
    requiredOptionKeys
    solutions(provinceId: $provinceId, communeId: $communeId) {
      id
      authority
      text
      province {
        id
        name
      }
      commune {
        id
        name
      }
    }
  }
`);

export interface SavedNote {
  code: string;
  met: boolean;
}

export function UnitWork({ unit, campaign, answering }: { unit: UnitHeader; campaign: Campaign; answering: boolean }) {
  const [result, refetch] = useQuery({
    query: unitWorkQuery,
    variables: {
      unitId: unit.id,
      campaignId: campaign.id,
      bloc: unit.bloc,
      level: unit.level,
      provinceId: unit.province.id,
      communeId: unit.commune?.id ?? null,
      insideProvince: unit.viewerReadsAnswerDetails,
    },
  });
  const [saved, setSaved] = useState<SavedNote | null>(null);
  const today = todayInVietnam();
  const open = acceptsAnswers(campaign, today);
  return (
    <Loaded result={result} loading="Đang tải các tiêu chí của đơn vị…">
      {(data) => (
        <>
          {/* A commune colour over the caller's own bloc only would repeat the unit's. */}
          <UnitProgress
            unit={data.unit}
            campaign={campaign}
            showCommune={!!data.unit.commune?.viewerSeesWholeCommune}
          />
          {answering && !open && campaign.closedOn && (
            <p className="notice">Đợt này đã khóa từ ngày {formatDate(campaign.closedOn)}; không nhận thêm kết quả.</p>
          )}
          <p className="saved-note" role="status">
            {saved && `Đã lưu kết quả tiêu chí ${saved.code}: ${saved.met ? 'ĐẠT' : 'vẫn CHƯA ĐẠT'}.`}
          </p>
          <WorkList
            criteria={data.campaign.criteria}
            assessments={data.unit.assessments.nodes}
            today={today}
            countUnverified={campaign.countUnverifiedClaims}
            unitId={unit.id}
            answering={answering && open}
            onSaved={setSaved}
            onConflict={() => refetch({ requestPolicy: 'network-only' })}
          />
        </>
      )}
    </Loaded>
  );
}
