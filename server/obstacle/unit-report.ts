import { Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Bloc } from '../domain/enums';
import { Unit } from '../unit/unit.entity';

/** What obstacles and recommendations share: a unit reports a categorised text on a date. */
@ObjectType({ description: 'What obstacles and recommendations share.' })
export abstract class UnitReport {
  @Field(() => ID, { description: 'Opaque id of the report.' })
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Unit, { index: true })
  unit!: Unit;

  @Field(() => Bloc, { description: 'The bloc (khối) of the reporting unit.' })
  @Enum(() => Bloc)
  bloc!: Bloc;

  @Field({ description: 'Category, so that differently worded reports can be ranked together.' })
  @Property({ index: true })
  category!: string;

  @Field({ description: 'What the unit reported, in its own words (Vietnamese).' })
  @Property({ type: 'text' })
  text!: string;

  @Field(() => LocalDateResolver, { description: 'When it was reported (YYYY-MM-DD).' })
  @Property({ type: 'date' })
  reportedOn!: string;
}
