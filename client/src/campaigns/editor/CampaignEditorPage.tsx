import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { navigate } from '../../app/router';
import { paths } from '../../app/routes';
import { graphql, useFragment } from '../../gql';
import {
  EditedCriterionFragmentDoc,
  type CampaignEditorQuery,
  type CriterionInput,
  type EditedCriterionFragment,
} from '../../gql/graphql';
import { describeError } from '../../ui/errors';
import { DateField } from '../../ui/DateField';
import { DraftNotice } from '../../ui/DraftNotice';
import { Form } from '../../ui/Form';
import { formatDate, formatDateTime } from '../../ui/format';
import { ANSWER_TYPE_LABEL, BLOC_LABEL, BLOCS } from '../../ui/labels';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState, Loaded, ProblemNotice } from '../../ui/states';
import { targetWords } from '../../unit/AnswerFields';
import { CriterionForm, draftOfCriterion } from './CriterionForm';
import { LEVEL_LABEL, STATE_LABEL } from './CampaignsPage';
import { draftKey, useStoredDraft } from '../../ui/stored-draft';
import { useViewer } from '../../viewer/ViewerProvider';

const campaignEditorQuery = graphql(`
  query CampaignEditor($id: ID!) {
    campaign(id: $id) {
      id
      code
      name
      state
      level
      blocs
      deadline
      closedOn
      publishedAt
      redBelowPercent
      countUnverifiedClaims
      province {
        id
        name
      }
      copiedFrom {
        id
        name
      }
      criteria {
        ...EditedCriterion
      }
    }
  }

  fragment EditedCriterion on Criterion {
    id
    code
    bloc
    text
    position
    answerType
    options {
      key
      label
    }
    passingOptionKeys
    requiredOptionKeys
    comparator
    target
    targetMax
    measureUnit
    allowsNotApplicable
    dueDate
    currentVersion
    versions {
      id
      number
      effectiveFrom
      text
      answerType
      comparator
      target
      targetMax
      measureUnit
      dueDate
      createdAt
    }
  }
`);

const addCriterionMutation = graphql(`
  mutation AddCriterion($campaignId: ID!, $input: CriterionInput!) {
    addCriterion(campaignId: $campaignId, input: $input) {
      ...EditedCriterion
    }
  }
`);

const updateCriterionMutation = graphql(`
  mutation UpdateCriterion($id: ID!, $input: CriterionInput!, $effectiveFrom: LocalDate) {
    updateCriterion(id: $id, input: $input, effectiveFrom: $effectiveFrom) {
      ...EditedCriterion
    }
  }
`);

const removeCriterionMutation = graphql(`
  mutation RemoveCriterion($id: ID!) {
    removeCriterion(id: $id) {
      id
      criteria {
        id
      }
    }
  }
`);

const reorderCriteriaMutation = graphql(`
  mutation ReorderCriteria($campaignId: ID!, $bloc: Bloc!, $criterionIds: [ID!]!) {
    reorderCriteria(campaignId: $campaignId, bloc: $bloc, criterionIds: $criterionIds) {
      id
      position
    }
  }
`);

const publishCampaignMutation = graphql(`
  mutation PublishCampaign($id: ID!) {
    publishCampaign(id: $id) {
      id
      state
      publishedAt
    }
  }
`);

const copyCampaignMutation = graphql(`
  mutation CopyCampaign($id: ID!, $input: CopyCampaignInput!) {
    copyCampaign(id: $id, input: $input) {
      id
    }
  }
`);

type EditedCampaign = CampaignEditorQuery['campaign'];
type EditedCriterion = EditedCriterionFragment;

function VersionList({ criterion }: { criterion: EditedCriterion }) {
  if (!criterion.versions.length) return null;
  return (
    <details className="versions">
      <summary>
        Phiên bản {criterion.currentVersion} · {criterion.versions.length} phiên bản
      </summary>
      <ol>
        {criterion.versions.map((v) => (
          <li key={v.id}>
            <strong>Phiên bản {v.number}</strong>, áp dụng từ {formatDate(v.effectiveFrom)} —{' '}
            {ANSWER_TYPE_LABEL[v.answerType]}
            {v.target !== null && v.target !== undefined ? `, mục tiêu ${targetWords(v)}` : ''}
            {v.dueDate ? `, hạn ${formatDate(v.dueDate)}` : ''}: {v.text}{' '}
            <span className="muted">(ghi lúc {formatDateTime(v.createdAt)})</span>
          </li>
        ))}
      </ol>
    </details>
  );
}

