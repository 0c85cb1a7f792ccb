import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { Bloc } from '../domain/enums';
import { FollowUpSource, FollowUpStatus } from '../report/report.enums';

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

  @Field({ nullable: true, description: 'Only those addressed to this addressee (exact match).' })
  addressee?: string;

  @Field(() => FollowUpStatus, { nullable: true, description: 'Only this follow-up status.' })
  status?: FollowUpStatus;

  @Field({ nullable: true, description: 'True: only those not resolved whose due date has passed (overdue).' })
  overdue?: boolean;

  @Field(() => FollowUpSource, { nullable: true, description: 'Only those written this way.' })
  source?: FollowUpSource;
}

@InputType({ description: "The receiving level's follow-up of a recommendation or obstacle." })
export class UpdateFollowUpInput {
  @Field(() => ID, { description: 'Id of the recommendation or obstacle.' })
  id!: string;

  @Field(() => FollowUpStatus, { nullable: true, description: 'New status (ANSWERED needs an answer).' })
  status?: FollowUpStatus;

  @Field({ nullable: true, description: "The addressee's answer, as received (up to 5,000 characters)." })
  answer?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'New due date.' })
  dueOn?: string;
}
