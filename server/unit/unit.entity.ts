import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Commune } from '../commune/commune.entity';
import { Bloc, Level } from '../domain/enums';
import { Province } from '../province/province.entity';

@ObjectType({ description: 'Unit (đơn vị): one bloc at one province or commune, e.g. "HĐND xã Lâm Thao".' })
@Entity()
@Unique({ properties: ['province', 'commune', 'bloc'] })
@Index({ properties: ['bloc', 'level', 'province'] })
export class Unit {
  @Field(() => ID, { description: 'Opaque id of the unit (đơn vị): one bloc at one province or commune.' })
  @PrimaryKey()
  id!: number;

  @Field(() => Bloc, {
    description:
      "The bloc (khối) this unit is: Party committee, People's Council, People's Committee or Fatherland Front.",
  })
  @Enum(() => Bloc)
  bloc!: Bloc;

  @Field(() => Level, { description: 'Province-level unit (cấp tỉnh) or commune-level unit (cấp xã).' })
  @Enum(() => Level)
  level!: Level;

  @ManyToOne(() => Province)
  province!: Province;

  /** Empty for a province-level unit. */
  @ManyToOne(() => Commune, { nullable: true, index: true })
  commune?: Commune;

  @Field({ description: 'Display name, e.g. "HĐND Xã Lâm Thao".' })
  @Property()
  name!: string;
}
