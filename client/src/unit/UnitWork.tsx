import { useState } from 'react';
import { useQuery } from 'urql';
import { acceptsAnswers, type Campaign } from '../campaigns/campaign-choice';
import { graphql } from '../gql';
import { formatDate, todayInVietnam } from '../ui/format';
import { Loaded } from '../ui/states';
import { blocLimitIn, insideProvince } from '../viewer/access';
import { useViewer } from '../viewer/ViewerProvider';
import type { UnitHeader } from './UnitPage';
import { UnitProgress } from './UnitProgress';
import { WorkList } from './WorkList';
import { workItems } from './work-items';

// Solutions take the unit's province so that its own guidance comes with the national one.
const unitWorkQuery = graphql(`
  query UnitWork(
    $unitId: ID!
    $campaignId: ID!
    $bloc: Bloc!
    $level: Level!
    $provinceId: ID!
    $insideProvince: Boolean!
  ) {
    unit(id: $unitId) {
      id
      status(campaignId: $campaignId) {
        status
        met
        due
        total
        answered
      }
      commune {
        id
        name
        status(campaignId: $campaignId)
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
    solutions(provinceId: $provinceId) {
      id
      authority
      text
      province {
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
  const { grants } = useViewer();
  const [result, refetch] = useQuery({
    query: unitWorkQuery,
    variables: {
      unitId: unit.id,
      campaignId: campaign.id,
      bloc: unit.bloc,
      level: unit.level,
      provinceId: unit.province.id,
      insideProvince: insideProvince(grants, unit.province.id),
    },
  });
  const [saved, setSaved] = useState<SavedNote | null>(null);
  const today = todayInVietnam();
  const open = acceptsAnswers(campaign, today);
  // A province bloc officer's commune colour covers its own bloc only: it would repeat the unit's.
  const showCommune = !blocLimitIn(grants, unit.province.id);
  return (
    <Loaded result={result} loading="Đang tải các tiêu chí của đơn vị…">
      {(data) => (
        <>
          <UnitProgress unit={data.unit} campaign={campaign} showCommune={showCommune} />
          {answering && !open && campaign.closedOn && (
            <p className="notice">Đợt này đã khóa từ ngày {formatDate(campaign.closedOn)}; không nhận thêm kết quả.</p>
          )}
          <p className="saved-note" role="status">
            {saved && `Đã lưu kết quả tiêu chí ${saved.code}: ${saved.met ? 'ĐẠT' : 'vẫn CHƯA ĐẠT'}.`}
          </p>
          <WorkList
            items={workItems(
              data.campaign.criteria,
              data.unit.assessments.nodes,
              today,
              campaign.countUnverifiedClaims,
            )}
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
