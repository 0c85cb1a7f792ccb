import { Field, ID, ObjectType } from 'type-graphql';

/** What others may see of an account: who answered or changed something. */
@ObjectType({ description: 'The public face of an account: its name.' })
export class UserSummary {
  @Field(() => ID, { description: 'Opaque id of the account.' })
  id!: number;

  @Field({ description: 'Full name of the person, or the name of the tool account.' })
  fullName!: string;
}
