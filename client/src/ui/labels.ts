import type { AnswerType, Authority, Bloc, CommuneKind, Comparator, Role, Status } from '../gql/graphql';

export const STATUS_LABEL: Record<Status, string> = {
  GREEN: 'XANH',
  YELLOW: 'VÀNG',
  RED: 'ĐỎ',
  NOT_DUE: 'CHƯA ĐẾN HẠN',
};

/** The official order of the blocs in every table of the reports. */
export const BLOCS: Bloc[] = ['PARTY', 'PEOPLES_COUNCIL', 'PEOPLES_COMMITTEE', 'FATHERLAND_FRONT'];

export const BLOC_LABEL: Record<Bloc, string> = {
  PARTY: 'Khối Đảng',
  PEOPLES_COUNCIL: 'Khối HĐND',
  PEOPLES_COMMITTEE: 'Khối UBND',
  FATHERLAND_FRONT: 'Khối MTTQ',
};

/** Short names for chips and narrow columns. */
export const BLOC_SHORT: Record<Bloc, string> = {
  PARTY: 'Đảng',
  PEOPLES_COUNCIL: 'HĐND',
  PEOPLES_COMMITTEE: 'UBND',
  FATHERLAND_FRONT: 'MTTQ',
};

export const ROLE_LABEL: Record<Role, string> = {
  NATIONAL_OVERSEER: 'Giám sát toàn quốc',
  PROVINCE_OVERSEER: 'Giám sát cấp tỉnh',
  PROVINCE_BLOC_OFFICER: 'Cán bộ khối cấp tỉnh',
  COMMUNE_LEADER: 'Lãnh đạo cấp xã',
  COMMUNE_BLOC_OFFICER: 'Cán bộ khối cấp xã',
  ADMINISTRATOR: 'Quản trị hệ thống',
  API_CLIENT: 'Ứng dụng kết nối (API)',
  INSPECTION_COMMITTEE: 'Ủy ban Kiểm tra',
};

export const AUTHORITY_LABEL: Record<Authority, string> = {
  LOCAL: 'Thẩm quyền của đơn vị',
  PROVIDED_SYSTEM: 'Hệ thống tỉnh đã cung cấp',
  BOTH: 'Thẩm quyền của đơn vị và hệ thống tỉnh đã cung cấp',
};

export const COMMUNE_KIND_LABEL: Record<CommuneKind, string> = {
  COMMUNE: 'Xã',
  WARD: 'Phường',
  SPECIAL_ZONE: 'Đặc khu',
};

export const COMPARATOR_SIGN: Record<Comparator, string> = {
  EQ: '=',
  GT: '>',
  GTE: '≥',
  LT: '<',
  LTE: '≤',
  BETWEEN: 'trong khoảng',
};

export const ANSWER_TYPE_LABEL: Record<AnswerType, string> = {
  BOOLEAN: 'Có / Không',
  SINGLE_CHOICE: 'Chọn một phương án',
  MULTI_CHOICE: 'Chọn nhiều nội dung',
  NUMBER: 'Số (chỉ tiêu)',
  PERCENT: 'Tỷ lệ % (chỉ tiêu)',
  TEXT: 'Văn bản (không tính đạt/chưa đạt)',
};

/** "72,5" or "72.5" → 72.5; Vietnamese writes the decimal comma, the API takes numbers. Null when not a number. */
export function parseVietnameseNumber(text: string): number | null {
  const trimmed = text.trim().replace(/\s/g, '');
  if (!/^-?\d+([.,]\d+)?$/.test(trimmed)) return null;
  return Number(trimmed.replace(',', '.'));
}
