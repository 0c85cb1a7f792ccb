import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Criterion } from '../criterion/criterion.entity';
import type { Context } from '../graphql/context';
import { Province } from '../province/province.entity';
import { Solution } from './solution.entity';

@Resolver(() => Solution)
export class SolutionResolver {
  @FieldResolver(() => Criterion)
  async criterion(@Root() solution: Solution, @Ctx() { loaders }: Context): Promise<Criterion> {
    return (await loaders.criterion.load(solution.criterion.id))!;
  }

  @FieldResolver(() => Province, { nullable: true, description: 'The province the solution is for; empty when nation-wide.' })
  async province(@Root() solution: Solution, @Ctx() { loaders }: Context): Promise<Province | undefined> {
    return solution.province ? loaders.province.load(solution.province.id) : undefined;
  }
}
