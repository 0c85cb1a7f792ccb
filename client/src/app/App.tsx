import { useMemo } from 'react';
import { Provider } from 'urql';
import { AccountPage } from '../account/AccountPage';
import { ChangePasswordPage } from '../account/ChangePasswordForm';
import { CampaignEditorPage } from '../campaigns/editor/CampaignEditorPage';
import { CampaignsPage } from '../campaigns/editor/CampaignsPage';
import { LoginPage } from '../auth/LoginPage';
import { startSession, useSessionState } from '../auth/session';
import { CommunePage } from '../commune/CommunePage';
import { NationalPage } from '../national/NationalPage';
import { ProvincePage } from '../province/ProvincePage';
import { ReportForm } from '../periodic/ReportForm';
import { ReportsPage } from '../periodic/ReportsPage';
import { TasksPage } from '../tasks/TasksPage';
import { UnitPage } from '../unit/UnitPage';
import { EmptyState } from '../ui/states';
import { ViewerProvider } from '../viewer/ViewerProvider';
import { AppShell } from './AppShell';
import { createGraphqlClient } from './graphql-client';
import { HomePage } from './HomePage';
import { ImportScreen } from '../import/ImportScreen';
import { Link, useLocation } from './router';
import { matchRoute, paths } from './routes';

function Screen() {
  const route = matchRoute(useLocation().path);
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'nation':
      return <NationalPage />;
    case 'province':
      return <ProvincePage key={route.id} provinceId={route.id} />;
    case 'commune':
      return <CommunePage key={route.id} communeId={route.id} />;
    case 'unit':
      return <UnitPage key={route.id} unitId={route.id} />;
    case 'account':
      return <AccountPage />;
    case 'campaigns':
      return <CampaignsPage />;
    case 'campaignEditor':
      return <CampaignEditorPage key={route.id} campaignId={route.id} />;
    case 'reports':
      return <ReportsPage />;
    case 'tasks':
      return <TasksPage />;
    case 'report':
      return <ReportForm key={route.id} submissionId={route.id} />;
    case 'import':
      return <ImportScreen slug={route.slug} />;
    case 'notFound':
      return (
        <EmptyState title="Không có trang này">
          <Link to={paths.home}>Về trang chính</Link>
        </EmptyState>
      );
  }
}

export function App() {
  const { session, notice } = useSessionState();
  const token = session?.token;
  // A new client per account: nothing cached for one person is ever shown to the next.
  const client = useMemo(() => createGraphqlClient(token), [token]);
  return (
    <Provider value={client}>
      {session?.mustChangePassword ? (
        <ChangePasswordPage onChanged={() => startSession({ ...session, mustChangePassword: false })} />
      ) : session ? (
        <ViewerProvider>
          <AppShell>
            <Screen />
          </AppShell>
        </ViewerProvider>
      ) : (
        <LoginPage notice={notice} />
      )}
    </Provider>
  );
}
