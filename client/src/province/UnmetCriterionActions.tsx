import { useState } from 'react';
import { useMutation } from 'urql';
import type { Campaign } from '../campaigns/campaign-choice';
import { graphql } from '../gql';
import type { Authority } from '../gql/graphql';
import { DateField } from '../ui/DateField';
import { describeError } from '../ui/errors';
import { Field } from '../ui/Field';
import { Form } from '../ui/Form';
import { formatDate } from '../ui/format';
import { AUTHORITY_LABEL } from '../ui/labels';
import { TASK_LIST_CONTEXT } from '../tasks/AssignTaskForm';
import type { BlocPicture } from './ranking';

const setSolutionMutation = graphql(`
  mutation SetProvinceSolution($input: SetSolutionInput!) {
    setSolution(input: $input) {
      id
      authority
      text
    }
  }
`);

const deleteSolutionMutation = graphql(`
  mutation DeleteProvinceSolution($id: ID!) {
    deleteSolution(id: $id)
  }
`);

const setDueDateMutation = graphql(`
  mutation SetUnmetCriterionDueDate($id: ID!, $dueDate: LocalDate) {
    setCriterionDueDate(id: $id, dueDate: $dueDate) {
      id
      dueDate
    }
  }
`);

const createTaskMutation = graphql(`
  mutation CreateProvinceTask($input: CreateTaskInput!) {
    createTask(input: $input) {
      id
      code
    }
  }
`);

/** Solutions are listed in the remediation picture: a change there re-asks for it. */
const REMEDIATION_CONTEXT = { additionalTypenames: ['Solution', 'ProvinceRemediation'] };

type Unmet = BlocPicture['unmetCriteria'][number];
type Solution = NonNullable<Unmet['solution']>;
type Panel = 'solution' | 'dueDate' | 'task' | null;

const AUTHORITIES = Object.keys(AUTHORITY_LABEL) as Authority[];

function SolutionText({ solution, source }: { solution: Solution; source: string }) {
  return (
    <>
      <span className={`authority authority--${solution.authority.toLowerCase()}`}>
        {AUTHORITY_LABEL[solution.authority]}
      </span>
      <span className="solutions__source">{source}</span>
      <p>{solution.text}</p>
    </>
  );
}

