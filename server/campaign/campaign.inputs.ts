import { LocalDateResolver } from 'graphql-scalars';
import { Field, InputType } from 'type-graphql';

@InputType({ description: 'Changes to a campaign; omitted fields stay, null reopens a closed campaign.' })
export class UpdateCampaignInput {
  @Field({ nullable: true, description: 'New name (Vietnamese), 1–300 characters after trimming.' })
  name?: string;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'New deadline; criteria without their own due date follow it.',
  })
  deadline?: string;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'From this date no answers are accepted; null reopens.',
  })
  closedOn?: string | null;

  @Field({
    nullable: true,
    description: 'Whether unverified claims count toward GREEN (see Campaign.countUnverifiedClaims).',
  })
  countUnverifiedClaims?: boolean;
}
