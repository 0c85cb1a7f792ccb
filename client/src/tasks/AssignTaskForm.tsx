import { useId, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { DateField } from '../ui/DateField';
import { describeError } from '../ui/errors';
import { Form } from '../ui/Form';
import { Loaded } from '../ui/states';

const communeUnitsQuery = graphql(`
  query AssignTaskUnits($id: ID!) {
    commune(id: $id) {
      id
      name
      units {
        id
        name
      }
    }
  }
`);

const createTaskMutation = graphql(`
  mutation AssignCommuneTask($input: CreateTaskInput!) {
    createTask(input: $input) {
      id
      code
    }
  }
`);

/** A list of tasks may be empty, holding no Task for a new task to invalidate: both name the type. */
export const TASK_LIST_CONTEXT = { additionalTypenames: ['Task'] };

/** The commune chair gives one of the commune's units a task of the commune's own (assigned by COMMUNE_CHAIR). */
export function AssignTaskForm({ communeId }: { communeId: string }) {
  const id = useId();
  const [units] = useQuery({ query: communeUnitsQuery, variables: { id: communeId } });
  const [title, setTitle] = useState('');
  const [ownerUnitId, setOwnerUnitId] = useState('');
  const [deadline, setDeadline] = useState('');
  const [created, setCreated] = useState<string | null>(null);
  const [state, create] = useMutation(createTaskMutation);
  const submit = async () => {
    setCreated(null);
    const outcome = await create({ input: { title, ownerUnitId, deadline: deadline || null } }, TASK_LIST_CONTEXT);
    if (outcome.data) {
      setCreated(outcome.data.createTask.code);
      setTitle('');
      setDeadline('');
    }
  };
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Giao nhiệm vụ của xã</h2>
      <Loaded result={units} loading="Đang tải đơn vị của xã…">
        {({ commune }) => (
          <Form
            onSubmit={submit}
            problem={state.error ? describeError(state.error) : null}
            className="task-form"
            aria-label="Giao nhiệm vụ của xã"
          >
            <div className="field">
              <label htmlFor={`${id}-title`}>Tên nhiệm vụ</label>
              <textarea
                id={`${id}-title`}
                required
                maxLength={2000}
                rows={2}
                value={title}
                onChange={(e) => setTitle(e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-owner`}>Đơn vị chủ trì</label>
              <select id={`${id}-owner`} required value={ownerUnitId} onChange={(e) => setOwnerUnitId(e.target.value)}>
                <option value="">— Chọn đơn vị —</option>
                {(commune?.units ?? []).map((unit) => (
                  <option key={unit.id} value={unit.id}>
                    {unit.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-deadline`}>Thời hạn hoàn thành</label>
              <DateField id={`${id}-deadline`} value={deadline} onChange={setDeadline} />
            </div>
            <button type="submit" className="button" disabled={state.fetching}>
              {state.fetching ? 'Đang giao…' : 'Giao nhiệm vụ'}
            </button>
            {created && <p role="status">Đã giao nhiệm vụ {created}.</p>}
          </Form>
        )}
      </Loaded>
    </section>
  );
}