/** The province's (or a failing commune's) solution of one criterion, set or replaced: a scope, an authority, a text. */
function SolutionForm({ unmet, provinceId, onDone }: { unmet: Unmet; provinceId: string; onDone: () => void }) {
  const own = unmet.solution?.province ? unmet.solution : undefined;
  const [communeId, setCommuneId] = useState('');
  const current = communeId ? unmet.communeSolutions.find((s) => s.commune?.id === communeId) : own;
  const [authority, setAuthority] = useState<Authority>(current?.authority ?? 'LOCAL');
  const [text, setText] = useState(current?.text ?? '');
  const [state, save] = useMutation(setSolutionMutation);
  const chooseScope = (id: string) => {
    const found = id ? unmet.communeSolutions.find((s) => s.commune?.id === id) : own;
    setCommuneId(id);
    setAuthority(found?.authority ?? 'LOCAL');
    setText(found?.text ?? '');
  };
  const submit = async () => {
    const input = { criterionId: unmet.criterion.id, provinceId, communeId: communeId || null, authority, text };
    const outcome = await save({ input }, REMEDIATION_CONTEXT);
    if (outcome.data) onDone();
  };
  return (
    <Form
      onSubmit={submit}
      problem={state.error ? describeError(state.error) : null}
      className="unmet__form"
      aria-label={`Giải pháp cho tiêu chí ${unmet.criterion.code}`}
    >
      <Field label="Áp dụng cho">
        {(props) => (
          <select {...props} value={communeId} onChange={(e) => chooseScope(e.target.value)}>
            <option value="">Toàn tỉnh</option>
            {unmet.communes.map((commune) => (
              <option key={commune.id} value={commune.id}>
                Riêng {commune.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Thẩm quyền">
        {(props) => (
          <select {...props} value={authority} onChange={(e) => setAuthority(e.target.value as Authority)}>
            {AUTHORITIES.map((key) => (
              <option key={key} value={key}>
                {AUTHORITY_LABEL[key]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Nội dung giải pháp">
        {(props) => (
          <textarea
            {...props}
            required
            maxLength={4000}
            rows={3}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        )}
      </Field>
      <div className="unmet__buttons">
        <button type="submit" className="button button--primary button--small" disabled={state.fetching}>
          {state.fetching ? 'Đang lưu…' : 'Lưu giải pháp'}
        </button>
        <button type="button" className="button button--small" onClick={onDone}>
          Huỷ
        </button>
      </div>
    </Form>
  );
}

function DueDateForm({ unmet, campaign, onDone }: { unmet: Unmet; campaign: Campaign; onDone: () => void }) {
  const [dueDate, setDueDate] = useState(unmet.criterion.dueDate ?? '');
  const [state, save] = useMutation(setDueDateMutation);
  const submit = async () => {
    const outcome = await save({ id: unmet.criterion.id, dueDate: dueDate || null }, REMEDIATION_CONTEXT);
    if (outcome.data) onDone();
  };
  return (
    <Form
      onSubmit={submit}
      problem={state.error ? describeError(state.error) : null}
      className="unmet__form"
      aria-label={`Hạn của tiêu chí ${unmet.criterion.code}`}
    >
      <Field label="Hạn hoàn thành" hint={`Để trống: theo hạn chót của đợt (${formatDate(campaign.deadline)}).`}>
        {(props) => <DateField {...props} value={dueDate} onChange={setDueDate} />}
      </Field>
      <div className="unmet__buttons">
        <button type="submit" className="button button--primary button--small" disabled={state.fetching}>
          {state.fetching ? 'Đang lưu…' : 'Lưu hạn'}
        </button>
        <button type="button" className="button button--small" onClick={onDone}>
          Huỷ
        </button>
      </div>
    </Form>
  );
}

/** A province task about the criterion, titled after it and due when the criterion is. */
function TaskForm({
  unmet,
  provinceId,
  dueDate,
  onDone,
}: {
  unmet: Unmet;
  provinceId: string;
  dueDate: string;
  onDone: () => void;
}) {
  const [title, setTitle] = useState(
    `Khắc phục tiêu chí ${unmet.criterion.code}: ${unmet.criterion.text}`.slice(0, 2000),
  );
  const [ownerName, setOwnerName] = useState('');
  const [deadline, setDeadline] = useState(dueDate);
  const [created, setCreated] = useState<string | null>(null);
  const [state, create] = useMutation(createTaskMutation);
  const submit = async () => {
    const input = { title, provinceId, ownerName: ownerName || null, deadline: deadline || null };
    const outcome = await create({ input }, TASK_LIST_CONTEXT);
    if (outcome.data) setCreated(outcome.data.createTask.code);
  };
  return (
    <Form
      onSubmit={submit}
      problem={state.error ? describeError(state.error) : null}
      className="unmet__form"
      aria-label={`Giao nhiệm vụ về tiêu chí ${unmet.criterion.code}`}
    >
      <Field label="Tên nhiệm vụ">
        {(props) => (
          <textarea
            {...props}
            required
            maxLength={2000}
            rows={2}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
        )}
      </Field>
      <Field label="Cơ quan, đơn vị chủ trì" hint="Không bắt buộc.">
        {(props) => (
          <input {...props} maxLength={255} value={ownerName} onChange={(e) => setOwnerName(e.target.value)} />
        )}
      </Field>
      <Field label="Thời hạn hoàn thành">
        {(props) => <DateField {...props} value={deadline} onChange={setDeadline} />}
      </Field>
      <div className="unmet__buttons">
        <button type="submit" className="button button--primary button--small" disabled={state.fetching || !!created}>
          {state.fetching ? 'Đang giao…' : 'Giao nhiệm vụ'}
        </button>
        <button type="button" className="button button--small" onClick={onDone}>
          {created ? 'Đóng' : 'Huỷ'}
        </button>
      </div>
      {created && <p role="status">Đã giao nhiệm vụ {created}.</p>}
    </Form>
  );
}

/**
 * One unmet criterion's solution, authority and due date as the province's communes see them,
 * with what the overseer may do about it from here.
 */
export function UnmetCriterionActions({
  unmet,
  provinceId,
  campaign,
  setsSolutions,
  editsCampaign,
}: {
  unmet: Unmet;
  provinceId: string;
  campaign: Campaign;
  setsSolutions: boolean;
  editsCampaign: boolean;
}) {
  const [panel, setPanel] = useState<Panel>(null);
  const [removal, remove] = useMutation(deleteSolutionMutation);
  const { solution, communeSolutions } = unmet;
  const dueDate = unmet.criterion.dueDate ?? campaign.deadline;
  const toggle = (next: Panel) => setPanel(panel === next ? null : next);
  const deletable = (s: Solution) => setsSolutions && !!s.province;
  return (
    <div className="unmet__remedy" data-testid="unmet-remedy">
      <div className="solutions">
        {solution ? (
          <div data-testid="unmet-solution">
            <SolutionText
              solution={solution}
              source={solution.province ? 'Giải pháp của tỉnh' : 'Giải pháp chung toàn quốc'}
            />
            {deletable(solution) && (
              <button
                type="button"
                className="button button--small"
                disabled={removal.fetching}
                onClick={() => remove({ id: solution.id }, REMEDIATION_CONTEXT)}
              >
                Xoá
              </button>
            )}
          </div>
        ) : (
          <p className="muted">Chưa có giải pháp.</p>
        )}
        {communeSolutions.length > 0 && (
          <ul>
            {communeSolutions.map((own) => (
              <li key={own.id} data-testid="commune-solution">
                <SolutionText solution={own} source={`Riêng ${own.commune?.name ?? ''}`} />
                {deletable(own) && (
                  <button
                    type="button"
                    className="button button--small"
                    disabled={removal.fetching}
                    onClick={() => remove({ id: own.id }, REMEDIATION_CONTEXT)}
                  >
                    Xoá
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        {removal.error && <p role="alert">{describeError(removal.error)}</p>}
      </div>
      <p className="unmet__due">
        Hạn: <strong>{formatDate(dueDate)}</strong>
        {!unmet.criterion.dueDate && ' (hạn chót của đợt)'}
      </p>
      {(setsSolutions || editsCampaign) && (
        <div className="unmet__buttons">
          {setsSolutions && (
            <button
              type="button"
              className="button button--small"
              aria-expanded={panel === 'solution'}
              onClick={() => toggle('solution')}
            >
              {solution?.province ? 'Sửa giải pháp' : 'Đặt giải pháp'}
            </button>
          )}
          {editsCampaign && (
            <button
              type="button"
              className="button button--small"
              aria-expanded={panel === 'dueDate'}
              onClick={() => toggle('dueDate')}
            >
              Đặt hạn
            </button>
          )}
          {setsSolutions && (
            <button
              type="button"
              className="button button--small"
              aria-expanded={panel === 'task'}
              onClick={() => toggle('task')}
            >
              Giao nhiệm vụ
            </button>
          )}
        </div>
      )}
      {panel === 'solution' && <SolutionForm unmet={unmet} provinceId={provinceId} onDone={() => setPanel(null)} />}
      {panel === 'dueDate' && <DueDateForm unmet={unmet} campaign={campaign} onDone={() => setPanel(null)} />}
      {panel === 'task' && (
        <TaskForm unmet={unmet} provinceId={provinceId} dueDate={dueDate} onDone={() => setPanel(null)} />
      )}
    </div>
  );
}
