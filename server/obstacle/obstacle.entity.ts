import { Entity } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { UnitReport } from './unit-report';

@ObjectType({ description: 'Obstacle (vướng mắc) reported by a unit.' })
@Entity()
export class Obstacle extends UnitReport {}
