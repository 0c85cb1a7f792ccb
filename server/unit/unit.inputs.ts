import { Field, ID, InputType } from 'type-graphql';
import { Bloc, Level } from '../domain/enums';

@InputType({ description: 'Filters of the unit list; all given filters apply together.' })
export class UnitFilter {
  @Field(() => ID, { nullable: true })
  provinceId?: string;

  @Field(() => ID, { nullable: true })
  communeId?: string;

  @Field(() => Bloc, { nullable: true })
  bloc?: Bloc;

  @Field(() => Level, { nullable: true })
  level?: Level;
}
