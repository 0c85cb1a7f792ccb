import { Bloc, Role } from '../domain/enums';

/** A demo account: one per role, an officer of each bloc in one Bắc Ninh commune, and the writers and reviewers of the demo reports. */
export interface DemoAccount {
  username: string;
  fullName: string;
  role: Role;
  provinceCode?: string;
  /** The commune's name within the province. */
  communeName?: string;
  bloc?: Bloc;
}

export const DEMO_PASSWORD = 'PhuXanh@2026';

const BAC_NINH = 'bac-ninh';
const LAM_THAO = 'Xã Lâm Thao';

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'quocgia', fullName: 'Trần Quốc Gia', role: Role.NATIONAL_OVERSEER },
  { username: 'bacninh.giamsat', fullName: 'Nguyễn Thị Bắc', role: Role.PROVINCE_OVERSEER, provinceCode: BAC_NINH },
  {
    username: 'bacninh.dang',
    fullName: 'Lê Văn Đảng',
    role: Role.PROVINCE_BLOC_OFFICER,
    provinceCode: BAC_NINH,
    bloc: Bloc.PARTY,
  },
  {
    username: 'lamthao.lanhdao',
    fullName: 'Phạm Văn Lâm',
    role: Role.COMMUNE_LEADER,
    provinceCode: BAC_NINH,
    communeName: LAM_THAO,
  },
  ...(
    [
      ['lamthao.dang', 'Hoàng Thị Hà', Bloc.PARTY],
      ['lamthao.hdnd', 'Vũ Văn Hội', Bloc.PEOPLES_COUNCIL],
      ['lamthao.ubnd', 'Đỗ Thị Ủy', Bloc.PEOPLES_COMMITTEE],
      ['lamthao.mttq', 'Bùi Văn Mặt', Bloc.FATHERLAND_FRONT],
    ] as const
  ).map(([username, fullName, bloc]) => ({
    username,
    fullName,
    role: Role.COMMUNE_BLOC_OFFICER,
    provinceCode: BAC_NINH,
    communeName: LAM_THAO,
    bloc,
  })),
  { username: 'quantri', fullName: 'Quản trị hệ thống', role: Role.ADMINISTRATOR },
  { username: 'bacninh.ubkt', fullName: 'Trịnh Văn Kiểm', role: Role.INSPECTION_COMMITTEE, provinceCode: BAC_NINH },
  {
    username: 'lamthao.ubkt',
    fullName: 'Đặng Thị Tra',
    role: Role.INSPECTION_COMMITTEE,
    provinceCode: BAC_NINH,
    communeName: LAM_THAO,
  },
  {
    username: 'thainguyen.giamsat',
    fullName: 'Ma Văn Nguyên',
    role: Role.PROVINCE_OVERSEER,
    provinceCode: 'thai-nguyen',
  },
  {
    username: 'phuthinh.ubnd',
    fullName: 'Nguyễn Thị Thịnh',
    role: Role.COMMUNE_BLOC_OFFICER,
    provinceCode: 'thai-nguyen',
    communeName: 'Xã Phú Thịnh',
    bloc: Bloc.PEOPLES_COMMITTEE,
  },
  {
    username: 'congcu.bacninh',
    fullName: 'Công cụ báo cáo tỉnh Bắc Ninh',
    role: Role.API_CLIENT,
    provinceCode: BAC_NINH,
  },
];
