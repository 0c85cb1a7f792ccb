import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { Bloc, Level } from '../domain/enums';

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

  @Field(() => Int, {
    nullable: true,
    description: 'Status rule: a unit meeting under this percentage (0–100) of due criteria is RED.',
  })
  redBelowPercent?: number;

  @Field(() => [Bloc], {
    nullable: true,
    description: 'Draft only: the blocs taking part (at least one; not one that still has criteria).',
  })
  blocs?: Bloc[];
}

@InputType({ description: 'A new campaign (đợt đánh giá); it starts as a DRAFT that only its authors see.' })
export class CreateCampaignInput {
  @Field({ description: 'Name (Vietnamese), 1–300 characters, e.g. "Phủ xanh tháng 5/2026".' })
  name!: string;

  @Field({
    nullable: true,
    description: 'Stable code, 3–80 lower-case letters, digits and "-"; generated from the name when omitted.',
  })
  code?: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "The province the campaign is limited to (a province overseer's own); omitted: a national campaign (national overseer).",
  })
  provinceId?: string;

  @Field(() => Level, { description: 'Level (cấp) of the units that answer it.' })
  level!: Level;

  @Field(() => [Bloc], { nullable: true, description: 'Blocs (khối) taking part; omitted: all four.' })
  blocs?: Bloc[];

  @Field(() => LocalDateResolver, {
    description: 'Deadline (YYYY-MM-DD); criteria without their own due date are due then.',
  })
  deadline!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Status rule: RED under this percentage of due criteria met; 50 by default.',
  })
  redBelowPercent?: number;

  @Field({ nullable: true, description: 'Whether unverified claims count toward GREEN; true by default.' })
  countUnverifiedClaims?: boolean;
}

@InputType({
  description: "A copy of a campaign as a new draft: the next round of the same drive, with the source's criteria.",
})
export class CopyCampaignInput {
  @Field({ description: 'Name of the new draft (Vietnamese), 1–300 characters.' })
  name!: string;

  @Field(() => LocalDateResolver, {
    description:
      'Deadline of the new round; criteria with their own due date move by as many days as the deadline does.',
  })
  deadline!: string;

  @Field({ nullable: true, description: 'Code of the new draft; generated from the name when omitted.' })
  code?: string;
}
