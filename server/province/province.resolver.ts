import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { CommuneFilter } from '../commune/commune.inputs';
import { CommuneConnection } from '../commune/commune.types';
import { listCommunes } from '../commune/commune.service';
import { PageArgs, pageWindow } from '../graphql/connection';
import type { Context } from '../graphql/context';
import { StatusArgs, toStatusQuery } from '../status/status.args';
import { provinceCounts } from '../status/province-counts';
import { StatusCounts } from '../status/status.types';
import { Unit } from '../unit/unit.entity';
import { listProvinceUnits } from '../unit/unit.service';
import { Province } from './province.entity';
import { findProvince, listProvinces } from './province.service';

@Resolver(() => Province)
export class ProvinceResolver {
  @Query(() => [Province], { description: 'The 34 provinces, in Vietnamese alphabetical order.' })
  provinces(@Ctx() { em, access }: Context): Promise<Province[]> {
    return listProvinces(em, access);
  }

  @Query(() => Province, { description: 'One province by id or by code.' })
  province(
    @Ctx() { em, access }: Context,
    @Arg('id', () => ID, { nullable: true, description: 'Id of the province; give this or code.' }) id?: string,
    @Arg('code', {
      nullable: true,
      description: 'Code of the province (Province.code, e.g. "bac-ninh"); give this or id.',
    })
    code?: string,
  ): Promise<Province> {
    return findProvince(em, access, { id, code });
  }

  @FieldResolver(() => CommuneConnection, { description: 'The communes of the province.' })
  async communes(
    @Root() province: Province,
    @Ctx() { em, access }: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => CommuneFilter, {
      nullable: true,
      description: "Narrows the province's communes further (kind, name, status); its provinceId is ignored.",
    })
    filter?: CommuneFilter,
  ): Promise<CommuneConnection> {
    return new CommuneConnection(
      await listCommunes(em, access, { ...filter, provinceId: String(province.id) }, pageWindow(page)),
    );
  }

  @FieldResolver(() => StatusCounts, { description: 'GREEN / YELLOW / RED commune counts and % green in a campaign.' })
  async statusCounts(
    @Root() province: Province,
    @Ctx() { loaders }: Context,
    @Args() args: StatusArgs,
  ): Promise<StatusCounts> {
    return provinceCounts(loaders, province.id, toStatusQuery(args));
  }

  @FieldResolver(() => [Unit], { description: 'The province-level units (one per bloc).' })
  units(@Root() province: Province, @Ctx() { em, access }: Context): Promise<Unit[]> {
    return listProvinceUnits(em, access, province.id);
  }
}
