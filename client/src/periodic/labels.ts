import type { SubmissionStatus } from '../gql/graphql';

/** A supervision verdict as report values carry it (the schema's Verdict enum). */
export type Verdict = 'ASSURED' | 'PARTLY_ASSURED' | 'NOT_ASSURED';

export const SUBMISSION_STATUS_LABEL: Record<SubmissionStatus, string> = {
  DRAFT: 'Đang soạn',
  SUBMITTED: 'Đã nộp, chờ xem xét',
  RETURNED: 'Bị trả lại',
  ACCEPTED: 'Đã tiếp nhận',
};

export const VERDICT_LABEL: Record<Verdict, string> = {
  ASSURED: 'Đảm bảo',
  PARTLY_ASSURED: 'Chưa đảm bảo hoàn toàn',
  NOT_ASSURED: 'Chưa đảm bảo',
};

const time = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** "10:05 20/04/2026", in Vietnam's time. */
export const momentText = (iso: string) => time.format(new Date(iso));
