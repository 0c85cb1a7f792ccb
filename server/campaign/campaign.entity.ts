import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Bloc, CampaignState, Level } from '../domain/enums';
import { Province } from '../province/province.entity';

@ObjectType({
  description: 'Campaign (giai đoạn / đợt): a criteria set with a deadline; statuses are always "in a campaign".',
})
@Entity()
export class Campaign {
  @Field(() => ID, {
    description: 'Opaque id of the campaign (đợt); pass it as campaignId to status and table queries.',
  })
  @PrimaryKey()
  id!: number;

  @Field({ description: 'Stable code, e.g. "bac-ninh-phu-xanh-2026-01".' })
  @Property({ unique: true })
  code!: string;

  @Field({ description: 'Official name of the campaign (Vietnamese), as the reports title it.' })
  @Property()
  name!: string;

  @Field(() => Level, { description: 'Level of the units that answer this campaign.' })
  @Enum(() => Level)
  level!: Level;

  /** Empty for a national campaign. */
  @ManyToOne(() => Province, { nullable: true })
  province?: Province;

  @Field(() => LocalDateResolver, { description: "Date (YYYY-MM-DD) the campaign's figures refer to." })
  @Property({ type: 'date' })
  asOf!: string;

  @Field(() => LocalDateResolver, {
    description: 'Deadline (YYYY-MM-DD); a criterion without its own due date is due then.',
  })
  @Property({ type: 'date' })
  deadline!: string;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'Date (YYYY-MM-DD) from which answers are no longer accepted; empty while the campaign is open.',
  })
  @Property({ type: 'date', nullable: true })
  closedOn?: string;

  @Field(() => Int, { description: 'Status rule: a unit meeting under this percentage of due criteria is RED.' })
  @Property({ type: 'integer' })
  redBelowPercent: number & Opt = 50;

  @Field(() => Boolean, {
    description:
      'Status rule: whether claimed "met" answers not yet verified count toward GREEN (true) or only CONFIRMED ones do (false). REJECTED claims never count.',
  })
  @Property({ default: true })
  countUnverifiedClaims: boolean & Opt = true;

  @Field(() => CampaignState, {
    description: 'DRAFT while its authors write it (units see nothing of it), PUBLISHED once answering opens.',
  })
  @Enum({ items: () => CampaignState, default: CampaignState.PUBLISHED })
  state: CampaignState & Opt = CampaignState.PUBLISHED;

  @Field(() => [Bloc], { description: 'The blocs (khối) taking part; every criterion is for one of them.' })
  @Property({ type: 'json', default: JSON.stringify(Object.values(Bloc)) })
  blocs: Bloc[] & Opt = Object.values(Bloc);

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was published; empty for a draft.' })
  @Property({ nullable: true })
  publishedAt?: Date;

  /** The campaign a copy was made from (next round of the same drive). */
  @ManyToOne(() => Campaign, { nullable: true })
  copiedFrom?: Campaign;
}