function CriterionRow({
  campaign,
  criterion,
  blocCriteria,
  refresh,
}: {
  campaign: EditedCampaign;
  criterion: EditedCriterion;
  blocCriteria: EditedCriterion[];
  refresh: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [, update] = useMutation(updateCriterionMutation);
  const [, remove] = useMutation(removeCriterionMutation);
  const [, reorder] = useMutation(reorderCriteriaMutation);
  const draft = campaign.state === 'DRAFT';
  const index = blocCriteria.indexOf(criterion);

  const move = async (by: number) => {
    const ids = blocCriteria.map((c) => c.id);
    [ids[index], ids[index + by]] = [ids[index + by], ids[index]];
    const result = await reorder({ campaignId: campaign.id, bloc: criterion.bloc, criterionIds: ids });
    setProblem(result.error ? describeError(result.error) : null);
    refresh();
  };
  const drop = async () => {
    if (!window.confirm(`Xóa tiêu chí ${criterion.code}?`)) return;
    const result = await remove({ id: criterion.id });
    setProblem(result.error ? describeError(result.error) : null);
    refresh();
  };

  return (
    <li className="criterion-row" data-testid="edited-criterion">
      <div className="criterion-row__head">
        <span className="chip">{criterion.code}</span>
        <span className="criterion-row__text">{criterion.text}</span>
        <span className="muted">
          {ANSWER_TYPE_LABEL[criterion.answerType]}
          {criterion.target !== null && criterion.target !== undefined ? ` · mục tiêu ${targetWords(criterion)}` : ''}
          {criterion.allowsNotApplicable ? ' · có thể «không phát sinh»' : ''} · hạn {formatDate(criterion.dueDate)}
        </span>
      </div>
      <div className="criterion-row__actions">
        {draft && (
          <>
            <button
              type="button"
              className="button button--small button--ghost"
              disabled={index === 0}
              onClick={() => void move(-1)}
              aria-label={`Chuyển ${criterion.code} lên`}
            >
              ↑
            </button>
            <button
              type="button"
              className="button button--small button--ghost"
              disabled={index === blocCriteria.length - 1}
              onClick={() => void move(1)}
              aria-label={`Chuyển ${criterion.code} xuống`}
            >
              ↓
            </button>
          </>
        )}
        <button type="button" className="button button--small" onClick={() => setEditing(!editing)}>
          {draft ? 'Sửa' : 'Tạo phiên bản mới'}
        </button>
        {draft && (
          <button type="button" className="button button--small button--danger" onClick={() => void drop()}>
            Xóa
          </button>
        )}
      </div>
      <ProblemNotice problem={problem} />
      {editing && (
        <CriterionForm
          draftObject={criterion.id}
          draftBasis={String(criterion.currentVersion)}
          initial={draftOfCriterion(
            { ...criterion, ownDueDate: criterion.dueDate !== campaign.deadline ? criterion.dueDate : null },
            criterion.bloc,
          )}
          blocs={campaign.blocs}
          published={!draft}
          submitLabel={draft ? 'Lưu tiêu chí' : 'Lưu thành phiên bản mới'}
          onCancel={() => setEditing(false)}
          onSubmit={async (input: CriterionInput, effectiveFrom) => {
            const result = await update({ id: criterion.id, input, effectiveFrom });
            if (!result.error) {
              setEditing(false);
              refresh();
            }
            return result.error;
          }}
        />
      )}
      <VersionList criterion={criterion} />
    </li>
  );
}

function PublishOrCopy({ campaign }: { campaign: EditedCampaign }) {
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching: publishing }, publish] = useMutation(publishCampaignMutation);
  const [{ fetching: copying }, copy] = useMutation(copyCampaignMutation);
  const viewer = useViewer();
  const {
    draft: form,
    setDraft: setForm,
    state,
    clear,
  } = useStoredDraft(draftKey(viewer.id, 'copy-campaign', campaign.id), { name: '', deadline: '' });

  if (campaign.state === 'DRAFT') {
    const doPublish = async () => {
      if (!window.confirm('Ban hành đợt này? Sau khi ban hành, các đơn vị sẽ thấy và trả lời các tiêu chí.')) return;
      const result = await publish({ id: campaign.id });
      setProblem(result.error ? describeError(result.error) : null);
    };
    return (
      <section className="panel">
        <h2>Ban hành</h2>
        <p className="muted">
          Khi ban hành, mỗi tiêu chí thành phiên bản 1 áp dụng từ hôm nay; sau đó tiêu chí chỉ thay đổi bằng phiên bản
          mới.
        </p>
        <button
          type="button"
          className="button button--primary"
          disabled={publishing || !campaign.criteria.length}
          onClick={() => void doPublish()}
        >
          {publishing ? 'Đang ban hành…' : 'Ban hành đợt'}
        </button>
        <ProblemNotice problem={problem} />
      </section>
    );
  }

  const doCopy = async () => {
    const result = await copy({ id: campaign.id, input: { name: form.name.trim(), deadline: form.deadline } });
    if (result.error) return setProblem(describeError(result.error));
    clear();
    navigate(paths.campaignEditor(result.data!.copyCampaign.id));
  };
  return (
    <section className="panel">
      <h2>Sao chép cho kỳ sau</h2>
      <Form className="form-grid" onSubmit={doCopy} problem={problem}>
        <DraftNotice state={state} onDiscard={clear} />
        <div className="field">
          <label htmlFor="copy-name">Tên đợt mới</label>
          <input
            id="copy-name"
            value={form.name}
            onChange={(e) => setForm({ ...form, name: e.target.value })}
            required
          />
        </div>
        <div className="field">
          <label htmlFor="copy-deadline">Hạn hoàn thành (ngày/tháng/năm)</label>
          <DateField
            id="copy-deadline"
            value={form.deadline}
            onChange={(deadline) => setForm({ ...form, deadline })}
            required
          />
        </div>
        <div className="field">
          <button type="submit" className="button button--primary" disabled={copying}>
            {copying ? 'Đang sao chép…' : 'Sao chép thành bản nháp mới'}
          </button>
        </div>
      </Form>
    </section>
  );
}

