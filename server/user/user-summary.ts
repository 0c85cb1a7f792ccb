import { Field, ID, ObjectType } from 'type-graphql';

/** What others may see of an account: who answered or changed something. */
@ObjectType({ description: 'The public face of an account: its name.' })
export class UserSummary {
  @Field(() => ID)
  id!: number;

  @Field()
  fullName!: string;
}
