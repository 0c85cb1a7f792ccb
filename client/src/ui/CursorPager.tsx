import { useState } from 'react';
import { formatNumber } from './format';

/** Cursors of the pages read so far; the last one is where the page on screen starts. */
export function useCursorPages(pageSize: number) {
  const [cursors, setCursors] = useState<string[]>([]);
  return {
    pageSize,
    after: cursors.at(-1) ?? null,
    offset: cursors.length * pageSize,
    back: () => setCursors((current) => current.slice(0, -1)),
    forward: (cursor: string) => setCursors((current) => [...current, cursor]),
  };
}

export function CursorPager({
  pages,
  shown,
  totalCount,
  pageInfo,
  noun,
}: {
  pages: ReturnType<typeof useCursorPages>;
  shown: number;
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  noun: string;
}) {
  const { endCursor } = pageInfo;
  return (
    <nav className="pager" aria-label="Phân trang">
      <span>
        {formatNumber(pages.offset + 1)}–{formatNumber(pages.offset + shown)} trong {formatNumber(totalCount)} {noun}
      </span>
      <button type="button" className="button" disabled={pages.offset === 0} onClick={pages.back}>
        ‹ Trang trước
      </button>
      <button
        type="button"
        className="button"
        disabled={!pageInfo.hasNextPage || !endCursor}
        onClick={() => endCursor && pages.forward(endCursor)}
      >
        Trang sau ›
      </button>
    </nav>
  );
}
