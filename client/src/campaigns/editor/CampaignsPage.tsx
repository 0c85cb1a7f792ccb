import { useId, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link, navigate } from '../../app/router';
import { paths } from '../../app/routes';
import { graphql } from '../../gql';
import type { Bloc, Level } from '../../gql/graphql';
import { describeError } from '../../ui/errors';
import { DateField } from '../../ui/DateField';
import { DraftNotice } from '../../ui/DraftNotice';
import { Form } from '../../ui/Form';
import { formatDate } from '../../ui/format';
import { BLOC_LABEL, BLOCS } from '../../ui/labels';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState, Loaded } from '../../ui/states';
import { authoredProvinces, useViewer } from '../../viewer/ViewerProvider';
import { draftKey, useStoredDraft } from '../../ui/stored-draft';

const editableCampaignsQuery = graphql(`
  query EditableCampaigns {
    editableCampaigns {
      id
      code
      name
      state
      level
      deadline
      closedOn
      province {
        id
        name
      }
      criteria {
        id
      }
    }
  }
`);

const createCampaignMutation = graphql(`
  mutation CreateCampaign($input: CreateCampaignInput!) {
    createCampaign(input: $input) {
      id
    }
  }
`);

export const STATE_LABEL = { DRAFT: 'Bản nháp', PUBLISHED: 'Đã ban hành' } as const;
export const LEVEL_LABEL: Record<Level, string> = { COMMUNE: 'Cấp xã', PROVINCE: 'Cấp tỉnh' };

interface NewCampaign {
  name: string;
  scope: string;
  level: Level;
  blocs: Bloc[];
  /** ISO date, "" until typed. */
  deadline: string;
  redBelowPercent: string;
  countUnverifiedClaims: boolean;
}

const NATIONAL = 'national';

