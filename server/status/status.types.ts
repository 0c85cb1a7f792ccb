import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Status } from '../domain/enums';

@ObjectType({ description: 'A unit\'s computed status in a campaign as of a date, with the counts it comes from.' })
export class UnitStatus {
  @Field(() => Status)
  status!: Status;

  @Field(() => Int, { description: 'Criteria due by the date.' })
  due!: number;

  @Field(() => Int, { description: 'Due criteria that are met.' })
  met!: number;

  @Field(() => Int, { description: 'Criteria the unit has answered, due or not.' })
  answered!: number;

  @Field(() => Int, { description: 'All criteria of the campaign for this unit.' })
  total!: number;
}

@ObjectType({ description: 'How many communes are GREEN / YELLOW / RED in a campaign as of a date.' })
export class StatusCounts {
  @Field(() => Int)
  green!: number;

  @Field(() => Int)
  yellow!: number;

  @Field(() => Int)
  red!: number;

  @Field(() => Int, { description: 'Communes taking part in the campaign.' })
  total!: number;

  @Field(() => Float, { description: 'Share of GREEN communes, in percent, rounded to 2 decimals.' })
  greenPercent!: number;
}
