import { Access } from '../../server/auth/access';
import type { Action, SubjectName } from '../../server/auth/ability';
import {
  blocCountedIn,
  canAnswer,
  editsCampaign,
  readsAnswerDetails,
  readsAnswerDetailsIn,
  readsCommune,
  readsNation,
  readsProvince,
  seesWholeCommune,
  verifiesIn,
} from '../../server/auth/capabilities';
import type { Grant, Viewer } from '../../server/auth/viewer';
import { Bloc, CampaignState, Level, Role } from '../../server/domain/enums';
import type { User } from '../../server/user/user.entity';

/**
 * Every role against every kind of object, built from plain objects shaped like the entities
 * (no database): two provinces A and B, communes A1 and A2 in A and B1 in B, units of two
 * blocs. A cell not listed for a role must be refused, so a rule that widens or narrows
 * shows up here as a named cell.
 */
const SELF = 100;
const OTHER = 200;
const PROVINCE = { A: 1, B: 2 } as const;
const COMMUNE = { A1: 11, A2: 12, B1: 21 } as const;
const BLOC = { PARTY: Bloc.PARTY, COUNCIL: Bloc.PEOPLES_COUNCIL } as const;
type ProvinceKey = keyof typeof PROVINCE;
type CommuneKey = keyof typeof COMMUNE;
type BlocKey = keyof typeof BLOC;

const province = (key: ProvinceKey) => ({ id: PROVINCE[key] });
const commune = (key: CommuneKey) => ({ id: COMMUNE[key], province: province(key[0] as ProvinceKey) });

/** A unit by place and bloc: "A1/PARTY" is a commune unit, "A/PARTY" the province unit. */
function unit(name: string) {
  const [place, bloc] = name.split('/') as [CommuneKey | ProvinceKey, BlocKey];
  const atCommune = place.length > 1;
  return {
    province: province(place[0] as ProvinceKey),
    commune: atCommune ? commune(place as CommuneKey) : null,
    level: atCommune ? Level.COMMUNE : Level.PROVINCE,
    bloc: BLOC[bloc],
  };
}

const UNITS = ['A1/PARTY', 'A1/COUNCIL', 'A2/PARTY', 'A/PARTY', 'A/COUNCIL', 'B1/PARTY', 'B/PARTY'];
// Published: a draft is read only by its authors, which the authoring tests cover.
const campaignOf = (scope: string) => ({
  province: scope === 'national' ? null : province(scope as ProvinceKey),
  state: CampaignState.PUBLISHED,
});

/** Every object of the matrix by name ("<Subject> <which>") and the actions that make sense on it. */
const OBJECTS: Record<string, { subject: SubjectName; object: object; actions: Action[] }> = {};
const add = (subject: SubjectName, which: string, object: object, actions: Action[] = ['read']) => {
  OBJECTS[`${subject} ${which}`] = { subject, object, actions };
};
for (const key of ['A', 'B'] as const) add('Province', key, province(key));
for (const key of ['A1', 'A2', 'B1'] as const) {
  add('Commune', key, commune(key));
  add('CommuneStatus', key, commune(key));
}
for (const name of UNITS) {
  const u = unit(name);
  add('Unit', name, u, ['read', 'answer']);
  add('Assessment', name, { unit: u }, ['read', 'verify']);
  add('AssessmentHistory', name, { assessment: { unit: u } });
  add('Obstacle', name, { unit: u });
  add('Recommendation', name, { unit: u });
  add('Task', name, { ownerUnit: u, province: u.province }, ['read', 'manage']);
}
for (const scope of ['national', 'A', 'B']) {
  add('Campaign', scope, campaignOf(scope), ['read', 'manage']);
  add('Solution', scope, { province: campaignOf(scope).province }, ['read', 'manage']);
  add('Task', `plan ${scope}`, { ownerUnit: null, province: campaignOf(scope).province }, ['read', 'manage']);
}
for (const [scope, bloc] of [
  ['national', 'PARTY'],
  ['national', 'COUNCIL'],
  ['A', 'PARTY'],
  ['B', 'PARTY'],
] as const) {
  add('Criterion', `${scope}/${bloc}`, { campaign: campaignOf(scope), bloc: BLOC[bloc] }, ['read', 'manage']);
}
add('User', 'self', { id: SELF }, ['read', 'manage']);
add('User', 'other', { id: OTHER }, ['read', 'manage']);
add('RoleGrant', 'any', {}, ['manage']);
for (const [owner, scope] of [
  ['self', 'national'],
  ['self', 'A'],
  ['self', 'B'],
  ['other', 'A'],
] as const) {
  add('ApiToken', `${owner}/${scope}`, { user: { id: owner === 'self' ? SELF : OTHER }, ...campaignOf(scope) }, [
    'read',
    'create',
    'revoke',
  ]);
}
add('AuditEntry', 'Assessment/A', { objectType: 'Assessment', province: province('A') });
add('AuditEntry', 'Assessment/B', { objectType: 'Assessment', province: province('B') });
add('AuditEntry', 'User/A', { objectType: 'User', province: province('A') });

