import type { CombinedError } from 'urql';

export const SESSION_EXPIRED = 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.';

/** What each error code means to the person in front of the screen; codes are never shown. */
const WORDS: Record<string, string> = {
  UNAUTHENTICATED: SESSION_EXPIRED,
  FORBIDDEN: 'Tài khoản của bạn không có quyền xem hoặc thực hiện việc này.',
  ACCOUNT_DISABLED: 'Tài khoản đã bị khóa. Hãy liên hệ quản trị viên để mở lại.',
  PASSWORD_CHANGE_REQUIRED: 'Quản trị viên đã đặt lại mật khẩu của bạn: hãy đổi mật khẩu trước khi tiếp tục.',
  NOT_FOUND: 'Không tìm thấy dữ liệu được yêu cầu; có thể đường dẫn đã cũ.',
  CRITERION_NOT_APPLICABLE: 'Tiêu chí này không áp dụng cho đơn vị.',
  VERSION_CONFLICT: 'Kết quả này vừa được người khác cập nhật. Trang đã tải bản mới nhất; hãy kiểm tra rồi lưu lại.',
  RATE_LIMITED: 'Bạn vừa gửi quá nhiều yêu cầu trong một phút; vui lòng chờ giây lát rồi thử lại.',
  QUERY_TIMEOUT: 'Máy chủ mất quá nhiều thời gian để tính số liệu này; vui lòng thử lại sau ít phút.',
  DATABASE_UNAVAILABLE:
    'Cơ sở dữ liệu tạm thời không sẵn sàng; hệ thống sẽ tự kết nối lại, vui lòng thử lại sau ít phút.',
  BAD_REQUEST: 'Yêu cầu gửi lên không hợp lệ; hãy tải lại trang rồi thử lại.',
  GRAPHQL_VALIDATION_FAILED: 'Trang đang dùng phiên bản cũ; hãy tải lại trang rồi thử lại.',
  GRAPHQL_PARSE_FAILED: 'Trang đang dùng phiên bản cũ; hãy tải lại trang rồi thử lại.',
  INTERNAL_SERVER_ERROR: 'Hệ thống đang gặp sự cố; vui lòng thử lại sau ít phút.',
};

// The server words these for the person who typed the input, naming the field at fault.
const WORDED_BY_SERVER = new Set(['BAD_USER_INPUT', 'INVALID_ANSWER']);

const NETWORK = 'Không kết nối được máy chủ. Hãy kiểm tra mạng rồi thử lại.';
const UNKNOWN = 'Đã có lỗi xảy ra; vui lòng thử lại.';

export function errorCode(error: CombinedError): string | undefined {
  const code = error.graphQLErrors[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The error in words; `words` overrides the meaning of a code where a screen knows better. */
export function describeError(error: CombinedError, words: Partial<Record<string, string>> = {}): string {
  const code = errorCode(error);
  if (!code) return error.networkError ? NETWORK : UNKNOWN;
  const own = words[code];
  if (own) return own;
  if (WORDED_BY_SERVER.has(code)) return error.graphQLErrors[0].message;
  return WORDS[code] ?? UNKNOWN;
}
