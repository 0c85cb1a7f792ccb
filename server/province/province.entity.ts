import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Province or centrally-run city (tỉnh / thành phố); 34 since the 2025 merger.' })
@Entity()
export class Province {
  @Field(() => ID, { description: 'Opaque id of the province (tỉnh / thành phố); pass it as provinceId in filters.' })
  @PrimaryKey()
  id!: number;

  @Field({ description: 'Stable ASCII code, e.g. "bac-ninh".' })
  @Property({ unique: true })
  code!: string;

  @Field({ description: 'Official name, e.g. "Bắc Ninh".' })
  @Property()
  name!: string;

  @Property({ index: true })
  searchName!: string;
}