function CreateCampaignForm() {
  const id = useId();
  const viewer = useViewer();
  const provinces = authoredProvinces(viewer);
  const national = viewer.authorsNationalCampaigns;
  const empty: NewCampaign = {
    name: '',
    scope: national ? NATIONAL : (provinces[0]?.id ?? ''),
    level: 'COMMUNE',
    blocs: [...BLOCS],
    deadline: '',
    redBelowPercent: '50',
    countUnverifiedClaims: true,
  };
  const {
    draft: form,
    setDraft: setForm,
    state,
    clear,
  } = useStoredDraft<NewCampaign>(draftKey(viewer.id, 'new-campaign', ''), empty);
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, create] = useMutation(createCampaignMutation);
  const set = (part: Partial<NewCampaign>) => setForm({ ...form, ...part });

  const submit = async () => {
    const threshold = Number(form.redBelowPercent);
    const local = !form.name.trim()
      ? 'Hãy nhập tên đợt.'
      : !form.blocs.length
        ? 'Hãy chọn ít nhất một khối tham gia.'
        : !Number.isInteger(threshold) || threshold < 0 || threshold > 100
          ? 'Ngưỡng đỏ là số nguyên từ 0 đến 100.'
          : null;
    setProblem(local);
    if (local) return;
    const result = await create({
      input: {
        name: form.name.trim(),
        provinceId: form.scope === NATIONAL ? undefined : form.scope,
        level: form.level,
        blocs: form.blocs,
        deadline: form.deadline,
        redBelowPercent: threshold,
        countUnverifiedClaims: form.countUnverifiedClaims,
      },
    });
    if (result.error) return setProblem(describeError(result.error));
    clear();
    navigate(paths.campaignEditor(result.data!.createCampaign.id));
  };

  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Tạo đợt đánh giá mới</h2>
      <p className="muted">Đợt mới là bản nháp: các đơn vị chưa thấy gì cho đến khi đợt được ban hành.</p>
      <Form className="form-grid" onSubmit={submit} problem={problem}>
        <DraftNotice state={state} onDiscard={clear} />
        <div className="field">
          <label htmlFor={`${id}-name`}>Tên đợt</label>
          <input
            id={`${id}-name`}
            value={form.name}
            onChange={(e) => set({ name: e.target.value })}
            placeholder="Ví dụ: Phủ xanh tháng 6/2026"
            required
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-scope`}>Phạm vi</label>
          <select id={`${id}-scope`} value={form.scope} onChange={(e) => set({ scope: e.target.value })}>
            {national && <option value={NATIONAL}>Toàn quốc</option>}
            {provinces.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-level`}>Cấp đơn vị trả lời</label>
          <select id={`${id}-level`} value={form.level} onChange={(e) => set({ level: e.target.value as Level })}>
            <option value="COMMUNE">{LEVEL_LABEL.COMMUNE}</option>
            <option value="PROVINCE">{LEVEL_LABEL.PROVINCE}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-deadline`}>Hạn hoàn thành (ngày/tháng/năm)</label>
          <DateField id={`${id}-deadline`} value={form.deadline} onChange={(deadline) => set({ deadline })} required />
        </div>
        <div className="field">
          <label htmlFor={`${id}-red`}>Ngưỡng đỏ (%)</label>
          <input
            id={`${id}-red`}
            value={form.redBelowPercent}
            onChange={(e) => set({ redBelowPercent: e.target.value })}
            inputMode="numeric"
            aria-describedby={`${id}-red-hint`}
          />
          <small id={`${id}-red-hint`}>Đơn vị đạt dưới tỷ lệ này số tiêu chí đến hạn thì ĐỎ.</small>
        </div>
        <fieldset className="options">
          <legend>Khối tham gia</legend>
          {BLOCS.map((bloc) => (
            <label key={bloc} className="options__item">
              <input
                type="checkbox"
                checked={form.blocs.includes(bloc)}
                onChange={(e) =>
                  set({ blocs: e.target.checked ? [...form.blocs, bloc] : form.blocs.filter((b) => b !== bloc) })
                }
              />
              <span>{BLOC_LABEL[bloc]}</span>
            </label>
          ))}
        </fieldset>
        <label className="options__item">
          <input
            type="checkbox"
            checked={form.countUnverifiedClaims}
            onChange={(e) => set({ countUnverifiedClaims: e.target.checked })}
          />
          <span>Tính cả kết quả tự đánh giá chưa được xác minh</span>
        </label>
        <div className="field">
          <button type="submit" className="button button--primary" disabled={fetching}>
            {fetching ? 'Đang tạo…' : 'Tạo bản nháp'}
          </button>
        </div>
      </Form>
    </section>
  );
}

/** The campaigns an overseer may author, drafts first, and the form that starts a new one. */
export function CampaignsPage() {
  const [result] = useQuery({ query: editableCampaignsQuery });
  return (
    <>
      <PageHeader title="Soạn đợt đánh giá" trail={[{ label: 'Trang chính', to: paths.home }]}>
        <p className="lead">Tạo đợt mới, soạn tiêu chí, ban hành, sao chép cho kỳ sau.</p>
      </PageHeader>
      <section className="panel">
        <h2>Các đợt bạn được soạn</h2>
        <Loaded result={result} loading="Đang tải các đợt đánh giá…">
          {(data) =>
            data.editableCampaigns.length ? (
              <div className="table-wrap">
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col">Tên đợt</th>
                      <th scope="col">Phạm vi</th>
                      <th scope="col">Trạng thái</th>
                      <th scope="col">Hạn</th>
                      <th scope="col" className="numeric">
                        Số tiêu chí
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.editableCampaigns.map((c) => (
                      <tr key={c.id}>
                        <th scope="row">
                          <Link to={paths.campaignEditor(c.id)}>{c.name}</Link>
                        </th>
                        <td>
                          {c.province?.name ?? 'Toàn quốc'} · {LEVEL_LABEL[c.level]}
                        </td>
                        <td>
                          {STATE_LABEL[c.state]}
                          {c.closedOn ? ` · khóa từ ${formatDate(c.closedOn)}` : ''}
                        </td>
                        <td>{formatDate(c.deadline)}</td>
                        <td className="numeric">{c.criteria.length}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <EmptyState title="Chưa có đợt đánh giá nào bạn được soạn">
                <p>Hãy tạo đợt đầu tiên bằng biểu mẫu bên dưới.</p>
              </EmptyState>
            )
          }
        </Loaded>
      </section>
      <CreateCampaignForm />
    </>
  );
}
