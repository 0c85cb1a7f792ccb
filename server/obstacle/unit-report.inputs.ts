import { Field, ID, InputType } from 'type-graphql';
import { Bloc } from '../domain/enums';

@InputType({ description: 'Filters of obstacle and recommendation lists; all given filters apply together.' })
export class UnitReportFilter {
  @Field(() => ID, { nullable: true, description: 'Only reports of units of this province.' })
  provinceId?: string;

  @Field(() => ID, { nullable: true, description: 'Only reports of the units of this commune.' })
  communeId?: string;

  @Field(() => Bloc, { nullable: true, description: 'Only reports of units of this bloc (khối).' })
  bloc?: Bloc;

  @Field({ nullable: true, description: 'Only reports of this category (exact match).' })
  category?: string;
}
