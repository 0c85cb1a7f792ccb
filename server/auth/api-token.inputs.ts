import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'A read-only token for a third-party tool.' })
export class CreateApiTokenInput {
  @Field({ description: 'Name of the tool, 1–100 characters.' })
  name!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Limit the tool to one province (province overseers: required, their own).',
  })
  provinceId?: string;

  @Field(() => Int, { nullable: true, description: 'Days until the token expires, 1–730 (default 365).' })
  expiresInDays?: number;
}
