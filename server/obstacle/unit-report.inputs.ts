import { Field, ID, InputType } from 'type-graphql';
import { Bloc } from '../domain/enums';

@InputType({ description: 'Filters of obstacle and recommendation lists; all given filters apply together.' })
export class UnitReportFilter {
  @Field(() => ID, { nullable: true })
  provinceId?: string;

  @Field(() => ID, { nullable: true })
  communeId?: string;

  @Field(() => Bloc, { nullable: true })
  bloc?: Bloc;

  @Field({ nullable: true })
  category?: string;
}
