/** A start-up failure whose message already says, in one Vietnamese line, what to do. */
export class StartupError extends Error {}

const code = (error: unknown) => String((error as { code?: unknown })?.code ?? '');

function chain(error: unknown): unknown[] {
  const found: unknown[] = [];
  for (let e = error; e && typeof e === 'object' && found.length < 5; e = (e as { cause?: unknown }).cause)
    found.push(e);
  return found;
}

/**
 * The one line `npm start` prints when it cannot start: what went wrong and what to do,
 * never a stack (main.ts logs the stack at debug level).
 */
export function startupFailureLine(error: unknown, port: number): string {
  const causes = chain(error);
  const known = causes.find((e): e is StartupError => e instanceof StartupError);
  const reason = (known ?? (error as Error))?.message?.split('\n')[0] ?? String(error);
  const prefix = 'Không khởi động được Phủ Xanh: ';
  if (known) return prefix + known.message;
  const codes = causes.map(code);
  if (codes.includes('EADDRINUSE'))
    return `${prefix}cổng ${port} đang được chương trình khác dùng; hãy dừng chương trình đó hoặc đặt PORT khác (ví dụ PORT=4001 npm start).`;
  if (codes.some((c) => c === 'EACCES' || c === 'EPERM'))
    return `${prefix}không có quyền truy cập (${reason}); hãy chạy từ thư mục mà tài khoản này ghi được, hoặc đặt PHUXANH_DATA_DIR sang thư mục khác.`;
  if (codes.some((c) => ['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', '28P01', '28000', '3D000'].includes(c)))
    return `${prefix}không kết nối được PostgreSQL (${reason}); hãy kiểm tra DATABASE_URL (máy chủ, cổng, tài khoản, mật khẩu, tên cơ sở dữ liệu), hoặc bỏ DATABASE_URL để dùng PostgreSQL nhúng.`;
  if (/PostgreSQL exited/.test(reason))
    return `${prefix}PostgreSQL nhúng dừng ngay khi khởi động (${reason}); hãy xử lý lý do trên (thư mục dữ liệu: PHUXANH_DATA_DIR, mặc định .data/) rồi chạy lại.`;
  return `${prefix}${reason}. Chạy lại với PHUXANH_LOG_LEVEL=debug để xem chi tiết.`;
}
