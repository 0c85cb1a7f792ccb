import { MUTATION_REQUIREMENTS, QUERY_REQUIREMENTS } from '../../server/explorer/caller-schema';
import { graphqlSchema } from '../../server/graphql/schema';

it('every mutation says what it requires, so the explorer can offer it to the callers who may run it', async () => {
  const mutations = Object.keys((await graphqlSchema()).getMutationType()?.getFields() ?? {});
  expect(mutations.filter((name) => !(name in MUTATION_REQUIREMENTS))).toEqual([]);
  expect(Object.keys(MUTATION_REQUIREMENTS).filter((name) => !mutations.includes(name))).toEqual([]);
});

it('the queries limited to some roles exist', async () => {
  const queries = Object.keys((await graphqlSchema()).getQueryType()!.getFields());
  expect(Object.keys(QUERY_REQUIREMENTS).filter((name) => !queries.includes(name))).toEqual([]);
});
