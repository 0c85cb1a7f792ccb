import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, ID } from 'type-graphql';
import { dateOrToday } from '../domain/dates';
import { parseId } from '../graphql/ids';
import type { StatusQuery } from './status.service';

@ArgsType()
export class StatusArgs {
  @Field(() => ID, { description: 'The campaign the status is computed in.' })
  campaignId!: string;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'Date the status is computed for; today (Vietnam time) by default.',
  })
  asOf?: string;
}

export function toStatusQuery(args: StatusArgs): StatusQuery {
  return { campaignId: parseId(args.campaignId, 'campaignId'), asOf: dateOrToday(args.asOf) };
}
