import { BLOC_LABEL, ROLE_LABEL } from '../ui/labels';
import type { Grant } from '../viewer/ViewerProvider';

/** What each role may see and do, as the product defines it; the server enforces it. */
const ROLE_DUTY: Record<Grant['role'], string> = {
  NATIONAL_OVERSEER: 'Xem số liệu cả nước; quản lý danh mục tiêu chí, các đợt đánh giá và nhiệm vụ toàn quốc.',
  PROVINCE_OVERSEER:
    'Xem mọi khối của tỉnh và các xã, phường trong tỉnh; đặt giải pháp, hạn chót, xác minh kết quả; không sửa kết quả của đơn vị.',
  PROVINCE_BLOC_OFFICER: 'Trả lời tiêu chí của đơn vị cấp tỉnh thuộc khối; xem khối đó ở mọi xã, phường của tỉnh.',
  COMMUNE_LEADER: 'Xem bốn khối của xã; không trả lời thay các khối.',
  COMMUNE_BLOC_OFFICER: 'Trả lời tiêu chí của đơn vị mình kèm minh chứng; xem trạng thái chung của xã.',
  ADMINISTRATOR: 'Quản lý tài khoản và phân quyền; quyền này không tự cho xem số liệu đánh giá.',
  API_CLIENT: 'Công cụ bên ngoài đọc dữ liệu qua GraphQL trong phạm vi được cấp.',
  INSPECTION_COMMITTEE:
    'Xem số liệu và báo cáo trong phạm vi tỉnh hoặc xã; xem xét, trả lại hoặc tiếp nhận báo cáo giám sát, theo dõi kiến nghị; không sửa kết quả của đơn vị.',
};

export function grantScope(grant: Grant): string {
  const place = [grant.commune?.name, grant.province?.name].filter(Boolean).join(', ');
  const parts = [
    grant.bloc && BLOC_LABEL[grant.bloc],
    place || (grant.role === 'NATIONAL_OVERSEER' ? 'Toàn quốc' : undefined),
  ];
  return parts.filter(Boolean).join(' · ') || 'Không giới hạn theo địa bàn';
}

export function GrantTable({ grants }: { grants: Grant[] }) {
  return (
    <div className="table-wrap">
      <table className="table table--stack">
        <thead>
          <tr>
            <th scope="col">Vai trò</th>
            <th scope="col">Phạm vi</th>
            <th scope="col">Được phép</th>
          </tr>
        </thead>
        <tbody>
          {grants.map((grant) => (
            <tr key={grant.id}>
              <th scope="row">{ROLE_LABEL[grant.role]}</th>
              <td data-label="Phạm vi">{grantScope(grant)}</td>
              <td data-label="Được phép">{ROLE_DUTY[grant.role]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
