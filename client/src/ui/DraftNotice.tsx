import type { DraftState } from './stored-draft';

/** Says that the form shows a kept draft, with the way to throw it away. */
export function DraftNotice({ state, onDiscard }: { state: DraftState; onDiscard: () => void }) {
  if (!state) return null;
  return (
    <div className="notice notice--draft" role="status" data-testid="draft-notice">
      <span>
        Bản nháp đã được khôi phục
        {state === 'outdated'
          ? ': kết quả đã được cập nhật sau khi bản nháp được soạn, hãy kiểm tra trước khi lưu.'
          : '.'}
      </span>
      <button type="button" className="button button--small" onClick={onDiscard}>
        Bỏ bản nháp
      </button>
    </div>
  );
}