function viewer(grants: Omit<Grant, 'id' | 'user'>[], readOnly = false): Viewer {
  const user = { id: SELF } as User;
  return { user, username: 'test', readOnly, grants: grants.map((g, i) => ({ id: i + 1, user, ...g })) };
}
const grant = (role: Role, place: { province?: ProvinceKey; commune?: CommuneKey; bloc?: BlocKey } = {}) => ({
  role,
  province: place.province ? (province(place.province) as Grant['province']) : undefined,
  commune: place.commune ? (commune(place.commune) as unknown as Grant['commune']) : undefined,
  bloc: place.bloc ? BLOC[place.bloc] : undefined,
});

const VIEWERS: Record<string, Viewer | undefined> = {
  'signed out': undefined,
  'national overseer': viewer([grant(Role.NATIONAL_OVERSEER)]),
  'province overseer of A': viewer([grant(Role.PROVINCE_OVERSEER, { province: 'A' })]),
  'province bloc officer of A, Party': viewer([grant(Role.PROVINCE_BLOC_OFFICER, { province: 'A', bloc: 'PARTY' })]),
  'commune leader of A1': viewer([grant(Role.COMMUNE_LEADER, { province: 'A', commune: 'A1' })]),
  'commune bloc officer of A1, Party': viewer([
    grant(Role.COMMUNE_BLOC_OFFICER, { province: 'A', commune: 'A1', bloc: 'PARTY' }),
  ]),
  'national API token': viewer([grant(Role.API_CLIENT)], true),
  'API token of A': viewer([grant(Role.API_CLIENT, { province: 'A' })], true),
  administrator: viewer([grant(Role.ADMINISTRATOR)]),
};

const allowedCells = (who: Viewer | undefined): string[] => {
  const access = new Access(who);
  return sorted(
    Object.entries(OBJECTS).flatMap(([name, { subject, object, actions }]) =>
      actions.filter((action) => access.can(action, subject, object)).map((action) => `${action} ${name}`),
    ),
  );
};

const DATA_OF_UNIT: SubjectName[] = ['Unit', 'Assessment', 'AssessmentHistory', 'Obstacle', 'Recommendation', 'Task'];
const each = (action: Action, subject: SubjectName, ...which: string[]) =>
  which.map((w) => `${action} ${subject} ${w}`);
/** Reading a unit reads its answers, their history, its obstacles, recommendations and tasks. */
const readsUnits = (...names: string[]) => DATA_OF_UNIT.flatMap((subject) => each('read', subject, ...names));
const UNITS_OF_A = UNITS.filter((name) => name.startsWith('A'));
const PLACES_READ = {
  nation: [
    ...each('read', 'Province', 'A', 'B'),
    ...each('read', 'Commune', 'A1', 'A2', 'B1'),
    ...readsUnits(...UNITS),
    ...each('read', 'Campaign', 'national', 'A', 'B'),
    ...each('read', 'Solution', 'national', 'A', 'B'),
    ...each('read', 'Criterion', 'national/PARTY', 'national/COUNCIL', 'A/PARTY', 'B/PARTY'),
  ],
  provinceA: [
    ...each('read', 'Province', 'A'),
    ...each('read', 'Commune', 'A1', 'A2'),
    ...readsUnits(...UNITS_OF_A),
    ...each('read', 'Campaign', 'national', 'A'),
    ...each('read', 'Solution', 'national', 'A'),
    ...each('read', 'Criterion', 'national/PARTY', 'national/COUNCIL', 'A/PARTY'),
  ],
};
const OWN_ACCOUNT = ['read User self'];

