import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Commune } from '../commune/commune.entity';
import { Criterion } from '../criterion/criterion.entity';
import { loadPermitted } from '../database/entity-loader';
import type { Context } from '../graphql/context';
import { Province } from '../province/province.entity';
import { Solution } from './solution.entity';
import { SetSolutionInput } from './solution.inputs';
import { deleteSolution, setSolution } from './solution.service';

@Resolver(() => Solution)
export class SolutionResolver {
  @Mutation(() => Solution, {
    description:
      'Sets the remediation solution of a criterion for the nation, one province or one commune (overseers, within their province).',
  })
  setSolution(
    @Ctx() { em, access }: Context,
    @Arg('input', {
      description:
        'The criterion, the province or commune (or neither for nation-wide), the authority and the text; replaces the solution already set for that criterion and scope.',
    })
    input: SetSolutionInput,
  ): Promise<Solution> {
    return setSolution(em, access, input);
  }

  @Mutation(() => Boolean, { description: 'Deletes a solution (overseers, within their province).' })
  deleteSolution(
    @Ctx() { em, access }: Context,
    @Arg('id', () => ID, { description: 'Id of the solution (Solution.id).' }) id: string,
  ): Promise<boolean> {
    return deleteSolution(em, access, id);
  }

  @FieldResolver(() => Criterion, { description: 'The criterion (tiêu chí) the solution is for.' })
  async criterion(@Root() solution: Solution, @Ctx() { loaders }: Context): Promise<Criterion> {
    return loadPermitted(loaders.criterion, solution.criterion.id);
  }

  @FieldResolver(() => Province, {
    nullable: true,
    description: 'The province the solution is for; empty when nation-wide.',
  })
  async province(@Root() solution: Solution, @Ctx() { loaders }: Context): Promise<Province | undefined> {
    return solution.province ? loadPermitted(loaders.province, solution.province.id) : undefined;
  }

  @FieldResolver(() => Commune, {
    nullable: true,
    description: "The commune the solution is for; empty for a province's or the national one.",
  })
  async commune(@Root() solution: Solution, @Ctx() { loaders }: Context): Promise<Commune | undefined> {
    return solution.commune ? loadPermitted(loaders.commune, solution.commune.id) : undefined;
  }
}
