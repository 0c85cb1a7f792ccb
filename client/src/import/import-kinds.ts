import type { Grant } from '../viewer/ViewerProvider';
import type { CampaignState } from '../gql/graphql';
import type { ImportKind } from './import-request';

export interface ImportPageText {
  title: string;
  lead: string;
  templateHint: string;
  /** The campaigns the import writes into, by state: criteria go into drafts, answers into published ones. */
  campaignState: CampaignState | null;
  slug: string;
}

export const IMPORT_PAGES: Record<ImportKind, ImportPageText> = {
  accounts: {
    slug: 'tai-khoan',
    title: 'Nhập tài khoản và quyền',
    lead: 'Tạo hàng loạt tài khoản cán bộ, mỗi tài khoản kèm một vai trò và địa bàn.',
    templateHint: 'Mỗi dòng một tài khoản; để trống mật khẩu để hệ thống sinh mật khẩu ban đầu.',
    campaignState: null,
  },
  answers: {
    slug: 'ket-qua',
    title: 'Nhập kết quả tự đánh giá',
    lead: 'Nhập kết quả của nhiều đơn vị một lần, theo đúng các quy tắc như khi trả lời từng tiêu chí.',
    templateHint: 'Tệp mẫu liệt kê sẵn mọi tiêu chí của các đơn vị tài khoản này được trả lời.',
    campaignState: 'PUBLISHED',
  },
  criteria: {
    slug: 'tieu-chi',
    title: 'Nhập danh mục tiêu chí',
    lead: 'Thêm hàng loạt tiêu chí vào một đợt đánh giá đang soạn (dự thảo), theo đúng các quy tắc của trình soạn đợt.',
    templateHint: 'Mỗi dòng một tiêu chí mới, với kiểu trả lời và điều kiện đạt.',
    campaignState: 'DRAFT',
  },
};

/**
 * The imports the account is offered, from its grants: administrators import accounts,
 * officers who answer import answers, overseers who author campaigns import criteria. The
 * server decides again, row by row.
 */
export function importKindsOf(grants: Grant[]): ImportKind[] {
  const roles = new Set(grants.map((grant) => grant.role));
  return [
    ...(roles.has('ADMINISTRATOR') ? (['accounts'] as const) : []),
    ...(roles.has('COMMUNE_BLOC_OFFICER') || roles.has('PROVINCE_BLOC_OFFICER') ? (['answers'] as const) : []),
    ...(roles.has('NATIONAL_OVERSEER') || roles.has('PROVINCE_OVERSEER') ? (['criteria'] as const) : []),
  ];
}

export const kindOfSlug = (slug: string): ImportKind | undefined =>
  (Object.keys(IMPORT_PAGES) as ImportKind[]).find((kind) => IMPORT_PAGES[kind].slug === slug);
