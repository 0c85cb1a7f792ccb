import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { UnitFilter } from '../gql/graphql';

const ownUnitQuery = graphql(`
  query OwnUnit($filter: UnitFilter!) {
    units(first: 1, filter: $filter) {
      nodes {
        id
        name
      }
    }
  }
`);

/** An officer's own unit, found by place and bloc: the grant names those, not the unit. */
export function useOwnUnit(filter: UnitFilter | undefined) {
  const [result] = useQuery({ query: ownUnitQuery, variables: { filter: filter ?? {} }, pause: !filter });
  return {
    unit: result.data?.units.nodes[0],
    fetching: result.fetching || (!result.data && !result.error),
    error: result.error,
  };
}
