import { Entity } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { UnitReport } from './unit-report';

@ObjectType({ description: 'Recommendation (kiến nghị) made by a unit.' })
@Entity()
export class Recommendation extends UnitReport {}
