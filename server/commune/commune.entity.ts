import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { CommuneKind } from '../domain/enums';
import { Province } from '../province/province.entity';

@ObjectType({ description: 'Commune-level area (xã / phường / đặc khu); 3,321 in all.' })
@Entity()
export class Commune {
  @Field(() => ID, { description: 'Opaque id of the commune (xã / phường / đặc khu).' })
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Province, { index: true })
  province!: Province;

  @Field({ description: 'Stable code, e.g. "bac-ninh-017".' })
  @Property({ unique: true })
  code!: string;

  @Field({ description: 'Name with its prefix, e.g. "Xã Lâm Thao".' })
  @Property()
  name!: string;

  @Field(() => CommuneKind, { description: 'Commune (xã), ward (phường) or special zone (đặc khu).' })
  @Enum(() => CommuneKind)
  kind!: CommuneKind;

  @Field(() => Boolean, { description: 'True where the source reports give no name and the demo data generated one.' })
  @Property({ type: 'boolean' })
  nameIsGenerated: boolean & Opt = false;

  @Property({ index: true })
  searchName!: string;
}
