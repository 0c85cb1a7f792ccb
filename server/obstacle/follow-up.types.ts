import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Follow-up of the recommendations (or obstacles) addressed to one addressee.' })
export class AddresseeFollowUps {
  @Field({ description: 'The addressee ("—" when none was named).' })
  addressee!: string;

  @Field(() => Int, { description: 'Waiting for an answer.' })
  open!: number;

  @Field(() => Int, { description: 'Answered, not yet resolved.' })
  answered!: number;

  @Field(() => Int, { description: 'Resolved.' })
  resolved!: number;

  @Field(() => Int, { description: 'Not resolved and past the due date.' })
  overdue!: number;

  @Field(() => Int, { description: 'Age in days of the oldest one not resolved.' })
  oldestOpenDays!: number;
}
