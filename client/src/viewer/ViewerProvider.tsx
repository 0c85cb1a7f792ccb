import { createContext, useContext, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { GrantFieldsFragment, ViewerQuery } from '../gql/graphql';
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
  }

  fragment GrantFields on RoleGrant {
    id
    role
    bloc
    province {
      id
      name
    }
    commune {
      id
      name
    }
  }
`);

export type Viewer = ViewerQuery['me'];
export type Grant = GrantFieldsFragment;

const ViewerContext = createContext<Viewer | null>(null);

/** Loads the signed-in account once; every screen decides what to offer from its grants. */
export function ViewerProvider({ children }: { children: ReactNode }) {
  const [result] = useQuery({ query: viewerQuery, requestPolicy: 'cache-first' });
  return (
    <Loaded result={result} loading="Đang tải thông tin tài khoản…">
      {(data) => <ViewerContext.Provider value={data.me}>{children}</ViewerContext.Provider>}
    </Loaded>
  );
}

export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer outside ViewerProvider');
  return viewer;
}
