import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Commune } from '../commune/commune.entity';
import type { Context } from '../graphql/context';
import { Province } from '../province/province.entity';
import { RoleGrant } from './role-grant.entity';
import { User } from './user.entity';

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { description: 'The signed-in account.' })
  me(@Ctx() { viewer }: Context): User {
    return viewer!.user;
  }

  @FieldResolver(() => [RoleGrant], { description: 'The roles granted to the account.' })
  grants(@Root() user: User, @Ctx() { viewer }: Context): RoleGrant[] {
    return viewer!.user.id === user.id ? viewer!.grants : [];
  }
}

@Resolver(() => RoleGrant)
export class RoleGrantResolver {
  @FieldResolver(() => Province, { nullable: true })
  async province(@Root() grant: RoleGrant, @Ctx() { loaders }: Context): Promise<Province | undefined> {
    return grant.province ? loaders.province.load(grant.province.id) : undefined;
  }

  @FieldResolver(() => Commune, { nullable: true })
  async commune(@Root() grant: RoleGrant, @Ctx() { loaders }: Context): Promise<Commune | undefined> {
    return grant.commune ? loaders.commune.load(grant.commune.id) : undefined;
  }
}
