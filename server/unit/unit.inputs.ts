import { Field, ID, InputType } from 'type-graphql';
import { Bloc, Level } from '../domain/enums';

@InputType({ description: 'Filters of the unit list; all given filters apply together.' })
export class UnitFilter {
  @Field(() => ID, { nullable: true, description: 'Only units of this province, at both levels.' })
  provinceId?: string;

  @Field(() => ID, { nullable: true, description: 'Only the four units of this commune.' })
  communeId?: string;

  @Field(() => Bloc, { nullable: true, description: 'Only units of this bloc (khối).' })
  bloc?: Bloc;

  @Field(() => Level, { nullable: true, description: 'Only units of this level (cấp).' })
  level?: Level;
}
