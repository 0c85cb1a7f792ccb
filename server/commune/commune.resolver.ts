import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Status } from '../domain/enums';
import { PageArgs, pageWindow } from '../graphql/connection';
import { loadPermitted } from '../database/entity-loader';
import type { Context } from '../graphql/context';
import { Province } from '../province/province.entity';
import { StatusArgs, toStatusQuery } from '../status/status.args';
import { Unit } from '../unit/unit.entity';
import { Commune } from './commune.entity';
import { CommuneFilter } from './commune.inputs';
import { CommuneConnection } from './commune.types';
import { findCommune, listCommunes } from './commune.service';

@Resolver(() => Commune)
export class CommuneResolver {
  @Query(() => CommuneConnection, { description: 'Communes, filtered and paged.' })
  async communes(
    @Ctx() { em, access }: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => CommuneFilter, {
      nullable: true,
      description: 'Which communes; omitted: every commune the caller may read.',
    })
    filter?: CommuneFilter,
  ): Promise<CommuneConnection> {
    return new CommuneConnection(await listCommunes(em, access, filter, pageWindow(page)));
  }

  @Query(() => Commune, {
    description: 'One commune by id; NOT_FOUND when it does not exist or lies outside what the caller may read.',
  })
  commune(
    @Ctx() { em, access }: Context,
    @Arg('id', () => ID, { description: 'Id of the commune (Commune.id).' }) id: string,
  ): Promise<Commune> {
    return findCommune(em, access, id);
  }

  @FieldResolver(() => Province, { description: 'The province (tỉnh) the commune belongs to.' })
  async province(@Root() commune: Commune, @Ctx() { loaders }: Context): Promise<Province> {
    return loadPermitted(loaders.province, commune.province.id);
  }

  @FieldResolver(() => [Unit], { description: 'The four bloc units of the commune.' })
  units(@Root() commune: Commune, @Ctx() { loaders }: Context): Promise<Unit[]> {
    return loaders.communeUnits.load(commune.id);
  }

  @FieldResolver(() => Status, {
    nullable: true,
    description:
      "The worst status of the commune's units in the campaign (GREEN only when all are); empty when the commune takes no part. Over all four blocs for those who may see the commune's overall colour; otherwise over the units the caller may read.",
  })
  status(
    @Root() commune: Commune,
    @Ctx() { loaders, access }: Context,
    @Args() args: StatusArgs,
  ): Promise<Status | undefined> {
    // Whoever may see the commune's overall colour gets it over all four blocs; others, over the blocs they read.
    const whole = access.can('read', 'CommuneStatus', commune);
    return loaders.communeStatus(toStatusQuery(args), whole).load(commune.id);
  }
}
