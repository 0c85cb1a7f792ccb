import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link } from '../app/router';
import { graphql } from '../gql';

/**
 * How often the bell asks for the unread count. Polling, not a subscription: one small query
 * a minute per open screen is nothing for the server, and works through any proxy.
 */
export const POLL_MS = 60_000;

const unreadCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

const notificationsQuery = graphql(`
  query Notifications {
    notifications(first: 20) {
      nodes {
        id
        kind
        title
        body
        link
        createdAt
        readAt
      }
    }
  }
`);

const markReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

const dateTime = new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'short' });

/** The bell in the top bar: the unread count, and a list of the latest notifications to open and mark read. */
export function NotificationBell() {
  const [open, setOpen] = useState(false);
  const [{ data: count }, refreshCount] = useQuery({ query: unreadCountQuery, requestPolicy: 'network-only' });
  const [{ data: list, fetching }, refreshList] = useQuery({
    query: notificationsQuery,
    pause: !open,
    requestPolicy: 'network-only',
  });
  const [, markRead] = useMutation(markReadMutation);
  useEffect(() => {
    const timer = setInterval(() => refreshCount({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearInterval(timer);
  }, [refreshCount]);

  const unread = count?.unreadNotificationCount ?? 0;
  const nodes = list?.notifications.nodes ?? [];
  const mark = async (ids: string[]) => {
    if (!ids.length) return;
    await markRead({ ids });
    refreshCount({ requestPolicy: 'network-only' });
    refreshList({ requestPolicy: 'network-only' });
  };
  const unreadIds = nodes.filter((n) => !n.readAt).map((n) => n.id);

  return (
    <div className="bell">
      <button
        type="button"
        className="button button--ghost bell__button"
        aria-expanded={open}
        aria-label={unread ? `Thông báo: ${unread} chưa đọc` : 'Thông báo: không có thông báo chưa đọc'}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">🔔</span>
        {unread > 0 && (
          <span className="bell__count" data-testid="unread-count">
            {unread}
          </span>
        )}
      </button>
      {open && (
        <section className="bell__panel" aria-label="Thông báo">
          <header className="bell__header">
            <strong>Thông báo</strong>
            <button
              type="button"
              className="button button--ghost"
              disabled={!unreadIds.length}
              onClick={() => void mark(unreadIds)}
            >
              Đánh dấu tất cả đã đọc
            </button>
          </header>
          {fetching && !nodes.length ? (
            <p>Đang tải…</p>
          ) : !nodes.length ? (
            <p>Chưa có thông báo nào.</p>
          ) : (
            <ul className="bell__list">
              {nodes.map((n) => (
                <li key={n.id} className={n.readAt ? 'bell__item' : 'bell__item bell__item--unread'}>
                  <Link to={n.link} onClick={() => setOpen(false)}>
                    <strong>{n.title}</strong>
                  </Link>
                  <p>{n.body}</p>
                  <small>
                    {dateTime.format(new Date(n.createdAt))} · {n.readAt ? 'Đã đọc' : 'Chưa đọc'}
                  </small>
                  {!n.readAt && (
                    <button type="button" className="button button--ghost" onClick={() => void mark([n.id])}>
                      Đánh dấu đã đọc
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