function Editor({ campaign, refresh }: { campaign: EditedCampaign; refresh: () => void }) {
  // Grouped by bloc here and reordered by their rows: the criteria are read whole on this page.
  const criteria = useFragment(EditedCriterionFragmentDoc, campaign.criteria);
  const [, add] = useMutation(addCriterionMutation);
  const draft = campaign.state === 'DRAFT';
  const blocs = BLOCS.filter((b) => campaign.blocs.includes(b));
  return (
    <>
      <PageHeader
        eyebrow={`${campaign.province?.name ?? 'Toàn quốc'} · ${LEVEL_LABEL[campaign.level]}`}
        title={campaign.name}
        trail={[
          { label: 'Trang chính', to: paths.home },
          { label: 'Soạn đợt đánh giá', to: paths.campaigns },
        ]}
      >
        <p className="lead">
          <strong data-testid="campaign-state">{STATE_LABEL[campaign.state]}</strong> · hạn{' '}
          {formatDate(campaign.deadline)} · ĐỎ khi đạt dưới {campaign.redBelowPercent} % ·{' '}
          {campaign.countUnverifiedClaims ? 'tính cả kết quả chưa xác minh' : 'chỉ tính kết quả đã xác minh'}
          {campaign.publishedAt ? ` · ban hành lúc ${formatDateTime(campaign.publishedAt)}` : ''}
          {campaign.copiedFrom ? ` · sao chép từ «${campaign.copiedFrom.name}»` : ''}
        </p>
      </PageHeader>
      {blocs.map((bloc) => {
        const blocCriteria = criteria.filter((c) => c.bloc === bloc);
        return (
          <section className="panel" key={bloc} aria-label={BLOC_LABEL[bloc]}>
            <h2>
              {BLOC_LABEL[bloc]} · {blocCriteria.length} tiêu chí
            </h2>
            {blocCriteria.length ? (
              <ol className="criterion-list">
                {blocCriteria.map((criterion) => (
                  <CriterionRow
                    key={criterion.id}
                    campaign={campaign}
                    criterion={criterion}
                    blocCriteria={blocCriteria}
                    refresh={refresh}
                  />
                ))}
              </ol>
            ) : (
              <EmptyState title="Khối này chưa có tiêu chí" />
            )}
          </section>
        );
      })}
      {draft && (
        <section className="panel">
          <h2>Thêm tiêu chí</h2>
          <CriterionForm
            draftObject={`new:${campaign.id}`}
            initial={draftOfCriterion(undefined, blocs[0])}
            blocs={blocs}
            published={false}
            submitLabel="Thêm tiêu chí"
            onSubmit={async (input) => {
              const result = await add({ campaignId: campaign.id, input });
              if (!result.error) refresh();
              return result.error;
            }}
          />
        </section>
      )}
      <PublishOrCopy campaign={campaign} />
    </>
  );
}

/** One campaign's editor: its criteria by bloc, with types, targets and pass rules, versions, publishing and copying. */
export function CampaignEditorPage({ campaignId }: { campaignId: string }) {
  const [result, reexecute] = useQuery({ query: campaignEditorQuery, variables: { id: campaignId } });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  return (
    <Loaded result={result} loading="Đang tải đợt đánh giá…">
      {(data) => <Editor campaign={data.campaign} refresh={refresh} />}
    </Loaded>
  );
}
