import { createContext, useContext, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { graphql, useFragment } from '../gql';
import { GrantFieldsFragmentDoc, type GrantFieldsFragment, type ViewerQuery } from '../gql/graphql';
import { Loaded } from '../ui/states';

const viewerQuery = graphql(`
  query Viewer {
    me {
      id
      username
      fullName
      grants {
        ...GrantFields
      }
    }
    viewerReadsNation
    viewerAuthorsNationalCampaigns
  }

  fragment GrantFields on RoleGrant {
    id
    role
    bloc
    province {
      id
      name
      viewerCanOpen
      viewerAuthorsCampaigns
    }
    commune {
      id
      name
      viewerCanOpen
    }
  }
`);

export type Grant = GrantFieldsFragment;
/**
 * The account, and whether it reads the national figures and authors national campaigns (from the
 * server's abilities). Its grants come unmasked: helpers across the app (the home page, the imports
 * offered, the campaigns authored) read them.
 */
export type Viewer = Omit<ViewerQuery['me'], 'grants'> & {
  grants: Grant[];
  readsNation: boolean;
  authorsNationalCampaigns: boolean;
};

const ViewerContext = createContext<Viewer | null>(null);

/**
 * Loads the signed-in account once. What a screen offers comes from the server (the
 * `viewer…` fields of the objects it shows), not from the grants.
 */
export function ViewerProvider({ children }: { children: ReactNode }) {
  const [result] = useQuery({ query: viewerQuery, requestPolicy: 'cache-first' });
  return (
    <Loaded result={result} loading="Đang tải thông tin tài khoản…">
      {(data) => <ProvideViewer data={data}>{children}</ProvideViewer>}
    </Loaded>
  );
}

function ProvideViewer({ data, children }: { data: ViewerQuery; children: ReactNode }) {
  const grants = useFragment(GrantFieldsFragmentDoc, data.me.grants);
  return (
    <ViewerContext.Provider
      value={{
        ...data.me,
        grants,
        readsNation: data.viewerReadsNation,
        authorsNationalCampaigns: data.viewerAuthorsNationalCampaigns,
      }}
    >
      {children}
    </ViewerContext.Provider>
  );
}

export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer outside ViewerProvider');
  return viewer;
}

/** The provinces whose own campaigns the account may author, as the server says. */
export const authoredProvinces = (viewer: Viewer) =>
  viewer.grants.flatMap((grant) => (grant.province?.viewerAuthorsCampaigns ? [grant.province] : []));

/** Whether the account authors any campaign: the campaign editor's link. */
export const authorsCampaigns = (viewer: Viewer) =>
  viewer.authorsNationalCampaigns || authoredProvinces(viewer).length > 0;