const EXPECTED: Record<keyof typeof VIEWERS, string[]> = {
  'signed out': [],
  'national overseer': [
    ...PLACES_READ.nation,
    ...each('read', 'CommuneStatus', 'A1', 'A2', 'B1'),
    ...each('read', 'Task', 'plan national', 'plan A', 'plan B'),
    ...each('verify', 'Assessment', ...UNITS),
    ...each('manage', 'Task', ...UNITS, 'plan national', 'plan A', 'plan B'),
    ...each('manage', 'Campaign', 'national', 'A', 'B'),
    ...each('manage', 'Solution', 'national', 'A', 'B'),
    ...each('manage', 'Criterion', 'national/PARTY', 'national/COUNCIL', 'A/PARTY', 'B/PARTY'),
    ...OWN_ACCOUNT,
    ...['read', 'create', 'revoke'].flatMap((a) => each(a as Action, 'ApiToken', 'self/national', 'self/A', 'self/B')),
    'create ApiToken other/A',
    // The monitoring changes, not the accounts.
    ...each('read', 'AuditEntry', 'Assessment/A', 'Assessment/B'),
  ],
  'province overseer of A': [
    ...PLACES_READ.provinceA,
    ...each('read', 'CommuneStatus', 'A1', 'A2'),
    ...each('read', 'Task', 'plan national', 'plan A'),
    // Claims of every unit of the province, also under national campaigns; never answers.
    ...each('verify', 'Assessment', ...UNITS_OF_A),
    ...each('manage', 'Task', ...UNITS_OF_A, 'plan A'),
    'manage Campaign A',
    'manage Solution A',
    'manage Criterion A/PARTY',
    ...OWN_ACCOUNT,
    // Its own tokens wherever they reach; new ones only for its province.
    ...['read', 'revoke'].flatMap((a) => each(a as Action, 'ApiToken', 'self/national', 'self/A', 'self/B')),
    ...each('create', 'ApiToken', 'self/A', 'other/A'),
    // Monitoring changes of the province only: accounts, grants, tokens and sign-ins are for administrators.
    ...each('read', 'AuditEntry', 'Assessment/A'),
  ],
  'province bloc officer of A, Party': [
    ...each('read', 'Province', 'A'),
    ...each('read', 'Commune', 'A1', 'A2'),
    ...readsUnits('A1/PARTY', 'A2/PARTY', 'A/PARTY'),
    ...each('read', 'Campaign', 'national', 'A'),
    ...each('read', 'Solution', 'national', 'A'),
    ...each('read', 'Criterion', 'national/PARTY', 'A/PARTY'),
    'answer Unit A/PARTY',
    ...OWN_ACCOUNT,
  ],
  'commune leader of A1': [
    ...each('read', 'Province', 'A'),
    ...each('read', 'Commune', 'A1'),
    ...each('read', 'CommuneStatus', 'A1'),
    ...readsUnits('A1/PARTY', 'A1/COUNCIL'),
    ...each('read', 'Campaign', 'national', 'A'),
    ...each('read', 'Solution', 'national', 'A'),
    ...each('read', 'Criterion', 'national/PARTY', 'national/COUNCIL', 'A/PARTY'),
    ...OWN_ACCOUNT,
  ],
  'commune bloc officer of A1, Party': [
    ...each('read', 'Province', 'A'),
    ...each('read', 'Commune', 'A1'),
    // The commune's overall colour, though not the other blocs' answers.
    ...each('read', 'CommuneStatus', 'A1'),
    ...readsUnits('A1/PARTY'),
    ...each('read', 'Campaign', 'national', 'A'),
    ...each('read', 'Solution', 'national', 'A'),
    ...each('read', 'Criterion', 'national/PARTY', 'A/PARTY'),
    'answer Unit A1/PARTY',
    ...OWN_ACCOUNT,
  ],
  'national API token': [
    ...PLACES_READ.nation,
    ...each('read', 'CommuneStatus', 'A1', 'A2', 'B1'),
    ...each('read', 'Task', 'plan national', 'plan A', 'plan B'),
    ...OWN_ACCOUNT,
  ],
  'API token of A': [
    ...PLACES_READ.provinceA,
    ...each('read', 'CommuneStatus', 'A1', 'A2'),
    ...each('read', 'Task', 'plan national', 'plan A'),
    ...OWN_ACCOUNT,
  ],
  administrator: [
    // The places to grant, no assessment data.
    ...each('read', 'Province', 'A', 'B'),
    ...each('read', 'Commune', 'A1', 'A2', 'B1'),
    ...['read', 'manage'].flatMap((a) => each(a as Action, 'User', 'self', 'other')),
    'manage RoleGrant any',
    ...['read', 'create', 'revoke'].flatMap((a) =>
      each(a as Action, 'ApiToken', 'self/national', 'self/A', 'self/B', 'other/A'),
    ),
    ...each('read', 'AuditEntry', 'Assessment/A', 'Assessment/B', 'User/A'),
  ],
};

