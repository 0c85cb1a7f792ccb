import { useEffect, type ReactNode } from 'react';
import { Link } from '../app/router';

export interface Crumb {
  label: string;
  /** Absent where the account may not open that level: the name still gives context. */
  to?: string;
}

export function PageHeader({
  eyebrow,
  title,
  trail = [],
  children,
}: {
  eyebrow?: string;
  title: string;
  trail?: Crumb[];
  children?: ReactNode;
}) {
  useEffect(() => {
    document.title = `${title} · Phủ Xanh`;
  }, [title]);
  return (
    <header className="page-header">
      {trail.length > 0 && (
        <nav aria-label="Vị trí" className="breadcrumbs">
          <ol>
            {trail.map((crumb) => (
              <li key={crumb.label}>
                {crumb.to ? <Link to={crumb.to}>{crumb.label}</Link> : <span>{crumb.label}</span>}
              </li>
            ))}
          </ol>
        </nav>
      )}
      {eyebrow && <p className="page-header__eyebrow">{eyebrow}</p>}
      <h1>{title}</h1>
      {children}
    </header>
  );
}
