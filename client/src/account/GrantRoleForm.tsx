import { useId, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { Bloc, GrantRoleInput, Role } from '../gql/graphql';
import { describeError } from '../ui/errors';
import { Form } from '../ui/Form';
import { BLOC_LABEL, BLOCS, ROLE_LABEL } from '../ui/labels';
import { useDebounced } from '../ui/use-debounced';

const provinceNamesQuery = graphql(`
  query ProvinceNames {
    provinces {
      id
      name
    }
  }
`);

const communeSearchQuery = graphql(`
  query CommuneSearch($provinceId: ID!, $search: String) {
    communes(first: 30, filter: { provinceId: $provinceId, search: $search }) {
      totalCount
      nodes {
        id
        name
      }
    }
  }
`);

const grantRoleMutation = graphql(`
  mutation GrantRole($input: GrantRoleInput!) {
    grantRole(input: $input) {
      ...GrantFields
    }
  }
`);

/** Which place and bloc each role is limited to, as the server requires them. */
const SHAPE: Record<Role, { province: 'required' | 'optional' | 'none'; commune: boolean; bloc: boolean }> = {
  NATIONAL_OVERSEER: { province: 'none', commune: false, bloc: false },
  ADMINISTRATOR: { province: 'none', commune: false, bloc: false },
  PROVINCE_OVERSEER: { province: 'required', commune: false, bloc: false },
  PROVINCE_BLOC_OFFICER: { province: 'required', commune: false, bloc: true },
  COMMUNE_LEADER: { province: 'none', commune: true, bloc: false },
  COMMUNE_BLOC_OFFICER: { province: 'none', commune: true, bloc: true },
  API_CLIENT: { province: 'optional', commune: false, bloc: false },
  // A province's inspection committee (a province) or a commune's (a commune): the form asks for a province.
  INSPECTION_COMMITTEE: { province: 'required', commune: false, bloc: false },
};

const ROLES = Object.keys(SHAPE) as Role[];

function CommunePicker({
  provinceId,
  value,
  onChange,
}: {
  provinceId: string;
  value: string;
  onChange: (id: string) => void;
}) {
  const id = useId();
  const [search, setSearch] = useState('');
  const searched = useDebounced(search.trim(), 250);
  const [result] = useQuery({ query: communeSearchQuery, variables: { provinceId, search: searched || null } });
  const communes = result.data?.communes.nodes ?? [];
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-search`}>Tìm xã, phường</label>
        <input
          id={`${id}-search`}
          type="search"
          value={search}
          placeholder="Ví dụ: lam thao"
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-commune`}>Xã, phường</label>
        <select id={`${id}-commune`} value={value} required onChange={(event) => onChange(event.target.value)}>
          <option value="">
            {result.fetching && !result.data ? 'Đang tải…' : `Chọn trong ${communes.length} kết quả`}
          </option>
          {communes.map((commune) => (
            <option key={commune.id} value={commune.id}>
              {commune.name}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}

/**
 * Grants a role to one account, asking only for the place and bloc that role takes. The new
 * RoleGrant comes back in the result, so the account list (which holds RoleGrants) refetches.
 */
export function GrantRoleForm({ userId, userName, onDone }: { userId: string; userName: string; onDone: () => void }) {
  const id = useId();
  const [role, setRole] = useState<Role>('COMMUNE_BLOC_OFFICER');
  const [provinceId, setProvinceId] = useState('');
  const [communeId, setCommuneId] = useState('');
  const [bloc, setBloc] = useState<Bloc | ''>('');
  const [problem, setProblem] = useState<string | null>(null);
  const [provinces] = useQuery({ query: provinceNamesQuery, requestPolicy: 'cache-first' });
  const [{ fetching }, grantRole] = useMutation(grantRoleMutation);
  const shape = SHAPE[role];
  const needsProvinceChoice = shape.province !== 'none' || shape.commune;

  const submit = async () => {
    const input: GrantRoleInput = { userId, role };
    if (shape.province !== 'none' && provinceId) input.provinceId = provinceId;
    if (shape.commune) input.communeId = communeId;
    if (shape.bloc && bloc) input.bloc = bloc;
    const missing =
      (shape.province === 'required' && !provinceId && 'Hãy chọn tỉnh, thành phố.') ||
      (shape.commune && !communeId && 'Hãy chọn xã, phường.') ||
      (shape.bloc && !bloc && 'Hãy chọn khối.');
    setProblem(missing || null);
    if (missing) return;
    const result = await grantRole({ input });
    if (result.error) setProblem(describeError(result.error));
    else onDone();
  };

  return (
    <Form
      className="form-grid grant-form"
      onSubmit={submit}
      problem={problem}
      aria-label={`Giao quyền cho ${userName}`}
    >
      <div className="field">
        <label htmlFor={`${id}-role`}>Vai trò</label>
        <select id={`${id}-role`} value={role} autoFocus onChange={(event) => setRole(event.target.value as Role)}>
          {ROLES.map((option) => (
            <option key={option} value={option}>
              {ROLE_LABEL[option]}
            </option>
          ))}
        </select>
      </div>
      {needsProvinceChoice && (
        <div className="field">
          <label htmlFor={`${id}-province`}>
            {shape.province === 'optional' ? 'Tỉnh, thành phố (để trống: toàn quốc)' : 'Tỉnh, thành phố'}
          </label>
          <select
            id={`${id}-province`}
            value={provinceId}
            onChange={(event) => {
              setProvinceId(event.target.value);
              setCommuneId('');
            }}
          >
            <option value="">{shape.province === 'optional' ? 'Toàn quốc' : 'Chọn tỉnh, thành phố'}</option>
            {provinces.data?.provinces.map((province) => (
              <option key={province.id} value={province.id}>
                {province.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {shape.commune && provinceId && (
        <CommunePicker key={provinceId} provinceId={provinceId} value={communeId} onChange={setCommuneId} />
      )}
      {shape.bloc && (
        <div className="field">
          <label htmlFor={`${id}-bloc`}>Khối</label>
          <select id={`${id}-bloc`} value={bloc} onChange={(event) => setBloc(event.target.value as Bloc | '')}>
            <option value="">Chọn khối</option>
            {BLOCS.map((option) => (
              <option key={option} value={option}>
                {BLOC_LABEL[option]}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field grant-form__actions">
        <button type="button" className="button" onClick={onDone}>
          Thôi
        </button>
        <button type="submit" className="button button--primary" disabled={fetching}>
          {fetching ? 'Đang giao…' : 'Giao quyền'}
        </button>
      </div>
    </Form>
  );
}