const sorted = (cells: string[]) => [...new Set(cells)].sort();
const CELLS = Object.values(OBJECTS).reduce((n, o) => n + o.actions.length, 0);

describe(`abilities: ${Object.keys(VIEWERS).length} callers × ${CELLS} action-object cells`, () => {
  it.each(Object.keys(VIEWERS))('%s may do exactly its cells', (name) => {
    for (const cell of EXPECTED[name]) expect(Object.keys(OBJECTS)).toContain(cell.split(' ').slice(1).join(' '));
    expect(allowedCells(VIEWERS[name])).toEqual(sorted(EXPECTED[name]));
  });

  it('an account with two grants may do what either allows, and no more', () => {
    const both = viewer([
      grant(Role.COMMUNE_BLOC_OFFICER, { province: 'A', commune: 'A1', bloc: 'PARTY' }),
      grant(Role.PROVINCE_BLOC_OFFICER, { province: 'B', bloc: 'PARTY' }),
    ]);
    const cells = allowedCells(both);
    expect(cells).toEqual(
      expect.arrayContaining(['answer Unit A1/PARTY', 'answer Unit B/PARTY', 'read Unit B1/PARTY']),
    );
    expect(cells).not.toContain('answer Unit B1/PARTY');
    expect(cells).not.toContain('read Unit A2/PARTY');
  });

  it('a read-only token of a role that could act does nothing but read', () => {
    const token = viewer([grant(Role.PROVINCE_OVERSEER, { province: 'A' })], true);
    const cells = allowedCells(token);
    expect(cells.filter((cell) => !cell.startsWith('read '))).toEqual([]);
    expect(cells).not.toContain('read AuditEntry Assessment/A');
    expect(cells).toContain('read Assessment A1/PARTY');
  });
});

describe('field rules', () => {
  const assessmentOf = (name: string) => OBJECTS[`Assessment ${name}`].object;
  const historyOf = (name: string) => OBJECTS[`AssessmentHistory ${name}`].object;
  const PRIVATE = ['evidence.note', 'answeredBy', 'verification.by'];

  it("evidence notes and who answered are readable only by roles of the unit's own province", () => {
    const inside = ['province overseer of A', 'commune bloc officer of A1, Party', 'API token of A'];
    for (const name of inside) {
      const access = new Access(VIEWERS[name]);
      for (const field of PRIVATE)
        expect([name, field, access.can('read', 'Assessment', assessmentOf('A1/PARTY'), field)]).toEqual([
          name,
          field,
          true,
        ]);
      expect(access.can('read', 'AssessmentHistory', historyOf('A1/PARTY'), 'changedBy')).toBe(true);
    }
    for (const name of ['national overseer', 'national API token']) {
      const access = new Access(VIEWERS[name]);
      for (const field of PRIVATE)
        expect([name, field, access.can('read', 'Assessment', assessmentOf('A1/PARTY'), field)]).toEqual([
          name,
          field,
          false,
        ]);
      expect(access.can('read', 'AssessmentHistory', historyOf('A1/PARTY'), 'changedBy')).toBe(false);
      for (const field of [
        'answer',
        'met',
        'evidence.documentNumber',
        'evidence.link',
        'verification.status',
        'history',
      ]) {
        expect([name, field, access.can('read', 'Assessment', assessmentOf('B1/PARTY'), field)]).toEqual([
          name,
          field,
          true,
        ]);
      }
    }
  });

  it('account e-mails are for administrators; anyone reads their own name and grants', () => {
    const self = OBJECTS['User self'].object;
    const other = OBJECTS['User other'].object;
    for (const name of Object.keys(VIEWERS).filter((n) => n !== 'signed out' && n !== 'administrator')) {
      const access = new Access(VIEWERS[name]);
      expect([name, access.can('read', 'User', self, 'grants'), access.can('read', 'User', self, 'email')]).toEqual([
        name,
        true,
        false,
      ]);
    }
    const admin = new Access(VIEWERS.administrator);
    expect(admin.can('read', 'User', other, 'email')).toBe(true);
  });
});

