import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Bloc, Status } from '../domain/enums';
import type { StatusQuery } from './status.service';

@ObjectType({ description: "A unit's computed status in a campaign as of a date, with the counts it comes from." })
export class UnitStatus {
  @Field(() => Status, { description: "GREEN, YELLOW or RED by the campaign's rule, from the counts below." })
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
  @Field(() => Int, { description: 'Communes GREEN (xanh): every criterion due so far met.' })
  green!: number;

  @Field(() => Int, {
    description: "Communes YELLOW (vàng): reported, at least the campaign's threshold met, not all.",
  })
  yellow!: number;

  @Field(() => Int, { description: "Communes RED (đỏ): nothing reported, or under the campaign's threshold met." })
  red!: number;

  @Field(() => Int, {
    description: 'Communes with no criterion due yet (chưa đến hạn): neither green nor yellow nor red.',
  })
  notDue!: number;

  @Field(() => Int, { description: 'Communes taking part in the campaign: green, yellow, red and not yet due.' })
  total!: number;

  @Field(() => Int, {
    description:
      'Communes that have reported (đã báo cáo): every unit taking part has answered at least one criterion by the date (Phụ lục 4).',
  })
  reported!: number;

  @Field(() => Float, { description: 'Share of GREEN communes, in percent, rounded to 2 decimals.' })
  greenPercent!: number;

  /** Whose counts these are and when, for the change since the previous day; absent for counts of no province. */
  of?: { provinceId: number; query: StatusQuery };
}

@ObjectType({ description: "How a province's commune counts in a campaign changed between two dates." })
export class StatusChange {
  @Field(() => StatusCounts, { description: 'The counts at the end of the earlier date.' })
  from!: StatusCounts;

  @Field(() => StatusCounts, { description: 'The counts at the end of the later date.' })
  to!: StatusCounts;

  @Field(() => Int, { description: 'GREEN communes gained (negative: lost).' })
  greenChange!: number;

  @Field(() => Int, { description: 'YELLOW communes gained (negative: lost).' })
  yellowChange!: number;

  @Field(() => Int, { description: 'RED communes gained (negative: lost).' })
  redChange!: number;

  @Field(() => Float, {
    description: 'Change of the % green, in percentage points: the later rounded percentage minus the earlier.',
  })
  greenPercentChange!: number;
}

@ObjectType({
  description:
    "Completion (tỷ lệ hoàn thành) of one bloc's province-level criteria in a province (report 003, Phụ lục 21).",
})
export class BlocCompletion {
  @Field(() => Bloc, { description: 'The bloc whose province-level unit this is.' })
  bloc!: Bloc;

  @Field(() => Int, {
    description:
      "Criteria of the province's unit of this bloc that count as met (by the campaign's rule), due or not yet due.",
  })
  met!: number;

  @Field(() => Int, { description: 'All criteria of the campaign for that unit.' })
  total!: number;

  @Field(() => Float, { description: 'met / total in percent, rounded to 2 decimals.' })
  ratePercent!: number;
}
