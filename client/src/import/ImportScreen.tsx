import { Link } from '../app/router';
import { paths } from '../app/routes';
import { EmptyState } from '../ui/states';
import { useViewer } from '../viewer/ViewerProvider';
import { importKindsOf, IMPORT_PAGES, kindOfSlug } from './import-kinds';
import { ImportPage } from './ImportPage';

/** `/nhap-excel`: the imports the account may run as tabs, the chosen one below (the first by default). */
export function ImportScreen({ slug }: { slug: string | null }) {
  const kinds = importKindsOf(useViewer().grants);
  const kind = slug ? kindOfSlug(slug) : kinds[0];
  if (!kind || !kinds.includes(kind))
    return (
      <EmptyState title="Không có mục nhập Excel nào cho tài khoản này.">
        <Link to={paths.home}>Về trang chính</Link>
      </EmptyState>
    );
  return (
    <>
      {kinds.length > 1 && (
        <nav className="toggle" aria-label="Loại dữ liệu nhập">
          {kinds.map((other) => (
            <Link
              key={other}
              to={paths.import(IMPORT_PAGES[other].slug)}
              aria-current={other === kind ? 'page' : undefined}
            >
              {IMPORT_PAGES[other].title}
            </Link>
          ))}
        </nav>
      )}
      <ImportPage key={kind} kind={kind} />
    </>
  );
}