describe('what the abilities become for the database', () => {
  it.each([
    ['national overseer', 'all'],
    ['national API token', 'all'],
    ['province overseer of A', [PROVINCE.A]],
    ['API token of A', [PROVINCE.A]],
    // Cut finer than whole provinces: figures come from the caller's own units.
    ['province bloc officer of A, Party', null],
    ['commune leader of A1', null],
    ['commune bloc officer of A1, Party', null],
    ['administrator', []],
    ['signed out', []],
  ] as const)('%s reads whole provinces: %j', (name, expected) => {
    expect(new Access(VIEWERS[name]).wholeProvinces()).toEqual(expected);
  });

  it('unit filters are nested for MikroORM and fresh on every call', () => {
    const access = new Access(VIEWERS['commune bloc officer of A1, Party']);
    const first = access.filter('read', 'Assessment');
    expect(first).toEqual({
      $or: [{ unit: { province: { id: PROVINCE.A }, commune: { id: COMMUNE.A1 }, bloc: Bloc.PARTY } }],
    });
    expect(access.filter('read', 'Assessment')).not.toBe(first);
    expect(new Access(VIEWERS.administrator).filter('read', 'Assessment')).toBeNull();
    expect(new Access(VIEWERS['national overseer']).filter('read', 'Assessment')).toEqual({});
  });
});

describe('the capabilities clients are told (viewer… fields)', () => {
  const provinceA = province('A');
  const communeA1 = commune('A1');
  const capabilities = (name: string) => {
    const access = new Access(VIEWERS[name]);
    return {
      readsNation: readsNation(access),
      opensProvinceA: readsProvince(access, provinceA),
      opensCommuneA1: readsCommune(access, communeA1),
      blocInA: blocCountedIn(access, provinceA),
      verifiesInA: verifiesIn(access, provinceA),
      detailsInA: readsAnswerDetailsIn(access, provinceA),
      wholeCommuneA1: seesWholeCommune(access, communeA1),
      answersA1Party: canAnswer(access, unit('A1/PARTY')),
      answersAParty: canAnswer(access, unit('A/PARTY')),
      detailsOfA1Party: readsAnswerDetails(access, unit('A1/PARTY')),
      editsCampaignA: editsCampaign(access, { province: provinceA }),
      editsNationalCampaign: editsCampaign(access, {}),
    };
  };
  const none = {
    readsNation: false,
    opensProvinceA: false,
    opensCommuneA1: false,
    blocInA: null,
    verifiesInA: false,
    detailsInA: false,
    wholeCommuneA1: false,
    answersA1Party: false,
    answersAParty: false,
    detailsOfA1Party: false,
    editsCampaignA: false,
    editsNationalCampaign: false,
  };

  it.each([
    [
      'national overseer',
      {
        ...none,
        readsNation: true,
        opensProvinceA: true,
        opensCommuneA1: true,
        verifiesInA: true,
        wholeCommuneA1: true,
        editsCampaignA: true,
        editsNationalCampaign: true,
      },
    ],
    [
      'province overseer of A',
      {
        ...none,
        opensProvinceA: true,
        opensCommuneA1: true,
        verifiesInA: true,
        detailsInA: true,
        wholeCommuneA1: true,
        detailsOfA1Party: true,
        editsCampaignA: true,
      },
    ],
    [
      'province bloc officer of A, Party',
      {
        ...none,
        opensProvinceA: true,
        opensCommuneA1: true,
        blocInA: Bloc.PARTY,
        detailsInA: true,
        answersAParty: true,
        detailsOfA1Party: true,
      },
    ],
    ['commune leader of A1', { ...none, opensCommuneA1: true, wholeCommuneA1: true, detailsOfA1Party: true }],
    [
      'commune bloc officer of A1, Party',
      { ...none, wholeCommuneA1: true, answersA1Party: true, detailsOfA1Party: true },
    ],
    [
      'national API token',
      { ...none, readsNation: true, opensProvinceA: true, opensCommuneA1: true, wholeCommuneA1: true },
    ],
    [
      'API token of A',
      {
        ...none,
        opensProvinceA: true,
        opensCommuneA1: true,
        detailsInA: true,
        wholeCommuneA1: true,
        detailsOfA1Party: true,
      },
    ],
    ['administrator', none],
    ['signed out', none],
  ])('%s', (name, expected) => {
    expect(capabilities(name)).toEqual(expected);
  });
});
